import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../../shared/events';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';

const EventMapView = lazy(() => import('./EventMapView'));

/** A small map at the hosting authority's place (in-person events whose authority is located). */
export function EventMap({ event: e }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const p = e.place;
  if (p.mode !== 'in_person' || p.lat === null || p.lon === null) return null;
  return (
    <Suspense fallback={<Loading />}>
      <EventMapView lat={p.lat} lon={p.lon} turkish={p.country === 'TR'} label={t('events.place.mapLabel', { name: p.authorityName, country: fmt.country(p.country) })} />
    </Suspense>
  );
}
