import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { useFormat } from '../../i18n/format';

// The map (its projection, the atlas, the drawing) loads after the profile's first paint, in a box of
// its final height, so the facts below it never move.
const ProfileMapView = lazy(() => import('./ProfileMapView'));
const HEIGHT = 280;

/** A small map locating one authority. */
export function ProfileMap({ profile }: { profile: AuthorityProfile }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { lat, lon } = profile;
  if (lat === null || lon === null) return null;
  const placeholder = <Skeleton height={HEIGHT} radius="md" animate={false} />;
  return (
    <Suspense fallback={placeholder}>
      <ProfileMapView
        lat={lat}
        lon={lon}
        turkish={profile.country === 'TR'}
        height={HEIGHT}
        label={t('profile.mapLabel', { name: profile.name, country: fmt.country(profile.country) })}
        placeholder={placeholder}
      />
    </Suspense>
  );
}
