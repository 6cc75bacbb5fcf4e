import { Anchor, Box, LoadingOverlay, Title } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getNetwork } from '../../api/twinnings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { useLoad } from '../partners/useLoad';
import { lineLayer } from '../twinnings/networkLayer';

const NetworkMap = lazy(() => import('../twinnings/NetworkMap'));
const ACTIVE = { status: 'active', scope: 'all' } as const;

/** The active twinnings as lines on the registry's network map, with a link to their list. */
export function ActiveTwinningsMap() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const network = useLoad((s) => getNetwork(ACTIVE, s), 'active');
  const layer = useMemo(() => (network.data ? lineLayer(network.data) : null), [network.data]);
  const lines = network.data?.status.length ?? 0;
  return (
    <section aria-labelledby="active-map-title">
      <Title order={2} mt={40} mb="xs" id="active-map-title">{t('results.activeMap.title')}</Title>
      {network.error !== null && <ErrorAlert error={network.error} />}
      <Box pos="relative">
        <LoadingOverlay visible={network.loading} zIndex={4} loaderProps={{ 'aria-label': t('results.activeMap.loading'), role: 'status' }} />
        <Suspense fallback={<Loading />}>
          <NetworkMap layer={layer} height="min(55vh, 520px)" label={t('results.activeMap.label', { count: lines, formatted: fmt.num(lines) })} />
        </Suspense>
      </Box>
      <Anchor component={Link} to="/twinnings?status=active&scope=all" mt="sm" display="inline-block" fw={600}>{t('results.activeMap.list')}</Anchor>
    </section>
  );
}
