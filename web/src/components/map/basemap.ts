import basemapUrl from './basemap.json?url';
import type { CountryShape } from './mapGeometry';

let basemap: Promise<CountryShape[]> | null = null;

/**
 * Country outlines as SVG path data in world coordinates, loaded once: projected at build time
 * (basemap.json, from world-atlas 1:50m by scripts/basemap.ts), so a phone only draws them.
 */
export function loadBasemap(): Promise<CountryShape[]> {
  basemap ??= fetch(basemapUrl)
    .then((res) => res.json() as Promise<CountryShape[]>)
    .catch((err: unknown) => {
      basemap = null;
      throw err;
    });
  return basemap;
}
