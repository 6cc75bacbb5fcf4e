import { Select, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../api/grants';
import { useFormat } from '../../i18n/format';
import { themeOptions } from '../authorities/labels';
import type { Params } from '../partners/urlState';

export const PROJECT_FILTERS = ['theme', 'country', 'province'] as const;
export type ProjectParams = Params<(typeof PROJECT_FILTERS)[number]>;

/** Countries (lead or partner) and lead provinces of a programme's projects, for the filters. */
export function filterChoices(projects: readonly ProjectView[]): { countries: string[]; provinces: string[] } {
  const countries = new Set(projects.flatMap((p) => [p.lead.country, ...p.partners.map((x) => x.country)]));
  const provinces = new Set(projects.flatMap((p) => (p.lead.province ? [p.lead.province] : [])));
  return { countries: [...countries], provinces: [...provinces].sort((a, b) => a.localeCompare(b, 'tr')) };
}

interface Props {
  params: ProjectParams;
  update: (p: ProjectParams) => void;
  projects: readonly ProjectView[];
}

/** Theme, country and province of the results list; each is a URL parameter. */
export function ProjectFilters({ params, update, projects }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const choices = useMemo(() => filterChoices(projects), [projects]);
  const countries = useMemo(
    () => choices.countries.map((c) => ({ value: c, label: fmt.country(c) })).sort((a, b) => a.label.localeCompare(b.label, fmt.locale)),
    [choices, fmt],
  );
  const common = { clearable: true, nothingFoundMessage: t('common.nothingFound'), comboboxProps: { withinPortal: true } };
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" component="form" aria-label={t('grants.results.filters')} onSubmit={(e) => e.preventDefault()}>
      <Select label={t('grants.results.theme')} placeholder={t('grants.results.anyTheme')} data={themeOptions(t)} {...common}
        value={params.theme ?? null} onChange={(v) => update({ theme: v ?? '' })} />
      <Select label={t('grants.results.country')} placeholder={t('grants.results.anyCountry')} data={countries} searchable {...common}
        value={params.country ?? null} onChange={(v) => update({ country: v ?? '' })} />
      <Select label={t('grants.results.province')} placeholder={t('grants.results.anyProvince')} data={choices.provinces} searchable {...common}
        value={params.province ?? null} onChange={(v) => update({ province: v ?? '' })} />
    </SimpleGrid>
  );
}
