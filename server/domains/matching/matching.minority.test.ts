import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../platform/config';
import { type EuArea, minorityFacts, type MinorityFigure, shareValue } from './matching.minority';
import { readMinorityFigures, readThraceFlags } from './matching.minority.data';

const dataDir = path.join(PROJECT_DIR, 'data');
const figure = (areaCode: string, value: number, unit: MinorityFigure['unit'], year = 2021): MinorityFigure => ({ areaCode, areaEn: areaCode, areaTr: areaCode, figure: value, unit, year, publisher: 'test' });

describe('minority and diaspora figures', () => {
  it('turn a share into 0..1, saturating: a majority is not much more than a large minority', () => {
    expect(shareValue(0)).toBe(0);
    expect(shareValue(3)).toBeCloseTo(0.26, 2);
    expect(shareValue(12)).toBeCloseTo(0.7, 2);
    expect(shareValue(59)).toBeGreaterThan(0.99);
  });

  it('tie the real figures to EU authorities: a province’s census share to its municipalities, a city’s count to the city', () => {
    const eu: EuArea[] = [
      { code: 'BG_KRZ16', region: 'BG425', population: 68_727 }, // Kardzhali
      { code: 'DE_05315000', region: 'DEA23', population: 1_083_498 }, // Köln
      { code: 'DE_05112000', region: 'DEA12', population: 498_686 }, // Duisburg
      { code: 'EL_01010101', region: 'EL513', population: 54_272 }, // Komotini
      { code: 'FR_75056', region: 'FR101', population: 2_175_601 }, // Paris: no figure
      { code: 'AT_80301', region: 'AT342', population: 49_872 }, // Dornbirn: Vorarlberg's share (NUTS-2)
      { code: 'FR_68224', region: 'FRF12', population: 109_443 }, // Mulhouse: the Haut-Rhin's census count
      { code: 'FR_68066', region: 'FRF12', population: 69_105 }, // Colmar
      { code: 'NL_GM0606', region: 'NL33C', population: 78_739 }, // Schiedam: its own share
      { code: 'BE_44021', region: 'BE234', population: 264_143 }, // Ghent: its register's count
    ];
    const facts = minorityFacts(eu, readMinorityFigures(dataDir), readThraceFlags(dataDir));
    expect(facts.get('BG_KRZ16')).toMatchObject({ kind: 'share', figure: 59, year: 2021, areaEn: 'Kardzhali province' });
    expect(facts.get('BG_KRZ16')!.value).toBeCloseTo(shareValue(59), 9);
    expect(facts.get('DE_05315000')).toMatchObject({ kind: 'count', figure: 52_260, year: 2022 });
    expect(facts.get('DE_05315000')!.value).toBeCloseTo(shareValue((100 * 52_260) / 1_083_498), 9);
    expect(facts.get('EL_01010101')).toMatchObject({ kind: 'flag', flag: 'core', year: null, value: 0.5 });
    expect(facts.has('FR_75056')).toBe(false);
    expect(facts.get('AT_80301')).toMatchObject({ kind: 'background', figure: 7.86, year: 2010, areaEn: 'Vorarlberg' });
    expect(facts.get('FR_68224')).toMatchObject({ kind: 'born', figure: 11_047, year: 2017, areaEn: 'Haut-Rhin' });
    expect(facts.get('NL_GM0606')).toMatchObject({ kind: 'background', figure: 10.1, areaEn: 'Schiedam' });
    expect(facts.get('BE_44021')).toMatchObject({ kind: 'count', figure: 4_080, year: 2017 });
    // A count is shared over the département's people as the directory gives them (here its two LAUs).
    expect(facts.get('FR_68224')!.value).toBeCloseTo(shareValue((100 * 11_047) / (109_443 + 69_105)), 9);
  });

  it('prefer the LAU’s own figure to its region’s, count a region’s people over its LAUs, and give regions none', () => {
    const eu: EuArea[] = [
      { code: 'XX_1', region: 'XX11', population: 9_000 },
      { code: 'XX_2', region: 'XX11', population: 1_000 },
      { code: 'XX_3', region: 'XX12', population: 5_000 },
      { code: 'XX-REG-1', region: 'XX11', population: 10_000 },
    ];
    const facts = minorityFacts(eu, [figure('XX11', 1_000, 'count'), figure('XX_2', 40, 'share_pct'), figure('XX12', 0, 'share_pct')], []);
    expect(facts.get('XX_1')!.value).toBeCloseTo(shareValue(10), 9); // 1,000 of the region's 10,000 people
    expect(facts.get('XX_2')!.value).toBeCloseTo(shareValue(40), 9);
    expect(facts.get('XX_3')!.value).toBe(0);
    expect(facts.has('XX-REG-1')).toBe(false);
  });

  it('give a NUTS-3 region’s own figure before its NUTS-2 region’s, and count a NUTS-2 region’s people over all its LAUs', () => {
    const eu: EuArea[] = [
      { code: 'XX_1', region: 'XX341', population: 3_000 },
      { code: 'XX_2', region: 'XX342', population: 1_000 },
      { code: 'XX_3', region: 'XX351', population: 5_000 },
    ];
    const facts = minorityFacts(eu, [figure('XX34', 400, 'count'), figure('XX342', 2, 'share_pct')], []);
    expect(facts.get('XX_1')).toMatchObject({ kind: 'count', figure: 400 });
    expect(facts.get('XX_1')!.value).toBeCloseTo(shareValue(10), 9); // 400 of the state's 4,000 people
    expect(facts.get('XX_2')!.value).toBeCloseTo(shareValue(2), 9);
    expect(facts.has('XX_3')).toBe(false);
  });

  it('ship only figures with a number, a unit, a year and a source', () => {
    const rows = readMinorityFigures(dataDir);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const r of rows) expect([r.areaCode, r.figure > 0, r.year >= 2000, r.publisher.length > 3]).toEqual([r.areaCode, true, true, true]);
  });
});
