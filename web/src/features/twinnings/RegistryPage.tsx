import { Box, Button, Group, LoadingOverlay, Stack, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { exportHref, getNetwork, getRegistryStats, listTwinnings } from '../../api/twinnings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useLoad } from '../partners/useLoad';
import { useUrlState } from '../partners/urlState';
import { NetworkLegend } from './NetworkLegend';
import { lineLayer } from './networkLayer';
import { RegistryCounts } from './RegistryCounts';
import { RegistryFilters } from './RegistryFilters';
import { RegistryList } from './RegistryList';
import { filterQuery, isNarrowed, listQuery, REGISTRY_KEYS, scopeOf } from './registryParams';

const NetworkMap = lazy(() => import('./NetworkMap'));

/** The twinning registry: filters in the URL, the network map, the list with exports, and the figures. */
export default function RegistryPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { params, update } = useUrlState(REGISTRY_KEYS);
  const filters = useMemo(() => filterQuery(params), [params]);
  const filterKey = JSON.stringify(filters);
  const list = useLoad((s) => listTwinnings(listQuery(params), s), JSON.stringify(listQuery(params)));
  const network = useLoad((s) => getNetwork(filters, s), filterKey);
  const filtered = isNarrowed(params);
  const scope = scopeOf(params);
  // The scope's unfiltered figures name the provinces for the filter; filtered figures follow the filters.
  const all = useLoad((s) => getRegistryStats({ scope }, s), scope);
  const some = useLoad(filtered ? (s) => getRegistryStats(filters, s) : null, filterKey);
  const stats = filtered ? some : all;
  // The export writes states and sources in the words of the list, in the page's language.
  const exportQuery = { ...filters, lang: i18n.language.startsWith('tr') ? 'tr' : 'en' };
  const layer = useMemo(() => (network.data ? lineLayer(network.data) : null), [network.data]);
  const lines = network.data?.status.length ?? 0;

  return (
    <Page title={t('twinnings.registry.title')} intro={t('twinnings.registry.intro')} size="xl">
      <Stack gap="xl">
        <RegistryFilters params={params} update={update} provinces={Object.keys(all.data?.byProvince ?? {})} />
        <section aria-labelledby="network-title">
          <Group justify="space-between" align="flex-end" gap="sm" mb="xs">
            <Title order={2} size="h3" id="network-title">{t('twinnings.registry.mapTitle')}</Title>
            {layer && <NetworkLegend counts={layer.counts} />}
          </Group>
          {network.error !== null && <ErrorAlert error={network.error} />}
          <Box pos="relative">
            <LoadingOverlay visible={network.loading} zIndex={4} loaderProps={{ 'aria-label': t('twinnings.registry.loadingMap'), role: 'status' }} />
            <Suspense fallback={<Loading />}>
              <NetworkMap layer={layer} height="min(62vh, 620px)" label={t('twinnings.registry.mapLabel', { count: lines, formatted: fmt.num(lines) })} />
            </Suspense>
          </Box>
        </section>
        <section aria-labelledby="list-title">
          <Group justify="space-between" align="center" gap="sm" mb="sm">
            <Title order={2} size="h3" id="list-title">{t('twinnings.registry.listTitle')}</Title>
            <Group gap="xs">
              <Button component="a" href={exportHref('csv', exportQuery)} download variant="default" size="sm" leftSection={<IconFileTypeCsv size={18} aria-hidden />}>
                {t('twinnings.registry.exportCsv')}
              </Button>
              <Button component="a" href={exportHref('xlsx', exportQuery)} download variant="default" size="sm" leftSection={<IconFileSpreadsheet size={18} aria-hidden />}>
                {t('twinnings.registry.exportXlsx')}
              </Button>
            </Group>
          </Group>
          <RegistryList data={list.data} error={list.error} loading={list.loading} offset={Number(listQuery(params).offset)}
            onPage={(offset) => update({ offset: offset ? String(offset) : '' })} />
        </section>
        {stats.error !== null && <ErrorAlert error={stats.error} />}
        {stats.data && <RegistryCounts stats={stats.data} filtered={filtered} />}
      </Stack>
    </Page>
  );
}
