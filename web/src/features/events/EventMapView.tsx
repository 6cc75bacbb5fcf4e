import { useMemo } from 'react';
import { singlePointLayer } from '../../components/map/pointLayer';
import TwinMap from '../../components/map/TwinMap';

interface Props {
  lat: number;
  lon: number;
  turkish: boolean;
  label: string;
}

/** The map itself, in its own chunk: d3-geo and the country shapes load only for a located event. */
export default function EventMapView({ lat, lon, turkish, label }: Props) {
  const layer = useMemo(() => singlePointLayer(lat, lon, turkish), [lat, lon, turkish]);
  return <TwinMap layer={layer} highlight={0} focusZoom={4} height={240} label={label} />;
}
