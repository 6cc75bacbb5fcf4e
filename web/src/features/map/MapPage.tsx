import { Anchor, Group, LoadingOverlay, Select, Text } from '@mantine/core';
import { IconList } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import TwinMap from '../../components/map/TwinMap';
import { withCountry } from '../../components/map/pointLayer';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { MapLegend } from './MapLegend';
import { PointPopup } from './PointPopup';
import { useMapPoints } from './useMapPoints';

/** Every located authority on one map, with a country filter, a legend and a list alternative. */
export default function MapPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [search, setSearch] = useSearchParams();
  const country = search.get('country');
  const { points, layer, error } = useMapPoints();

  const shown = useMemo(() => (layer && points ? withCountry(layer, points, country) : null), [layer, points, country]);
  const counts = useMemo(() => {
    if (!points) return { tr: 0, eu: 0 };
    const tr = points.countries.indexOf('TR');
    let trCount = 0;
    let all = 0;
    const only = country ? points.countries.indexOf(country) : -1;
    for (const c of points.country) {
      if (only >= 0 && c !== only) continue;
      all++;
      if (c === tr) trCount++;
    }
    return { tr: trCount, eu: all - trCount };
  }, [points, country]);
  const options = useMemo(
    () =>
      (points?.countries ?? [])
        .map((code) => ({ value: code, label: fmt.country(code) }))
        .sort((a, b) => a.label.localeCompare(b.label, fmt.locale)),
    [points, fmt],
  );
  const renderPopup = useCallback((i: number) => <PointPopup code={points?.codes[i] ?? ''} />, [points]);
  const listHref = country ? `/authorities?country=${country}` : '/authorities';
  const label = country
    ? t('map.ariaCountry', { country: fmt.country(country), count: counts.tr + counts.eu, formatted: fmt.num(counts.tr + counts.eu) })
    : t('map.aria', { count: counts.tr + counts.eu, formatted: fmt.num(counts.tr + counts.eu) });

  return (
    <Page title={t('map.title')} intro={t('map.intro')} size="xl">
      <Group justify="space-between" align="flex-end" mb="sm" gap="md">
        <Select
          label={t('map.countryFilter')}
          placeholder={t('map.allCountries')}
          data={options}
          value={country}
          onChange={(value) => setSearch(value ? { country: value } : {}, { replace: true })}
          searchable
          clearable
          w={260}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <MapLegend tr={counts.tr} eu={counts.eu} />
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      <div style={{ position: 'relative' }}>
        <LoadingOverlay visible={!layer && !error} zIndex={4} loaderProps={{ 'aria-label': t('map.loadingPoints'), role: 'status' }} />
        <TwinMap layer={shown} label={label} height="min(72vh, 760px)" renderPopup={renderPopup} />
      </div>
      <Text size="sm" mt="sm">
        <IconList size={14} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
        <Anchor component={Link} to={listHref}>
          {t('map.browseList')}
        </Anchor>
        {' · '}
        {t('map.help')}
      </Text>
    </Page>
  );
}
