import { Select, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facets } from '../../api/authorities';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { useFormat } from '../../i18n/format';
import { effectiveSort, type DirectoryParams } from './directoryParams';
import { typeOptions } from './labels';
import { NearFilter } from './NearFilter';

interface Props {
  params: DirectoryParams;
  update: (patch: DirectoryParams, options?: { replace?: boolean }) => void;
  facets: Facets | null;
  errors: Record<string, string>;
}

const SORT_KEYS = ['relevance', 'name', '-population', 'population', 'distance'] as const;

/** Country, type, region, population range, proximity and sort; each writes its URL parameter. */
export function DirectoryFilters({ params, update, facets, errors }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(
    () =>
      Object.entries(facets?.countries ?? {})
        .map(([code, count]) => ({ value: code, label: `${fmt.country(code)} (${fmt.num(count)})` }))
        .sort((a, b) => a.label.localeCompare(b.label, fmt.locale)),
    [facets, fmt],
  );
  const sorts = SORT_KEYS.map((key) => ({
    value: key,
    label: t(`directory.sort.${key}`),
    disabled: key === 'distance' && !params.near,
  }));
  const commitRange = (key: 'region' | 'minPopulation' | 'maxPopulation') => (value: string) =>
    update({ [key]: value.trim() });

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm">
      <Select
        label={t('directory.country')}
        placeholder={t('directory.anyCountry')}
        data={countries}
        value={params.country ?? null}
        onChange={(value) => update({ country: value ?? '' })}
        searchable
        clearable
        nothingFoundMessage={t('common.nothingFound')}
        error={errors.country}
      />
      <Select
        label={t('directory.type')}
        placeholder={t('directory.anyType')}
        data={typeOptions(t, facets?.types, fmt.num)}
        value={params.type ?? null}
        onChange={(value) => update({ type: value ?? '' })}
        clearable
        error={errors.type}
      />
      <DebouncedTextInput
        label={t('directory.region')}
        description={t('directory.regionHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        value={params.region ?? ''}
        onCommit={commitRange('region')}
        error={errors.region}
      />
      <Select
        label={t('directory.sortLabel')}
        data={sorts}
        value={effectiveSort(params)}
        onChange={(value) => update({ sort: value ?? '' })}
        allowDeselect={false}
        error={errors.sort}
      />
      <DebouncedTextInput
        label={t('directory.minPopulation')}
        inputMode="numeric"
        value={params.minPopulation ?? ''}
        onCommit={commitRange('minPopulation')}
        error={errors.minPopulation}
      />
      <DebouncedTextInput
        label={t('directory.maxPopulation')}
        inputMode="numeric"
        value={params.maxPopulation ?? ''}
        onCommit={commitRange('maxPopulation')}
        error={errors.maxPopulation}
      />
      <NearFilter params={params} update={update} errors={errors} />
    </SimpleGrid>
  );
}
