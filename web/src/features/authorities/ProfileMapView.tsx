import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { singlePointLayer } from '../../components/map/pointLayer';

const TwinMap = lazy(() => import('../../components/map/TwinMap'));

interface Props {
  lat: number;
  lon: number;
  turkish: boolean;
  height: number;
  label: string;
  /** Shown while the map draws: the same size, so nothing moves. */
  placeholder: ReactNode;
}

/** The profile's map itself, with the projection code it needs (a chunk of its own). */
export default function ProfileMapView({ lat, lon, turkish, height, label, placeholder }: Props) {
  const layer = useMemo(() => singlePointLayer(lat, lon, turkish), [lat, lon, turkish]);
  return (
    <Suspense fallback={placeholder}>
      <TwinMap layer={layer} highlight={0} focusZoom={4} height={height} label={label} />
    </Suspense>
  );
}
