import { Select, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TWINNING_SOURCES, TWINNING_STATUSES } from '../../../../shared/twinningStatuses';
import { useFormat } from '../../i18n/format';
import { themeOptions } from '../authorities/labels';
import { countryOptions } from '../partners/countryOptions';
import { type RegistryParams, scopeOf } from './registryParams';

interface Props {
  params: RegistryParams;
  update: (p: RegistryParams) => void;
  /** Turkish provinces with twinnings (names), for the province filter. */
  provinces: string[];
}

/** Scope (Turkey–EU by default), country, Turkish province, status, theme and source; each is a URL parameter. */
export function RegistryFilters({ params, update, provinces }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const provinceData = useMemo(() => [...provinces].sort((a, b) => a.localeCompare(b, 'tr')), [provinces]);
  const common = { clearable: true, nothingFoundMessage: t('common.nothingFound'), comboboxProps: { withinPortal: true } };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="md" verticalSpacing="sm" component="form" aria-label={t('twinnings.registry.filters')}
      onSubmit={(e) => e.preventDefault()}>
      <Select label={t('twinnings.registry.scope')} allowDeselect={false} comboboxProps={{ withinPortal: true }}
        data={[{ value: 'tr_eu', label: t('twinnings.registry.scopeTrEu') }, { value: 'all', label: t('twinnings.registry.scopeAll') }]}
        value={scopeOf(params)} onChange={(v) => update({ scope: v === 'all' ? 'all' : '' })} />
      <Select label={t('directory.country')} placeholder={t('directory.anyCountry')} data={countries} searchable {...common}
        value={params.country ?? null} onChange={(v) => update({ country: v ?? '' })} />
      <Select label={t('twinnings.registry.province')} placeholder={t('twinnings.registry.anyProvince')} data={provinceData} searchable {...common}
        value={params.province ?? null} onChange={(v) => update({ province: v ?? '' })} />
      <Select label={t('twinnings.registry.status')} placeholder={t('twinnings.registry.anyStatus')} {...common}
        data={TWINNING_STATUSES.map((s) => ({ value: s, label: t(`twinnings.status.${s}`) }))}
        value={params.status ?? null} onChange={(v) => update({ status: v ?? '' })} />
      <Select label={t('partners.filters.theme')} placeholder={t('partners.filters.anyTheme')} data={themeOptions(t)} {...common}
        value={params.theme ?? null} onChange={(v) => update({ theme: v ?? '' })} />
      <Select label={t('twinnings.sourceLabel')} placeholder={t('twinnings.registry.anySource')} {...common}
        data={TWINNING_SOURCES.map((s) => ({ value: s, label: t(`twinnings.source.${s}`) }))}
        value={params.source ?? null} onChange={(v) => update({ source: v ?? '' })} />
    </SimpleGrid>
  );
}
