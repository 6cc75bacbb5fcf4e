import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { Box } from './mapView';

/** The area the map shows at first: the Azores to eastern Turkey, Cyprus to the North Cape. */
export const EXTENT = { lon0: -25, lon1: 45, lat0: 34, lat1: 71 } as const;
export const WORLD_SIZE = 1000;

// ISO 3166-1 numeric ids in world-atlas: Turkey and the EU-27 get their own fills.
const TURKEY = '792';
const EU = new Set([
  '040', '056', '100', '196', '203', '276', '208', '233', '724', '246', '250', '300', '191', '348', '372', '380',
  '440', '442', '428', '470', '528', '616', '620', '642', '752', '705', '703',
]);

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
function makeProjection(): GeoProjection {
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

let basemap: Promise<CountryShape[]> | null = null;

/** Country outlines as SVG path data in world coordinates, loaded once (world-atlas 1:50m). */
export function loadBasemap(): Promise<CountryShape[]> {
  basemap ??= fetch(atlasUrl)
    .then((res) => res.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topo) => {
      const world = WORLD_SIZE;
      const clipped = makeProjection().clipExtent([[-world, -world], [2 * world, 2 * world]]);
      const path = geoPath(clipped);
      const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry>;
      const shapes: CountryShape[] = [];
      for (const f of fc.features) {
        const d = path(f);
        if (!d) continue;
        const id = String(f.id ?? '');
        shapes.push({ id, d, kind: id === TURKEY ? 'tr' : EU.has(id) ? 'eu' : 'other' });
      }
      return shapes;
    })
    .catch((err: unknown) => {
      basemap = null;
      throw err;
    });
  return basemap;
}
