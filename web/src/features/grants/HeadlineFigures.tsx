import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from '../../api/grants';
import { useGrantFormat } from './useGrantFormat';

/** A programme's headline figures (computed by the server from the awards) as a description list. */
export function HeadlineFigures({ figures }: { figures: ProgrammeSummary['figures'] }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const items = [
    { key: 'projects', value: fmt.num(figures.projects) },
    { key: 'granted', value: fmt.money(figures.grantedCents) },
    { key: 'provinces', value: fmt.num(figures.provinces) },
    { key: 'countries', value: fmt.num(figures.countries) },
    { key: 'themes', value: fmt.num(figures.themes) },
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" m={0}>
      {items.map((f) => (
        <Paper key={f.key} withBorder radius="md" p="sm" miw={0}>
          <Text component="dt" size="sm" c="dimmed">{t(`grants.figures.${f.key}`)}</Text>
          {/* A Turkish "€1.540.000" in a phone's half-width card wraps rather than running out of it. */}
          <Text component="dd" m={0} fw={700} fz={{ base: 'lg', sm: 'xl' }} lh={1.3} style={{ overflowWrap: 'anywhere' }}>{f.value}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
