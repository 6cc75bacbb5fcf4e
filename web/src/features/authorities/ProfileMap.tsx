import { Skeleton } from '@mantine/core';
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { useNearViewport } from '../../components/useNearViewport';
import { loadPages } from '../../i18n';
import { useFormat } from '../../i18n/format';

// The map (its projection, the atlas, the drawing) loads after the profile's first paint, in a box of
// its final height, so the facts below it never move; on a phone, where it sits below the fold, only
// when the reader scrolls to it (drawing the atlas blocked the page for seconds).
const ProfileMapView = lazy(() => Promise.all([import('./ProfileMapView'), loadPages()]).then(([m]) => m));
const HEIGHT = 280;

/** A small map locating one authority. */
export function ProfileMap({ profile }: { profile: AuthorityProfile }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  const { lat, lon } = profile;
  if (lat === null || lon === null) return null;
  const placeholder = <Skeleton height={HEIGHT} radius="md" animate={false} />;
  if (!near) return <div ref={box}>{placeholder}</div>;
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
