import { Button } from '@mantine/core';
import { IconEdit, IconLock, IconLockOpen, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionUser } from '../../../../shared/accounts';
import type { PartnerRequest } from '../../../../shared/matching';
import { updateRequest } from '../../api/matching';
import { errorText } from '../../components/errors';
import { notify } from '../../components/notify';
import { canApproach, ownAuthority } from './officer';

interface Props {
  request: PartnerRequest;
  user: SessionUser | null;
  onChanged: () => void;
  onAnswer: () => void;
}

/** Edit and close/reopen for the request's own officers (and admins); "Answer" for other officers. */
export function RequestActions({ request: r, user, onChanged, onAnswer }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const mine = ownAuthority(user) === r.authority.code;
  const canEdit = mine || user?.role === 'admin';
  const toggle = async () => {
    setBusy(true);
    try {
      await updateRequest(r.id, { status: r.status === 'open' ? 'closed' : 'open' });
      notify('teal', t(r.status === 'open' ? 'partners.requests.closedNote' : 'partners.requests.reopenedNote', { title: r.title }));
      onChanged();
    } catch (err) {
      notify('red', errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {r.status === 'open' && canApproach(user, r.authority.code) && (
        <Button size="xs" leftSection={<IconSend size={16} aria-hidden />} onClick={onAnswer}
          aria-label={t('partners.requests.answerNamed', { title: r.title })}>{t('partners.requests.answer')}</Button>
      )}
      {mine && (
        <Button size="xs" variant="light" component={Link} to={`/partners/requests/${r.id}/edit`} leftSection={<IconEdit size={16} aria-hidden />}
          aria-label={t('partners.requests.editNamed', { title: r.title })}>{t('partners.requests.edit')}</Button>
      )}
      {canEdit && (
        <Button size="xs" variant="default" loading={busy} onClick={() => void toggle()}
          leftSection={r.status === 'open' ? <IconLock size={16} aria-hidden /> : <IconLockOpen size={16} aria-hidden />}
          aria-label={t(r.status === 'open' ? 'partners.requests.closeNamed' : 'partners.requests.reopenNamed', { title: r.title })}>
          {t(r.status === 'open' ? 'partners.requests.close' : 'partners.requests.reopen')}
        </Button>
      )}
    </>
  );
}
