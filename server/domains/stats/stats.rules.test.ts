import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorityFigures, projectFigures, startYear, twinningFigures, type ProjectRow, type TwinningRow } from './stats.rules';

// The figures must equal a recount of the same rows done another way: filters and lengths over the
// rows, instead of the rules' single pass with maps.

const country = fc.constantFrom('TR', 'DE', 'FR', 'IT', 'EL', null);
const twinningRow: fc.Arbitrary<TwinningRow> = fc.record({
  aCountry: country,
  bCountry: country,
  status: fc.constantFrom('proposed', 'active', 'dormant', 'ended', 'unknown'),
  sinceYear: fc.option(fc.integer({ min: 1950, max: 2026 }), { nil: null }),
  createdYear: fc.integer({ min: 2020, max: 2026 }),
  source: fc.constantFrom('wikipedia', 'platform'),
});

describe('twinningFigures', () => {
  it('equals a recount from the rows', () => {
    fc.assert(fc.property(fc.array(twinningRow, { maxLength: 60 }), (rows) => {
      const f = twinningFigures(rows);
      expect(f.total).toBe(rows.length);
      expect(f.active).toBe(rows.filter((r) => r.status === 'active').length);
      for (const s of new Set(rows.map((r) => r.status))) expect(f.byStatus[s]).toBe(rows.filter((r) => r.status === s).length);
      expect(Object.values(f.byStatus).reduce((a, b) => a + b, 0)).toBe(rows.length);
      for (const c of ['TR', 'DE', 'FR', 'IT', 'EL']) {
        const touching = rows.filter((r) => r.aCountry === c || r.bCountry === c).length;
        expect(f.byCountry[c] ?? 0).toBe(touching);
      }
      const dated = rows.filter((r) => r.sinceYear !== null || r.source === 'platform');
      expect(f.byYear.reduce((a, y) => a + y.count, 0)).toBe(dated.length);
      for (const { year, count } of f.byYear) expect(count).toBe(dated.filter((r) => (r.sinceYear ?? r.createdYear) === year).length);
      expect(f.byYear.map((y) => y.year)).toEqual([...f.byYear.map((y) => y.year)].sort((a, b) => a - b));
    }));
  });

  it('dates a loaded twinning by its list year only, a platform one by the year it was made', () => {
    expect(startYear({ aCountry: 'TR', bCountry: 'DE', status: 'unknown', sinceYear: null, createdYear: 2025, source: 'wikipedia' })).toBeNull();
    expect(startYear({ aCountry: 'TR', bCountry: 'DE', status: 'active', sinceYear: null, createdYear: 2025, source: 'platform' })).toBe(2025);
    expect(startYear({ aCountry: 'TR', bCountry: 'DE', status: 'active', sinceYear: 1990, createdYear: 2025, source: 'wikipedia' })).toBe(1990);
  });
});

const PLACES: Record<string, { country: string; province: string | null }> = {
  'TR-1': { country: 'TR', province: 'Ankara' },
  'TR-2': { country: 'TR', province: 'Ankara' },
  'TR-3': { country: 'TR', province: 'İzmir' },
  'TR-4': { country: 'TR', province: null },
  DE_1: { country: 'DE', province: null },
  FR_1: { country: 'FR', province: null },
};
const projectRow: fc.Arbitrary<ProjectRow> = fc.record({
  grantCents: fc.integer({ min: 0, max: 30_000_000 }),
  codes: fc.array(fc.constantFrom(...Object.keys(PLACES), 'GONE-1'), { minLength: 1, maxLength: 4 }),
});

describe('projectFigures', () => {
  it('equals a recount: count, money, distinct provinces and countries reached', () => {
    fc.assert(fc.property(fc.array(projectRow, { maxLength: 30 }), (rows) => {
      const f = projectFigures(rows, (code) => PLACES[code]);
      const codes = rows.flatMap((r) => r.codes).filter((c) => c in PLACES);
      expect(f.count).toBe(rows.length);
      expect(f.grantedCents).toBe(rows.reduce((s, r) => s + r.grantCents, 0));
      expect(f.countries).toBe(new Set(codes.map((c) => PLACES[c]!.country)).size);
      expect(f.provinces).toBe(new Set(codes.map((c) => PLACES[c]!.province).filter((p) => p !== null)).size);
    }));
  });

  it('counts a province once however many projects reach it', () => {
    const f = projectFigures([{ grantCents: 100, codes: ['TR-1', 'DE_1'] }, { grantCents: 250, codes: ['TR-2', 'TR-4', 'GONE-1'] }], (c) => PLACES[c]);
    expect(f).toEqual({ count: 2, grantedCents: 350, provinces: 1, countries: 2 });
  });
});

describe('authorityFigures', () => {
  it('equals a recount per kind and side', () => {
    const row = fc.record({ country: fc.constantFrom('TR', 'DE', 'FR'), type: fc.constantFrom('town', 'municipality', 'governorate', 'region') });
    fc.assert(fc.property(fc.array(row, { maxLength: 50 }), (rows) => {
      const f = authorityFigures(rows);
      expect(f.authorities).toBe(rows.length);
      expect(f.authoritiesBySide.tr).toBe(rows.filter((r) => r.country === 'TR').length);
      expect(f.authoritiesBySide.tr + f.authoritiesBySide.eu).toBe(rows.length);
      for (const k of new Set(rows.map((r) => r.type))) expect(f.authoritiesByKind[k]).toBe(rows.filter((r) => r.type === k).length);
    }));
  });
});
