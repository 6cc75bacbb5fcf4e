import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AwardView } from '../../api/evaluation';
import { useGrantFormat } from '../grants/useGrantFormat';
import { ReportDecision } from './ReportDecision';

/** The award's reports, newest last, with the manager's decision on a submitted one. */
export function ReportsList({ award, manager, onDone }: { award: AwardView; manager: boolean; onDone: (a: AwardView) => void }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  if (award.reports.length === 0) return <Text size="sm" c="dimmed">{t('evaluation.report.none')}</Text>;
  return (
    <Stack gap="sm">
      {award.reports.map((r) => {
        const costs = Object.values(r.costs).reduce((s, n) => s + n, 0);
        return (
          <Paper key={r.id} withBorder radius="md" p="sm">
            <Group gap="sm" mb={4}>
              <Text fw={600}>{t(`evaluation.report.kind.${r.kind}`)}</Text>
              <Badge variant="light" color={r.status === 'approved' ? 'teal' : r.status === 'returned' ? 'yellow' : 'bridge'}>{t(`evaluation.report.status.${r.status}`, { defaultValue: r.status })}</Badge>
              <Text size="sm" c="dimmed">{fmt.date(r.submittedAt)}</Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{r.narrative}</Text>
            <Text size="sm" mt={4}>{t('evaluation.report.costs', { amount: fmt.money(costs) })}</Text>
            {r.acceptedCostsCents !== null && <Text size="sm">{t('evaluation.report.acceptedWas', { amount: fmt.money(r.acceptedCostsCents) })}</Text>}
            {r.comments && <Text size="sm" c="dimmed">{t('evaluation.report.commentsWere', { comments: r.comments })}</Text>}
            {manager && r.status === 'submitted' && <ReportDecision reportId={r.id} final={r.kind === 'final'} onDone={onDone} />}
          </Paper>
        );
      })}
    </Stack>
  );
}
