// npm run build:basemap — the map's country outlines, projected once: world-atlas's 1:50m countries
// through the map's own projection (web/src/components/map/mapGeometry.ts), clipped around the map's
// extent, as SVG path data with one decimal in world units (a tenth of a unit is finer than the atlas).
// Writes web/src/components/map/basemap.json, which the web app fetches as it is: a phone then only
// draws the land instead of projecting the world's 1:50m coastlines (a third of the registry page's
// first render). basemap.test.ts checks that the file is what this makes.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { geoPath, type GeoContext } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PROJECT_DIR } from '../server/platform/config';
import { EXTENT_BOX, makeProjection, type CountryShape } from '../web/src/components/map/mapGeometry';

export const BASEMAP_FILE = path.join(PROJECT_DIR, 'web/src/components/map/basemap.json');
const ATLAS_FILE = path.join(PROJECT_DIR, 'node_modules/world-atlas/countries-50m.json');

// ISO 3166-1 numeric ids in world-atlas: Turkey and the EU-27 get their own fills.
const TURKEY = '792';
const EU = new Set([
  '040', '056', '100', '196', '203', '276', '208', '233', '724', '246', '250', '300', '191', '348', '372', '380',
  '440', '442', '428', '470', '528', '616', '620', '642', '752', '705', '703',
]);

/** Points closer than this (world units) to the last one drawn are left out: specks of the atlas's own resolution. */
const MIN_STEP = 0.1;

/**
 * SVG path data from d3's path stream in tenths of a world unit (a tenth is finer than the atlas's
 * points, which lie at least two apart): an absolute start per ring, then relative steps, short numbers.
 */
class PathData implements GeoContext {
  private parts: string[] = [];
  private at: [number, number] = [0, 0]; // the last point written, in tenths
  private ringStart = 0;
  moveTo(x: number, y: number): void {
    this.ringStart = this.parts.length;
    this.at = [tenths(x), tenths(y)];
    this.parts.push(`M${this.at[0] / 10},${this.at[1] / 10}`);
  }
  lineTo(x: number, y: number): void {
    const [tx, ty] = [tenths(x), tenths(y)];
    const [dx, dy] = [tx - this.at[0], ty - this.at[1]];
    if (Math.hypot(dx, dy) < MIN_STEP * 10) return;
    this.parts.push(`l${dx / 10}${dy < 0 ? '' : ','}${dy / 10}`);
    this.at = [tx, ty];
  }
  closePath(): void {
    // A ring left with fewer than three points is a speck at this precision: drop it.
    if (this.parts.length - this.ringStart < 3) this.parts.length = this.ringStart;
    else this.parts.push('z');
  }
  beginPath(): void {}
  arc(): void {}
  take(): string {
    const d = this.parts.join('');
    this.parts = [];
    return d;
  }
}
const tenths = (v: number) => Math.round(v * 10);

/** Every country with land near the map's extent, as path data in world coordinates. */
export function basemapShapes(topo: Topology<{ countries: GeometryCollection }>): CountryShape[] {
  // Clipped to the extent with half its size around it: the farthest the map zooms out shows 1/0.6 of it.
  const { x0, y0, x1, y1 } = EXTENT_BOX;
  const [mx, my] = [(x1 - x0) / 2, (y1 - y0) / 2];
  const data = new PathData();
  const path = geoPath(makeProjection().clipExtent([[x0 - mx, y0 - my], [x1 + mx, y1 + my]]), data);
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry>;
  const shapes: CountryShape[] = [];
  for (const f of countries.features) {
    path(f);
    const d = data.take();
    if (!d) continue;
    const id = String(f.id ?? '');
    shapes.push({ id, d, kind: id === TURKEY ? 'tr' : EU.has(id) ? 'eu' : 'other' });
  }
  return shapes;
}

/** The file's text: one country per line, so a change of the atlas or the projection reads as a diff. */
export function basemapJson(): string {
  const topo = JSON.parse(fs.readFileSync(ATLAS_FILE, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  return `[\n${basemapShapes(topo).map((s) => JSON.stringify(s)).join(',\n')}\n]\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = basemapJson();
  fs.writeFileSync(BASEMAP_FILE, text);
  console.log(`wrote ${path.relative(PROJECT_DIR, BASEMAP_FILE)}: ${(text.length / 1024).toFixed(0)} KB`);
}
