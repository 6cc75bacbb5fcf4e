import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Box } from './mapView';

/** The area the map shows at first: the Azores to eastern Turkey, Cyprus to the North Cape. */
export const EXTENT = { lon0: -25, lon1: 45, lat0: 34, lat1: 71 } as const;
export const WORLD_SIZE = 1000;

function extentOutline() {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const lon = EXTENT.lon0 + ((EXTENT.lon1 - EXTENT.lon0) * i) / 20;
    const lat = EXTENT.lat0 + ((EXTENT.lat1 - EXTENT.lat0) * i) / 20;
    coordinates.push([lon, EXTENT.lat0], [lon, EXTENT.lat1], [EXTENT.lon0, lat], [EXTENT.lon1, lat]);
  }
  return { type: 'MultiPoint' as const, coordinates };
}

/** The fixed projection from lon/lat to the world plane (a conic conformal fitted to the extent). */
export function makeProjection(): GeoProjection {
  return geoConicConformal().parallels([38, 62]).rotate([-10, 0]).fitWidth(WORLD_SIZE, extentOutline());
}
export const projection = makeProjection();

/** The extent's box in world coordinates. */
export const EXTENT_BOX: Box = (() => {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(extentOutline());
  return { x0, y0, x1, y1 };
})();

/** Project flat [lat, lon, ...] pairs into packed world [x, y, ...] (NaN for unprojectable). */
export function projectCoords(coords: ArrayLike<number>): Float32Array {
  const out = new Float32Array(coords.length);
  for (let i = 0; i < coords.length; i += 2) {
    const p = projection([coords[i + 1]!, coords[i]!]);
    out[i] = p ? p[0] : NaN;
    out[i + 1] = p ? p[1] : NaN;
  }
  return out;
}

export interface CountryShape {
  id: string;
  d: string;
  kind: 'tr' | 'eu' | 'other';
}
