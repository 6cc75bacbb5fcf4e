import { Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What will happen and who will be told, one sentence a line. */
  lines: string[];
  confirm: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
}

/** Asks before a step that cannot be undone: says what will happen and who will be told. */
export function ConfirmDialog({ opened, onClose, title, lines, confirm, busy, error, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={title}>
      {error !== null && <ErrorAlert error={error} />}
      <List spacing="xs" mb="lg">
        {lines.map((l) => <List.Item key={l}><Text>{l}</Text></List.Item>)}
      </List>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
        <Button onClick={onConfirm} loading={busy}>{confirm}</Button>
      </Group>
    </AppModal>
  );
}
