import { Button, Group, Text } from '@mantine/core';
import { IconEdit, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { publishCall, type CallView } from '../../api/grants';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { titleOf } from './labels';

/** A programme manager's buttons on a call: edit while a draft (extend the deadline once published), publish a draft. */
export function CallActions({ call, onChanged }: { call: CallView; onChanged: (c: CallView) => void }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const draft = call.status === 'draft';

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      const published = await publishCall(call.id);
      setConfirming(false);
      notify('teal', t('grants.callPage.published', { title: titleOf(i18n.language, published) }));
      onChanged(published);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!draft && call.status !== 'published') return null;
  return (
    <Group gap="sm">
      <Button component={Link} to={`/grants/calls/${call.id}/edit`} variant={draft ? 'default' : 'light'} leftSection={<IconEdit size={18} aria-hidden />}>
        {draft ? t('grants.callPage.edit') : t('grants.callPage.extend')}
      </Button>
      {draft && <Button onClick={() => setConfirming(true)} leftSection={<IconSend size={18} aria-hidden />}>{t('grants.callPage.publish')}</Button>}
      <AppModal opened={confirming} onClose={() => setConfirming(false)} title={t('grants.callPage.publishTitle')}>
        {error !== null && <ErrorAlert error={error} />}
        <Text my="md">{t('grants.callPage.publishBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          <Button onClick={() => void publish()} loading={busy}>{t('grants.callPage.publishConfirm')}</Button>
        </Group>
      </AppModal>
    </Group>
  );
}
