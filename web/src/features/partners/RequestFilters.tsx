import { SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { useFormat } from '../../i18n/format';
import { themeOptions } from '../authorities/labels';
import { countryOptions } from './countryOptions';
import type { REQUEST_KEYS } from './requestText';
import type { Params } from './urlState';

type RequestParams = Params<(typeof REQUEST_KEYS)[number]>;

/** Search, country, theme and status of the board; each is a URL parameter. */
export function RequestFilters({ params, update }: { params: RequestParams; update: (p: RequestParams) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const statusId = useId();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm">
      <DebouncedTextInput type="search" label={t('partners.requests.search')} leftSection={<IconSearch size={18} aria-hidden />}
        value={params.q ?? ''} onCommit={(q) => update({ q: q.trim() })} autoComplete="off" />
      <Select label={t('directory.country')} placeholder={t('directory.anyCountry')} data={countries} searchable clearable
        value={params.country ?? null} onChange={(v) => update({ country: v ?? '' })} nothingFoundMessage={t('common.nothingFound')} />
      <Select label={t('partners.filters.theme')} placeholder={t('partners.filters.anyTheme')} data={themeOptions(t)} clearable
        value={params.theme ?? null} onChange={(v) => update({ theme: v ?? '' })} />
      <Stack gap={4}>
        <Text size="sm" fw={500} id={statusId}>{t('partners.requests.statusLabel')}</Text>
        <SegmentedControl aria-labelledby={statusId} value={params.status ?? 'open'} onChange={(v) => update({ status: v === 'open' ? '' : v })}
          data={[{ value: 'open', label: t('partners.requests.status.open') }, { value: 'closed', label: t('partners.requests.status.closed') }]} />
      </Stack>
    </SimpleGrid>
  );
}
