import type { TwinGraph } from './matching.graph';

/** Latitude and longitude range (degrees) of the candidates of a group or area whose position is known; empty when none is. */
export interface Box {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

export const emptyBox = (): Box => ({ minLat: Infinity, maxLat: -Infinity, minLon: Infinity, maxLon: -Infinity });

/** Widen `box` to candidate i; one without a position scores distance 0, so it needs no room in any bound. */
export function extendBox(box: Box, g: TwinGraph, i: number): void {
  const lat = g.lat[i]!;
  const lon = g.lon[i]!;
  if (Number.isNaN(lat) || Number.isNaN(lon)) return;
  box.minLat = Math.min(box.minLat, lat);
  box.maxLat = Math.max(box.maxLat, lat);
  box.minLon = Math.min(box.minLon, lon);
  box.maxLon = Math.max(box.maxLon, lon);
}

const RAD = Math.PI / 180;
const EARTH_DIAMETER_KM = 2 * 6371.0088;
/** Kept off the nearest distance so that rounding in the candidate's own haversine cannot put it nearer (1 m). */
const MARGIN_KM = 1e-3;

/**
 * The most the distance signal (exp(−km / scale)) can be for any candidate in `box`: its nearest point
 * to the source. For each latitude, nearer in longitude is nearer, so that point lies on the box's
 * nearest meridian (or the source's own when it is within the box's longitudes), where the nearest
 * latitude has a closed form. Far in longitude (over 90°) only the latitude gap is used, which bounds
 * any pair. 1 when the source has no position (conservative), 0 for a box with no position in it.
 */
export function boxDistanceBound(g: TwinGraph, source: number, box: Box, scaleKm: number): number {
  if (box.minLat > box.maxLat) return 0;
  const lat = g.lat[source]!;
  const lon = g.lon[source]!;
  if (Number.isNaN(lat) || Number.isNaN(lon)) return 1;
  let dLon = lon >= box.minLon && lon <= box.maxLon ? 0 : Math.min(lonGap(lon, box.minLon), lonGap(lon, box.maxLon));
  if (box.maxLon - box.minLon >= 180 || dLon > 90) dLon = 0;
  // The latitude nearest the source on that meridian: tan φ = tan φs / cos Δλ, clamped to the box.
  const foot = dLon === 0 ? lat : Math.atan2(Math.sin(lat * RAD), Math.cos(lat * RAD) * Math.cos(dLon * RAD)) / RAD;
  const near = Math.min(box.maxLat, Math.max(box.minLat, foot));
  const sLat = Math.sin(((near - lat) * RAD) / 2);
  const sLon = Math.sin((dLon * RAD) / 2);
  const h = sLat * sLat + Math.cos(lat * RAD) * Math.cos(near * RAD) * sLon * sLon;
  const km = EARTH_DIAMETER_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.exp(-Math.max(0, km - MARGIN_KM) / scaleKm);
}

/** Angle between two longitudes, 0..180. */
function lonGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}
