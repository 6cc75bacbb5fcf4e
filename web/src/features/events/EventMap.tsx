import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../../shared/events';
import { Loading } from '../../components/Loading';
import { singlePointLayer } from '../../components/map/pointLayer';
import { useFormat } from '../../i18n/format';

const TwinMap = lazy(() => import('../../components/map/TwinMap'));

/** A small map at the hosting authority's place (in-person events whose authority is located). */
export function EventMap({ event: e }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const p = e.place;
  const layer = useMemo(
    () => (p.mode === 'in_person' && p.lat !== null && p.lon !== null ? singlePointLayer(p.lat, p.lon, p.country === 'TR') : null),
    [p],
  );
  if (!layer || p.mode !== 'in_person') return null;
  return (
    <Suspense fallback={<Loading />}>
      <TwinMap layer={layer} highlight={0} focusZoom={4} height={240}
        label={t('events.place.mapLabel', { name: p.authorityName, country: fmt.country(p.country) })} />
    </Suspense>
  );
}
