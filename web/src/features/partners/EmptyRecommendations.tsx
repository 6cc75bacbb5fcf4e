import { Button, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuthorityType } from '../../../../shared/authorities';
import type { EmptyExplanation, RelaxableFilter } from '../../../../shared/matching';
import type { Theme } from '../../../../shared/themes';
import { type Formatter, useFormat } from '../../i18n/format';
import { themeLabel, typeLabel } from '../authorities/labels';
import type { RecommendationKey, RecommendationParams } from './recommendationParams';

/** The URL parameters each relaxable filter is made of. */
const KEYS: Record<RelaxableFilter, RecommendationKey[]> = {
  theme: ['theme'], onlyWithRequest: ['onlyWithRequest'], country: ['country'], type: ['type'], population: ['minPopulation', 'maxPopulation'],
};

/** A filter as the reader set it, e.g. "Theme: Recycling". */
export function filterLabel(f: RelaxableFilter, p: RecommendationParams, t: TFunction, fmt: Formatter): string {
  switch (f) {
    case 'theme': return `${t('partners.filters.theme')}: ${themeLabel(t, p.theme as Theme)}`;
    case 'country': return `${t('directory.country')}: ${fmt.country(p.country ?? '')}`;
    case 'type': return `${t('directory.type')}: ${typeLabel(t, p.type as AuthorityType)}`;
    case 'population': return t('partners.recommended.emptyWhy.populationLabel');
    case 'onlyWithRequest': return t('partners.filters.onlyWithRequest');
  }
}

/** Why one filter alone leaves no candidate, in words. */
function why(f: RelaxableFilter, p: RecommendationParams, t: TFunction, fmt: Formatter): string {
  switch (f) {
    case 'theme': return t('partners.recommended.emptyWhy.theme', { theme: themeLabel(t, p.theme as Theme) });
    case 'country': return t('partners.recommended.emptyWhy.country', { country: fmt.country(p.country ?? '') });
    case 'type': return t('partners.recommended.emptyWhy.type', { type: typeLabel(t, p.type as AuthorityType) });
    case 'population': return t('partners.recommended.emptyWhy.population');
    case 'onlyWithRequest': return t('partners.recommended.emptyWhy.onlyWithRequest');
  }
}

interface Props {
  empty: EmptyExplanation | undefined;
  params: RecommendationParams;
  update: (patch: RecommendationParams) => void;
}

/**
 * An empty list that says why: the filters that on their own leave no candidate, or that together they
 * do; then the nearest useful views, each the list without one filter and how many it would hold.
 */
export function EmptyRecommendations({ empty, params, update }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const remove = (...fs: RelaxableFilter[]) => update(Object.fromEntries(fs.flatMap((f) => KEYS[f]).map((k) => [k, ''])));
  if (!empty?.filters.length) return <Text>{t('partners.recommended.emptyNone')}</Text>;
  const alone = empty.filters.filter((f) => f.alone === 0);
  const offers = empty.filters.filter((f) => f.without > 0).sort((a, b) => b.without - a.without);
  return (
    <Stack gap="sm" align="center">
      {alone.length ? alone.map((f) => <Text key={f.filter}>{why(f.filter, params, t, fmt)}</Text>) : <Text>{t('partners.recommended.emptyWhy.together')}</Text>}
      <Group justify="center" gap="xs">
        {offers.map((f) => (
          <Button key={f.filter} variant="light" size="xs" onClick={() => remove(f.filter)}>
            {t('partners.recommended.emptyWhy.remove', { filter: filterLabel(f.filter, params, t, fmt), count: f.without })}
          </Button>
        ))}
        {!offers.length && (
          <Button variant="light" size="xs" onClick={() => remove(...empty.filters.map((f) => f.filter))}>
            {t('partners.recommended.emptyWhy.clearAll')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
