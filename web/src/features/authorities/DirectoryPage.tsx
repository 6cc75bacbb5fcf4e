import { Button, Collapse, Group, Paper } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustments, IconMap2, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { fieldErrors } from '../../components/errors';
import { Page } from '../../components/Page';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryResults } from './DirectoryResults';
import { useDirectoryParams } from './directoryParams';
import { useFacets } from './useFacets';
import { useSearchResults } from './useSearchResults';

const FILTER_KEYS = ['country', 'type', 'region', 'minPopulation', 'maxPopulation', 'near', 'radiusKm'] as const;
const FIELD_LABELS: Record<string, string> = {
  q: 'directory.searchLabel', country: 'directory.country', type: 'directory.type', region: 'directory.region',
  minPopulation: 'directory.minPopulation', maxPopulation: 'directory.maxPopulation', near: 'directory.near',
  radiusKm: 'directory.radiusKm', sort: 'directory.sortLabel', limit: 'directory.pagination', offset: 'directory.pagination',
};

/** The directory: search, filters, sort and pages, all in the URL query. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { params, update, key } = useDirectoryParams();
  const facets = useFacets();
  const { data, error, loading } = useSearchResults(params, key);
  // Read before the first paint: a phone's filters start folded, rather than showing and folding a moment later (layout shift).
  const isPhone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
  const [filtersOpen, { toggle }] = useDisclosure(false);
  const active = FILTER_KEYS.filter((k) => params[k]).length;

  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    errors[field] = t(`directory.invalid.${field}`, { defaultValue: message });
  }

  return (
    <Page
      title={t('directory.title')}
      intro={t('directory.intro')}
      actions={
        <Button component={Link} to="/map" variant="light" leftSection={<IconMap2 size={18} aria-hidden />}>
          {t('directory.showMap')}
        </Button>
      }
    >
      <Paper withBorder radius="lg" p="md" mb="lg" component="section" aria-label={t('directory.filtersRegion')}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <DebouncedTextInput
            flex={1}
            size="md"
            type="search"
            label={t('directory.searchLabel')}
            placeholder={t('directory.searchPlaceholder')}
            leftSection={<IconSearch size={18} aria-hidden />}
            value={params.q ?? ''}
            onCommit={(q) => update({ q: q.trim() })}
            error={errors.q}
            autoComplete="off"
          />
          <Button hiddenFrom="sm" variant="default" size="md" onClick={toggle} aria-expanded={filtersOpen}
            leftSection={<IconAdjustments size={18} aria-hidden />}>
            {active ? t('directory.filtersActive', { count: active }) : t('directory.filters')}
          </Button>
        </Group>
        <Collapse in={!isPhone || filtersOpen} mt="md">
          <DirectoryFilters params={params} update={update} facets={facets} errors={errors} />
        </Collapse>
      </Paper>
      <DirectoryResults params={params} data={data} error={error} loading={loading}
        fields={Object.entries(errors).map(([field, message]) => ({ label: t(FIELD_LABELS[field] ?? 'validation.invalid'), message }))}
        onPage={(offset) => update({ offset: String(offset) })} />
    </Page>
  );
}
