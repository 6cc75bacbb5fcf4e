import { Paper, Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../api/grants';
import { indicatorProgress } from './indicators.rules';
import { useIndicatorText } from './useIndicatorText';
import { useGrantFormat } from './useGrantFormat';

/** A project's indicators: achieved against target as a labelled progress bar ("not reported yet" when unknown). */
export function Indicators({ indicators }: { indicators: ProjectView['indicators'] }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const say = useIndicatorText();
  if (!indicators.length) return <Text c="dimmed">{t('grants.project.noIndicators')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {indicators.map((ind) => {
        const pct = indicatorProgress(ind);
        const unit = ind.unit ? ` ${say.unit(ind.unit)}` : '';
        const name = say.name(ind.name);
        const text = ind.achieved === null
          ? t('grants.project.notReported', { target: `${fmt.num(ind.target)}${unit}` })
          : t('grants.project.achieved', { achieved: `${fmt.num(ind.achieved)}${unit}`, target: `${fmt.num(ind.target)}${unit}`, share: fmt.num(pct ?? 0, 0) });
        return (
          <Paper key={ind.name} withBorder radius="md" p="md">
            <Text fw={600} mb={4}>{name}</Text>
            <Progress value={Math.min(100, pct ?? 0)} color={(pct ?? 0) >= 100 ? 'teal.8' : 'bridge'} size="lg" radius="sm" aria-label={name} />
            <Text size="sm" mt={4}>{text}</Text>
            {ind.baseline > 0 && <Text size="xs" c="dimmed">{t('grants.project.baseline', { baseline: `${fmt.num(ind.baseline)}${unit}` })}</Text>}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
