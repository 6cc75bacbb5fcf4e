import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationGrid } from '../../../../shared/grants';
import { getEvaluation } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useLoad } from '../partners/useLoad';
import { ConsensusForm } from './ConsensusForm';
import { SheetsTable } from './SheetsTable';

/** The committee's view of one application: the sheets, their spread and divergence, and the consensus form. */
export function CommitteeView({ grid, applicationId, onChanged }: { grid: EvaluationGrid; applicationId: string; onChanged?: () => void }) {
  const { t } = useTranslation();
  const ev = useLoad((s) => getEvaluation(applicationId, s), applicationId);
  if (ev.error) return <ErrorAlert error={ev.error} />;
  if (!ev.data) return <Loading />;
  const v = ev.data;
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text size="sm">{v.spread === null ? t('evaluation.committee.noSpread') : t('evaluation.committee.spread', { spread: v.spread })}</Text>
        {v.diverges && <Badge color="red.9" variant="filled">{t('evaluation.committee.diverges')}</Badge>}
      </Group>
      <SheetsTable grid={grid} view={v} />
      <ConsensusForm key={v.consensus?.recordedAt ?? 'none'} grid={grid} view={v} onSaved={(x) => { ev.setData(x); onChanged?.(); }} />
    </Stack>
  );
}
