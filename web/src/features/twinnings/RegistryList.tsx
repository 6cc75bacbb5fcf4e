import { Anchor, Box, Group, LoadingOverlay, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistryPage } from '../../api/twinnings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { SourceBadge, StatusBadge } from './labels';
import { useNames } from '../authorities/useNames';
import { usePartnerCountry } from './PartnerName';
import { PAGE_SIZE } from './registryParams';

interface Props {
  data: RegistryPage | null;
  error: unknown;
  loading: boolean;
  offset: number;
  onPage: (offset: number) => void;
}

/** One page of the registry: both sides, status, source and year, each linking to its twinning page. */
export function RegistryList({ data, error, loading, offset, onPage }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const country = usePartnerCountry();
  const names = useNames();
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loading />;
  const pages = Math.ceil(data.total / PAGE_SIZE);
  return (
    <Box pos="relative" aria-busy={loading}>
      <LoadingOverlay visible={loading} zIndex={5} overlayProps={{ blur: 1 }} loaderProps={{ 'aria-hidden': true }} />
      <Text fw={600} mb="sm" role="status" aria-live="polite">{t('twinnings.registry.count', { count: data.total, formatted: fmt.num(data.total) })}</Text>
      {data.items.length === 0 ? (
        <Paper withBorder p="lg" radius="md"><Text c="dimmed">{t('twinnings.registry.empty')}</Text></Paper>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.items.map((tw) => (
            <Paper component="li" key={tw.id} withBorder radius="md" p="sm">
              <Group justify="space-between" gap="xs" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/twinnings/${tw.id}`} fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {t('twinnings.pair', { a: names.parts(tw.a).label, b: names.parts(tw.b).label })}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t('twinnings.pair', { a: country(tw.a), b: country(tw.b) })}
                    {tw.since !== null && ` · ${t('twinnings.sinceYear', { year: tw.since })}`}
                  </Text>
                </div>
                <Group gap={6}>
                  <StatusBadge status={tw.status} />
                  <SourceBadge source={tw.source} />
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {pages > 1 && (
        <Group justify="center" mt="lg" component="nav" aria-label={t('directory.pagination')}>
          <Pagination total={pages} value={Math.floor(offset / PAGE_SIZE) + 1} onChange={(p) => onPage((p - 1) * PAGE_SIZE)} siblings={1} boundaries={1}
            getItemProps={(p) => ({ 'aria-label': t('directory.page', { page: p }) })}
            getControlProps={(control) => ({ 'aria-label': t(`directory.pageControl.${control}`) })} />
        </Group>
      )}
    </Box>
  );
}
