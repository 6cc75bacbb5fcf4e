import { describe, expect, it } from 'vitest';
import type { AuthoritySummary } from '../../../shared/authorities';
import { DirectoryIndex } from './authorities.index';
import { coreName, searchKeys } from './authorities.rules';

function row(code: string, name: string, extra: Partial<AuthoritySummary> = {}): AuthoritySummary {
  return { code, name, nameLatin: null, country: 'DE', type: 'municipality', population: 1000, lat: null, lon: null, region: null, regionName: null, ...extra };
}

const rows = [
  row('DE_1', 'Köln, Stadt', { population: 1_087_863, lat: 50.94, lon: 6.96, region: 'DEA23' }),
  row('DE_2', 'Kolnhausen', { population: 500 }),
  row('DE_3', 'Bad Köln', { population: 2000 }),
  row('TR-BSB-34', 'İstanbul Büyükşehir Belediyesi', { country: 'TR', type: 'metropolitan_municipality', population: 15_754_053, region: 'TR-34', regionName: 'İstanbul' }),
  row('TR-M-1', 'Çanakkale', { country: 'TR', type: 'province_center', population: 200_000, region: 'TR-17', regionName: 'Çanakkale' }),
  row('EL_1', 'Ψευδοδημοτική Κοινότητα Θεσσαλονίκης', { country: 'GR', nameLatin: 'Thessaloníki', population: 315_196, lat: 40.62, lon: 22.96 }),
  row('DE_4', 'München, Landeshauptstadt', { population: 1_484_226, lat: 48.14, lon: 11.56, region: 'DE212' }),
];
const index = new DirectoryIndex(rows);
const codes = (q: Parameters<DirectoryIndex['search']>[0]) => index.search(q).items.map((a) => a.code);
const base = { limit: 20, offset: 0 };

describe('coreName and searchKeys', () => {
  it('strip the legal form and fold', () => {
    expect(coreName('Köln, Stadt')).toBe('koln');
    expect(coreName('İstanbul Büyükşehir Belediyesi')).toBe('istanbul');
    expect(coreName('Ψευδοδημοτική Κοινότητα Θεσσαλονίκης')).toBe('thessalonikis');
    expect(searchKeys('Ψευδοδημοτική Κοινότητα Θεσσαλονίκης', 'Thessaloníki').split('|')).toContain('thessaloniki');
  });
});

describe('DirectoryIndex.search', () => {
  it('ranks exact, then prefix, then word prefix, each by population', () => {
    expect(codes({ ...base, q: 'koln' })).toEqual(['DE_1', 'DE_2', 'DE_3']);
  });
  it('folds Turkish and German letters and finds typos', () => {
    expect(codes({ ...base, q: 'canakkale' })[0]).toBe('TR-M-1');
    expect(codes({ ...base, q: 'ISTANBUL' })[0]).toBe('TR-BSB-34');
    expect(codes({ ...base, q: 'istambul' })[0]).toBe('TR-BSB-34');
    expect(codes({ ...base, q: 'munchen' })[0]).toBe('DE_4');
  });
  it('finds Greek names through the Latin name', () => {
    expect(codes({ ...base, q: 'thessaloniki' })).toEqual(['EL_1']);
  });
  it('matches only word starts for one or two letters', () => {
    expect(codes({ ...base, q: 'mu' })).toEqual(['DE_4']);
    expect(codes({ ...base, q: 'ln' })).toEqual([]);
  });
  it('applies filters and counts the total before paging', () => {
    expect(index.search({ ...base, country: 'TR' }).total).toBe(2);
    expect(codes({ ...base, region: 'istanbul' })).toEqual(['TR-BSB-34']);
    expect(codes({ ...base, region: 'DE2' })).toEqual(['DE_4']);
    expect(codes({ ...base, minPopulation: 1_000_000, maxPopulation: 2_000_000 })).toEqual(['DE_4', 'DE_1']);
    const page = index.search({ q: 'koln', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ code: 'DE_2' }] });
  });
  it('sorts by name, population and distance', () => {
    expect(codes({ ...base, country: 'DE', sort: 'name' })).toEqual(['DE_3', 'DE_1', 'DE_2', 'DE_4']);
    expect(codes({ ...base, country: 'DE', sort: 'population' })[0]).toBe('DE_2');
    const near = index.search({ ...base, near: [48.1, 11.5], radiusKm: 600, sort: 'distance' });
    expect(near.items.map((a) => a.code)).toEqual(['DE_4', 'DE_1']);
    expect(near.items[0]!.distanceKm).toBeLessThan(10);
  });
  it('reflects an upsert', () => {
    const copy = new DirectoryIndex(rows);
    copy.upsert({ ...rows[1]!, population: 5_000_000 });
    expect(copy.search({ ...base, q: 'koln' }).items.map((a) => a.code)).toEqual(['DE_1', 'DE_2', 'DE_3']);
    expect(copy.search({ ...base, country: 'DE' }).items[0]!.code).toBe('DE_2');
  });
});
