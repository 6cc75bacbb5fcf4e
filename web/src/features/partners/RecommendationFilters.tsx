import { Checkbox, Select, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { useFormat } from '../../i18n/format';
import { themeOptions, typeOptions } from '../authorities/labels';
import { countryOptions } from './countryOptions';
import type { RecommendationParams } from './recommendationParams';

interface Props {
  params: RecommendationParams;
  update: (patch: RecommendationParams) => void;
  errors: Record<string, string>;
}

/** Country, type, theme, population range and "only with an open request"; each is a URL parameter. */
export function RecommendationFilters({ params, update, errors }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
      <Select label={t('directory.country')} placeholder={t('directory.anyCountry')} data={countries} searchable clearable
        value={params.country ?? null} onChange={(v) => update({ country: v ?? '' })} error={errors.country}
        nothingFoundMessage={t('common.nothingFound')} />
      <Select label={t('directory.type')} placeholder={t('directory.anyType')} data={typeOptions(t)} clearable
        value={params.type ?? null} onChange={(v) => update({ type: v ?? '' })} error={errors.type} />
      <Select label={t('partners.filters.theme')} placeholder={t('partners.filters.anyTheme')} data={themeOptions(t)} clearable
        value={params.theme ?? null} onChange={(v) => update({ theme: v ?? '' })} error={errors.theme} />
      <DebouncedTextInput label={t('directory.minPopulation')} inputMode="numeric" value={params.minPopulation ?? ''}
        onCommit={(v) => update({ minPopulation: v.trim() })} error={errors.minPopulation} />
      <DebouncedTextInput label={t('directory.maxPopulation')} inputMode="numeric" value={params.maxPopulation ?? ''}
        onCommit={(v) => update({ maxPopulation: v.trim() })} error={errors.maxPopulation} />
      <Checkbox mt={{ base: 0, md: 30 }} label={t('partners.filters.onlyWithRequest')} checked={params.onlyWithRequest === 'true'}
        onChange={(e) => update({ onlyWithRequest: e.currentTarget.checked ? 'true' : '' })} />
    </SimpleGrid>
  );
}
