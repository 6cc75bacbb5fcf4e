import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stats } from '../../api/stats';
import { useFormat, type Formatter } from '../../i18n/format';
import { formatCents } from '../grants/money';
import classes from './results.module.css';

export type FigureKey = 'authorities' | 'authoritiesTr' | 'authoritiesEu' | 'twinnings' | 'active' | 'projects' | 'granted' | 'provinces' | 'countries' | 'eventsHeld' | 'participants' | 'consultations';

/** Each headline figure's value in the reader's number and money format. */
function valueOf(key: FigureKey, s: Stats, fmt: Formatter): string {
  switch (key) {
    case 'authorities': return fmt.num(s.authorities);
    case 'authoritiesTr': return fmt.num(s.authoritiesBySide.tr);
    case 'authoritiesEu': return fmt.num(s.authoritiesBySide.eu);
    case 'twinnings': return fmt.num(s.twinnings.total);
    case 'active': return fmt.num(s.twinnings.active);
    case 'projects': return fmt.num(s.projects.count);
    case 'granted': return formatCents(s.projects.grantedCents, fmt.locale);
    case 'provinces': return fmt.num(s.projects.provinces);
    case 'countries': return fmt.num(s.projects.countries);
    case 'eventsHeld': return fmt.num(s.events.held);
    case 'participants': return fmt.num(s.events.participants);
    case 'consultations': return fmt.num(s.consultations);
  }
}

/** Headline figures as cards (a list: each card is its value and what it counts), skeletons while loading. */
export function KeyFigures({ stats, keys }: { stats: Stats | null; keys: readonly FigureKey[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" aria-busy={!stats} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {keys.map((key) => (
        <Paper component="li" key={key} withBorder p="lg" radius="lg" className={classes.figure} data-figure={key}>
          {stats ? <div className={classes.figureValue}>{valueOf(key, stats, fmt)}</div> : <Skeleton height={36} width="60%" />}
          <Text mt={4} fw={500}>{t(`results.figures.${key}`)}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
