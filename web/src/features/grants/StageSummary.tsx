import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { stageCounts } from '../../../../shared/grants.counts';

const WAITING = ['received', 'adminCheck', 'evaluation'] as const;

/**
 * What a call's award still waits for, from the call's counts by status through the shared
 * stageCounts, so the call page and the evaluation page say the same numbers.
 */
export function StageSummary({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const s = stageCounts(counts);
  if (!s.submittedTotal) return null;
  if (!s.undecided) return <Text size="sm" data-testid="stage-summary">{t('grants.counts.noneUndecided')}</Text>;
  const parts = WAITING.filter((k) => s[k] > 0).map((k) => t(`grants.counts.stage.${k}`, { count: s[k] }));
  return <Text size="sm" data-testid="stage-summary">{t('grants.counts.undecided', { count: s.undecided, parts: parts.join(', ') })}</Text>;
}
