import { Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withdrawApplication, type ApplicationView } from '../../api/applications';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';

/** The lead withdraws its application, after confirming in a dialog (it cannot be undone). */
export function WithdrawButton({ view, onDone }: { view: ApplicationView; onDone: (v: ApplicationView) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      const v = await withdrawApplication(view.id);
      setOpen(false);
      notify('teal', t('applications.withdraw.done', { reference: view.reference }));
      onDone(v);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" color="red" onClick={() => setOpen(true)} leftSection={<IconArrowBackUp size={18} aria-hidden />}>{t('applications.withdraw.button')}</Button>
      <AppModal opened={open} onClose={() => setOpen(false)} title={t('applications.withdraw.title', { reference: view.reference })}>
        {error !== null && <ErrorAlert error={error} />}
        <Text mb="md">{t(view.status === 'draft' ? 'applications.withdraw.bodyDraft' : 'applications.withdraw.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          <Button color="red.9" onClick={() => void withdraw()} loading={busy}>{t('applications.withdraw.confirm')}</Button>
        </Group>
      </AppModal>
    </>
  );
}
