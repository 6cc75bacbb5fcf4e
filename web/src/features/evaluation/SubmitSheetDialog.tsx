import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';

interface Props {
  opened: boolean;
  reference: string;
  points: number;
  max: number;
  /** The call's divergence threshold in points. */
  threshold: number;
  /** Criteria still without a score or a comment. */
  gaps: number;
  onClose: () => void;
  onConfirm: () => void;
}

/**
 * Submitting a score sheet cannot be undone: the dialog says what follows (final, counts toward the
 * consensus, a further assessor when the totals diverge) and who learns of it, before the assessor confirms.
 */
export function SubmitSheetDialog({ opened, reference, points, max, threshold, gaps, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('evaluation.submitSheet.title', { reference })}>
      <Text mb="sm" fw={600}>{t('evaluation.submitSheet.total', { points, max })}</Text>
      {gaps > 0 && <Alert color="yellow" mb="sm">{t('evaluation.submitSheet.gaps', { count: gaps })}</Alert>}
      <List spacing="xs" mb="md">
        <List.Item>{t('evaluation.submitSheet.final')}</List.Item>
        <List.Item>{t('evaluation.submitSheet.consensus')}</List.Item>
        <List.Item>{t('evaluation.submitSheet.further', { threshold })}</List.Item>
        <List.Item>{t('evaluation.submitSheet.told')}</List.Item>
      </List>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
        <Button onClick={onConfirm}>{t('evaluation.submitSheet.confirm')}</Button>
      </Group>
    </AppModal>
  );
}
