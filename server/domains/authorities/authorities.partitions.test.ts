import { describe, expect, it } from 'vitest';
import type { AuthoritySearchQuery, AuthoritySummary } from '../../../shared/authorities';
import { seededRandom } from '../../platform/random';
import { FilterColumns } from './authorities.filter';
import { DirectoryIndex } from './authorities.index';
import { Partitions } from './authorities.partitions';

const COUNTRIES = ['DE', 'FR', 'TR', 'GR', 'BG'] as const;

/** A seeded directory with the awkward cases: unknown populations and coordinates, ties, points near cell edges. */
function directory(n: number, seed: number): AuthoritySummary[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const located = r() > 0.1;
    const pop = r();
    return {
      code: `X_${i}`,
      name: `Place ${Math.floor(r() * n)}`,
      nameLatin: null,
      country: COUNTRIES[Math.floor(r() * COUNTRIES.length)]!,
      type: 'municipality',
      population: pop < 0.1 ? null : pop < 0.2 ? 5000 : Math.floor(10 ** (2 + 5 * r())),
      lat: located ? 35 + 20 * r() : null,
      lon: located ? -5 + 40 * r() : null,
      region: null,
      regionName: null,
    };
  });
}

function randomQuery(r: () => number): AuthoritySearchQuery {
  const q: AuthoritySearchQuery = { limit: 20, offset: 0 };
  if (r() < 0.5) q.country = r() < 0.9 ? COUNTRIES[Math.floor(r() * COUNTRIES.length)]! : 'NL';
  if (r() < 0.5) {
    const a = r() < 0.2 ? 5000 : Math.floor(10 ** (2 + 5 * r()));
    const b = r() < 0.2 ? 5000 : Math.floor(10 ** (2 + 5 * r()));
    if (r() < 0.7) q.minPopulation = Math.min(a, b);
    if (r() < 0.7) q.maxPopulation = Math.max(a, b);
  }
  if (r() < 0.4) {
    q.near = [34 + 22 * r(), -6 + 42 * r()];
    if (r() < 0.8) q.radiusKm = 1 + 800 * r() ** 2;
  }
  return q;
}

describe('Partitions.candidates', () => {
  const rows = directory(4000, 7);
  const byPopulation = Int32Array.from(rows.keys()).sort((a, b) => (rows[b]!.population ?? -1) - (rows[a]!.population ?? -1) || a - b);
  const columns = FilterColumns.of(rows);
  const partitions = Partitions.build(byPopulation, columns.facts);
  const position = new Int32Array(rows.length);
  byPopulation.forEach((id, k) => (position[id] = k));

  it('holds every row the filters accept, in population order, for 600 seeded queries', () => {
    const r = seededRandom(11);
    let narrowed = 0;
    for (let t = 0; t < 600; t++) {
      const query = randomQuery(r);
      const accept = columns.predicate(query);
      const accepted = rows.map((_, i) => i).filter((i) => accept(i));
      const slice = partitions.candidates(query);
      if (slice === null) continue;
      narrowed++;
      const inSlice = new Uint8Array(rows.length);
      for (const i of slice) inSlice[i] = 1;
      expect(accepted.filter((i) => !inSlice[i]), JSON.stringify(query)).toEqual([]);
      let unordered = 0;
      for (let k = 1; k < slice.length; k++) if (position[slice[k]!]! <= position[slice[k - 1]!]!) unordered++;
      expect(unordered, JSON.stringify(query)).toBe(0);
    }
    expect(narrowed).toBeGreaterThan(300); // the property was tested on narrowed slices, not only on "read everything"
  });

  it('reads a country, a population run and the cells around a point, not the directory', () => {
    const de = partitions.candidates({ limit: 20, offset: 0, country: 'DE' })!;
    expect(de.length).toBe(rows.filter((a) => a.country === 'DE').length);
    const run = partitions.candidates({ limit: 20, offset: 0, minPopulation: 5000, maxPopulation: 5000 })!;
    expect(run.length).toBe(rows.filter((a) => a.population === 5000).length);
    const around = partitions.candidates({ limit: 20, offset: 0, near: [45.5, 10.5], radiusKm: 20 })!;
    expect(around.length).toBeLessThan(rows.length / 50);
    expect(partitions.candidates({ limit: 20, offset: 0, country: 'NL' })).toEqual(new Int32Array(0));
    expect(partitions.candidates({ limit: 20, offset: 0, near: [45, 10] })).toBeNull(); // no radius: everything
  });
});

describe('DirectoryIndex.search through partitions', () => {
  const rows = directory(3000, 3);
  const index = new DirectoryIndex(rows);
  const everything = (sort: AuthoritySearchQuery['sort']) => index.search({ limit: 100, offset: 0, sort }).total;

  it('gives the full listing filtered, in each order, with its total', () => {
    const r = seededRandom(5);
    for (let t = 0; t < 60; t++) {
      const sort = (['name', '-population', 'population'] as const)[t % 3];
      const query = { ...randomQuery(r), near: undefined, radiusKm: undefined, sort, limit: 100 };
      const min = query.minPopulation ?? -Infinity;
      const max = query.maxPopulation ?? Infinity;
      const keep = (a: AuthoritySummary) => (!query.country || a.country === query.country) && (query.minPopulation === undefined && query.maxPopulation === undefined ? true : a.population !== null && a.population >= min && a.population <= max);
      // The unfiltered listing reads the whole order, so it is the reference for the narrowed one.
      const listing = index.search({ limit: 100, offset: 0, sort }).total;
      expect(listing).toBe(everything(sort));
      const all: AuthoritySummary[] = [];
      for (let offset = 0; offset < listing; offset += 100) all.push(...index.search({ limit: 100, offset, sort }).items);
      const expected = all.filter(keep);
      const got = index.search(query);
      expect(got.total).toBe(expected.length);
      expect(got.items.map((a) => a.code)).toEqual(expected.slice(0, 100).map((a) => a.code));
    }
  });

  it('orders a radius search by distance, with distances', () => {
    const near: [number, number] = [45, 12];
    const got = index.search({ limit: 100, offset: 0, near, radiusKm: 150 });
    expect(got.total).toBeGreaterThan(0);
    const d = got.items.map((a) => a.distanceKm!);
    expect(d.every((x) => x <= 150)).toBe(true);
    expect(d).toEqual([...d].sort((a, b) => a - b));
  });
});
