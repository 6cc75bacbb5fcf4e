import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemList } from './ProblemList';
import type { ShownProblem } from './problemsText';

interface Props {
  live: ShownProblem[];
  /** What the server named when it refused the last submission, or null. */
  refused: ShownProblem[] | null;
  onRefresh: () => Promise<void>;
}

/** "What is missing": the draft's live problems with links to their fields, and a refused submission's. */
export function ProblemsPanel({ live, refused, onRefresh }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const refresh = async () => {
    setBusy(true);
    try {
      await onRefresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="app-missing">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id="app-missing">{t('applications.missing.title')}</Title>
        <Button variant="subtle" size="compact-sm" loading={busy} onClick={() => void refresh()} leftSection={<IconRefresh size={14} aria-hidden />}>
          {t('applications.missing.refresh')}
        </Button>
      </Group>
      {refused && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('applications.submit.refused', { count: refused.length })} mb="sm">
          <ProblemList problems={refused} />
        </Alert>
      )}
      {live.length === 0 ? (
        <Group gap={6} wrap="nowrap">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-8)" aria-hidden />
          <Text size="sm">{t('applications.missing.none')}</Text>
        </Group>
      ) : (
        <>
          <Text size="sm" mb="xs">{t('applications.missing.count', { count: live.length })}</Text>
          <ProblemList problems={live} />
        </>
      )}
    </Paper>
  );
}
