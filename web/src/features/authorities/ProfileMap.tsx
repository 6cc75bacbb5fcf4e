import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { Loading } from '../../components/Loading';
import { singlePointLayer } from '../../components/map/pointLayer';
import { useFormat } from '../../i18n/format';

const TwinMap = lazy(() => import('../../components/map/TwinMap'));

/** A small map locating one authority. */
export function ProfileMap({ profile }: { profile: AuthorityProfile }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { lat, lon } = profile;
  const layer = useMemo(
    () => (lat === null || lon === null ? null : singlePointLayer(lat, lon, profile.country === 'TR')),
    [lat, lon, profile.country],
  );
  if (!layer) return null;
  return (
    <Suspense fallback={<Loading />}>
      <TwinMap
        layer={layer}
        highlight={0}
        focusZoom={4}
        height={280}
        label={t('profile.mapLabel', { name: profile.name, country: fmt.country(profile.country) })}
      />
    </Suspense>
  );
}
