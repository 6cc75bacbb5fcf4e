import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountryShape } from '../web/src/components/map/mapGeometry';
import { BASEMAP_FILE, basemapJson } from './basemap';

describe('the map’s prebuilt country outlines', () => {
  it('are what the projection makes of the atlas now (run npm run build:basemap after changing either)', () => {
    expect(fs.readFileSync(BASEMAP_FILE, 'utf8')).toBe(basemapJson());
  });

  it('hold Turkey and every EU member, as closed path data inside the clipped area', () => {
    const shapes = JSON.parse(fs.readFileSync(BASEMAP_FILE, 'utf8')) as CountryShape[];
    expect(shapes.filter((s) => s.kind === 'tr').map((s) => s.id)).toEqual(['792']);
    expect(shapes.filter((s) => s.kind === 'eu')).toHaveLength(27);
    for (const s of shapes) expect(s.d).toMatch(/^M-?[\d.]+,-?[\d.]+(l-?[\d.]+,?-?[\d.]+|z|M-?[\d.]+,-?[\d.]+)*z$/);
  });
});
