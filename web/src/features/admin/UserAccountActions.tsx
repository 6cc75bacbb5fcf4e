import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../../shared/accounts';
import { revokeOfficerLink, setUserDisabled } from '../../api/accounts';
import { notify } from '../../components/notify';
import { ConfirmDialog } from '../twinnings/ConfirmDialog';

type Asking = 'revoke' | 'disable' | null;

/** An admin ends a user's officer link, or disables / enables the account; both ask first, enabling does not. */
export function UserAccountActions({ user, isSelf, onChanged }: { user: AdminUser; isSelf: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = user.name;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      notify('teal', done);
      setAsking(null);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const close = () => { setAsking(null); setError(null); };

  return (
    <Group gap="xs" wrap="nowrap">
      {user.officerRequest && user.officerRequest.status !== 'rejected' && (
        <Button size="xs" variant="light" color="orange" aria-label={t('admin.users.revokeLinkOf', { name })} onClick={() => setAsking('revoke')}>
          {t('admin.users.revokeLink')}
        </Button>
      )}
      {user.disabled ? (
        <Button size="xs" variant="light" aria-label={t('admin.users.enableOf', { name })} loading={busy && asking === null}
          onClick={() => void run(() => setUserDisabled(user.id, false), t('admin.users.enabledDone', { name }))}>
          {t('admin.users.enable')}
        </Button>
      ) : !isSelf && (
        <Button size="xs" variant="light" color="red" aria-label={t('admin.users.disableOf', { name })} onClick={() => setAsking('disable')}>
          {t('admin.users.disable')}
        </Button>
      )}
      <ConfirmDialog opened={asking === 'revoke'} onClose={close} busy={busy} error={error}
        title={t('admin.users.revokeTitle', { name })} confirm={t('admin.users.revokeLink')}
        lines={[t('admin.users.revokeLine1', { name }), t('admin.users.revokeLine2')]}
        onConfirm={() => void run(() => revokeOfficerLink(user.id), t('admin.users.linkRevoked', { name }))} />
      <ConfirmDialog opened={asking === 'disable'} onClose={close} busy={busy} error={error}
        title={t('admin.users.disableTitle', { name })} confirm={t('admin.users.disable')}
        lines={[t('admin.users.disableLine1', { name }), t('admin.users.disableLine2')]}
        onConfirm={() => void run(() => setUserDisabled(user.id, true), t('admin.users.disabledDone', { name }))} />
    </Group>
  );
}
