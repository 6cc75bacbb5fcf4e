import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthoritySearchQuery } from '../../../shared/authorities';
import { seededRandom } from '../../platform/random';
import { DirectoryIndex, type IndexRow } from './authorities.index';
import { bandOf } from './authorities.keyranges';
import { rankByLookup } from './authorities.lookup';
import { MIN_SIMILARITY } from './authorities.names.view';
import { rankByScan } from './authorities.scan';

// A directory of 40,000 entries (three population bands) where most names share the same trigrams
// ("Vilosa Baro", "Villa Kemi", ...): the typo lookup's early stop and the country runs must still
// find the one authority asked for, and list exactly what the full scan lists.
const BASES = ['Vilosa', 'Vilosi', 'Vilose', 'Villa', 'Vila', 'Vilar'];
const SYLLABLES = ['ba', 'ro', 'ke', 'mi', 'tu', 'na', 'sel', 'dor', 'pan', 'gri'];
const COUNTRIES = ['ES', 'PT', 'IT', 'ES', 'PT', 'IT', 'FR', 'TR'];

function row(code: string, name: string, country: string, population: number): IndexRow {
  return { code, name, nameLatin: null, country, type: 'municipality', population, lat: null, lon: null, region: null, regionName: null };
}

function directory(): IndexRow[] {
  const random = seededRandom(20);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
  const rows = Array.from({ length: 40_000 }, (_, i) =>
    row(`X_${i}`, `${pick(BASES)} ${word()[0]!.toUpperCase()}${word()}`, pick(COUNTRIES), 100 + Math.floor(random() * 1_000_000)),
  );
  // The ones asked for: small places, so they sit in the last population band.
  rows.push(row('PT_TARGET', 'Vilatrix', 'PT', 12), row('TR_TARGET', 'Vilakoy', 'TR', 5));
  return rows;
}

describe('name lookup with population bands and country runs', () => {
  let index: DirectoryIndex;
  beforeAll(() => {
    index = new DirectoryIndex(directory());
  });
  const first = (q: string, country?: AuthoritySearchQuery['country']) => index.search({ q, country, limit: 5, offset: 0 }).items[0]?.code;

  it('puts the asked-for authorities in the last band', () => {
    const place = index.search({ limit: 100, offset: 40_000 - 58 }).items.map((a) => a.code);
    expect(place.slice(-2)).toEqual(['PT_TARGET', 'TR_TARGET']);
    expect(bandOf(40_001)).toBeGreaterThan(bandOf(0));
  });

  it('finds an exact name, with and without its country', () => {
    expect(first('Vilatrix')).toBe('PT_TARGET');
    expect(first('vilatrix', 'PT')).toBe('PT_TARGET');
    expect(first('Vilakoy', 'TR')).toBe('TR_TARGET');
    expect(first('Vilakoy', 'PT')).not.toBe('TR_TARGET');
  });

  it('finds a prefix, with and without its country', () => {
    expect(first('Vilatr')).toBe('PT_TARGET');
    expect(first('Vilak', 'TR')).toBe('TR_TARGET');
  });

  // One wrong letter: closer than the thousands of "Vila …" names (0.5 and 0.6 against their 0.4).
  it('finds a typo first, with and without its country, past thousands of look-alike names', () => {
    expect(first('Vilatrux')).toBe('PT_TARGET');
    expect(first('Vilatrux', 'PT')).toBe('PT_TARGET');
    expect(first('Vilakoi')).toBe('TR_TARGET');
    expect(first('Vilakoi', 'TR')).toBe('TR_TARGET');
  });

  it('stops reading typos early where close matches abound, and lists what the full scan lists', () => {
    const view = index.nameView();
    const all = index.all();
    const owners = new Set<number>();
    view.grams.similar('vilosu', MIN_SIMILARITY, (owner) => owners.add(owner));
    const typos = rankByLookup(view, 'vilosu', () => true, index.keyBands(undefined));
    expect(typos.length).toBeGreaterThan(0);
    expect(typos.length).toBeLessThan(owners.size); // the later bands were not read
    for (const q of ['vilosu', 'vilatrux', 'vilakoi', 'vila', 'vilar pan', 'ilos', 'vi']) {
      for (const country of [undefined, 'PT', 'TR', 'DE'] as const) {
        const accept = (i: number) => !country || all[i]!.country === country;
        expect(rankByLookup(view, q, accept, index.keyBands(country)), `${q} ${country}`).toEqual(rankByScan(view, q, accept));
      }
    }
  });

  it('finds an authority added after the build in its country', () => {
    const edited = new DirectoryIndex(directory().slice(0, 2_000));
    edited.upsert(row('TR_NEW', 'Vilanova Yeni', 'TR', 40));
    expect(edited.search({ q: 'vilanova yeni', country: 'TR', limit: 5, offset: 0 }).items[0]?.code).toBe('TR_NEW');
    expect(edited.search({ q: 'vilanova yni', country: 'TR', limit: 5, offset: 0 }).items[0]?.code).toBe('TR_NEW');
  });
});
