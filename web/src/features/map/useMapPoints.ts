import { useEffect, useState } from 'react';
import { getMapPoints, type MapPoints } from '../../api/authorities';
import type { PointLayer } from '../../components/map/drawPoints';
import { layerFromPoints } from '../../components/map/pointLayer';

interface State {
  points: MapPoints | null;
  layer: PointLayer | null;
  error: unknown;
}

let cache: { points: MapPoints; layer: PointLayer } | null = null;

/** All map points and their projected layer, loaded once per page load. */
export function useMapPoints(): State {
  const [state, setState] = useState<State>(cache ? { ...cache, error: null } : { points: null, layer: null, error: null });
  useEffect(() => {
    if (cache) return;
    const ctrl = new AbortController();
    getMapPoints(ctrl.signal).then(
      (points) => {
        cache = { points, layer: layerFromPoints(points) };
        setState({ ...cache, error: null });
      },
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ points: null, layer: null, error });
      },
    );
    return () => ctrl.abort();
  }, []);
  return state;
}
