import { Box, Group, LoadingOverlay, Pagination, Paper, Text } from '@mantine/core';
import { IconMoodEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuthoritySearchResult } from '../../../../shared/authorities';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { DEFAULT_LIMIT, type DirectoryParams } from './directoryParams';
import { ResultsTable } from './ResultsTable';

interface Props {
  params: DirectoryParams;
  data: AuthoritySearchResult | null;
  error: unknown;
  loading: boolean;
  onPage: (offset: number) => void;
  /** Translated field problems of a 400. */
  fields: { label: string; message: string }[];
}

const MAX_OFFSET = 100_000;

/** Result count, rows, pagination, and the loading, empty and error states. */
export function DirectoryResults({ params, data, error, loading, onPage, fields }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const limit = Number(params.limit) > 0 ? Number(params.limit) : DEFAULT_LIMIT;
  const offset = Number(params.offset) > 0 ? Number(params.offset) : 0;
  if (error) return <ErrorAlert error={error} fields={fields} />;
  if (!data) return <Loading />;
  const pages = Math.min(Math.ceil(data.total / limit), Math.floor(MAX_OFFSET / limit) + 1);
  const page = Math.floor(offset / limit) + 1;
  return (
    <Box pos="relative" aria-busy={loading}>
      <LoadingOverlay visible={loading} zIndex={5} overlayProps={{ blur: 1 }} loaderProps={{ 'aria-hidden': true }} />
      <Text fw={600} mb="sm" role="status" aria-live="polite" data-testid="result-count">
        {t('directory.count', { count: data.total, formatted: fmt.num(data.total) })}
      </Text>
      {data.items.length === 0 ? (
        <Paper withBorder p="xl" radius="lg" ta="center">
          <IconMoodEmpty size={36} aria-hidden />
          <Text fw={600} mt="xs">{t('directory.emptyTitle')}</Text>
          <Text c="dimmed" size="sm">{t('directory.emptyBody')}</Text>
        </Paper>
      ) : (
        <ResultsTable items={data.items} showDistance={data.items.some((a) => a.distanceKm !== undefined)} />
      )}
      {pages > 1 && (
        <Group justify="center" mt="lg" component="nav" aria-label={t('directory.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={(p) => onPage((p - 1) * limit)}
            siblings={1}
            boundaries={1}
            getItemProps={(p) => ({ 'aria-label': t('directory.page', { page: p }) })}
            getControlProps={(control) => ({ 'aria-label': t(`directory.pageControl.${control}`) })}
          />
        </Group>
      )}
    </Box>
  );
}
