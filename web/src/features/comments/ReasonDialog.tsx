import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { REASON_MIN, reasonOk } from './comments.rules';

interface Props {
  opened: boolean;
  title: string;
  /** What will happen, above the reason. */
  help: string;
  confirm: string;
  onClose: () => void;
  /** Sends the reason; the dialog closes when it resolves and shows the error when it throws. */
  onConfirm: (reason: string) => Promise<void>;
}

/** A dialog that asks for a reason (a report, a moderation decision) before it sends anything. */
export function ReasonDialog({ opened, title, help, confirm, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setReason('');
    setTried(false);
    setFailure(null);
    onClose();
  };
  const send = async () => {
    setTried(true);
    if (!reasonOk(reason)) return;
    setFailure(null);
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      setReason('');
      setTried(false);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <AppModal opened={opened} onClose={close} title={title}>
      <form onSubmit={(e) => { e.preventDefault(); void send(); }} noValidate>
        <Stack gap="sm">
          <Text size="sm">{help}</Text>
          <Textarea label={t('comments.reason')} required autosize minRows={3} value={reason} data-autofocus
            error={tried && !reasonOk(reason) ? t('comments.reasonRequired', { min: REASON_MIN }) : undefined}
            onChange={(e) => setReason(e.currentTarget.value)} />
          {failure !== null && <ErrorAlert error={failure} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={busy}>{confirm}</Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
