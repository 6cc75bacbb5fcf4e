import type { MapPoints } from '../../api/authorities';
import { MAP_COLORS } from '../../theme';
import type { PointLayer } from './drawPoints';
import { projectCoords } from './mapGeometry';

/** Colour of a point: Turkey red, EU blue. */
export const POINT_COLORS = [MAP_COLORS.eu, MAP_COLORS.tr] as const;

/** Turn the API's map points into a drawable layer (projects every point once). */
export function layerFromPoints(points: MapPoints): PointLayer {
  const trIndex = points.countries.indexOf('TR');
  const colorIndex = new Uint8Array(points.codes.length);
  points.country.forEach((c, i) => {
    colorIndex[i] = c === trIndex ? 1 : 0;
  });
  // Turkey's 1.4k points sit next to 95k EU ones: one pixel more keeps them as visible.
  return { xy: projectCoords(points.coords), colorIndex, colors: POINT_COLORS, mask: null, boost: [0, 1] };
}

/** A layer of one point (a profile's authority). */
export function singlePointLayer(lat: number, lon: number, isTurkish: boolean): PointLayer {
  return {
    xy: projectCoords([lat, lon]),
    colorIndex: Uint8Array.of(isTurkish ? 1 : 0),
    colors: POINT_COLORS,
    mask: null,
  };
}

/** The layer with only the points of one country shown (null = all). */
export function withCountry(layer: PointLayer, points: MapPoints, country: string | null): PointLayer {
  if (!country) return { ...layer, mask: null };
  const ci = points.countries.indexOf(country);
  const mask = new Uint8Array(points.codes.length);
  points.country.forEach((c, i) => {
    mask[i] = c === ci ? 1 : 0;
  });
  return { ...layer, mask };
}
