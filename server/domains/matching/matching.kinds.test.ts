import { describe, expect, it } from 'vitest';
import type { AuthorityType } from '../../../shared/authorities';
import { TwinGraph } from './matching.graph';
import { partnerKinds } from './matching.kinds';
import { countCandidates, recommend } from './matching.recommend';
import { authority } from './matching.testkit';

const of = (type: AuthorityType, code: string, country: string, population: number, lat: number, lon: number, region: string) => ({ ...authority(code, country, population, lat, lon, region), type });
const g = new TwinGraph([
  authority('TR-T1', 'TR', 100_000, 41.67, 26.56, 'TR-22'),
  of('governorate', 'TR-VAL-22', 'TR', 400_000, 41.67, 26.56, 'TR-22'),
  of('district_governorate', 'TR-KAY-22-KESAN', 'TR', 80_000, 40.85, 26.63, 'TR-22'),
  authority('BG_1', 'BG', 90_000, 42.0, 26.0, 'BG341'),
  of('region', 'BG-REG-39', 'BG', 1_300_000, 42.5, 27.4, 'BG341'),
], []);
const i = (code: string) => g.index.get(code)!;
const recommended = (code: string, type?: string) => recommend(g, i(code), { k: 10, ...(type ? { filter: { type } } : {}) }).map((r) => g.codes[r.index]).sort();

describe('recommendations by kind of authority', () => {
  it('recommends towns to a town, never a region or governorate', () => {
    expect(recommended('TR-T1')).toEqual(['BG_1']);
    expect(recommended('BG_1')).toEqual(['TR-T1']);
    expect(countCandidates(g, i('TR-T1'), {})).toBe(1);
  });
  it('recommends a governorate regions as well as towns, and a region governorates as well as towns', () => {
    expect(recommended('TR-VAL-22')).toEqual(['BG-REG-39', 'BG_1']);
    expect(recommended('BG-REG-39')).toEqual(['TR-T1', 'TR-VAL-22']);
    expect(recommended('TR-KAY-22-KESAN')).toEqual(['BG_1']);
  });
  it('lets a town that asks for regions by type see them', () => {
    expect(recommended('TR-T1', 'region')).toEqual(['BG-REG-39']);
    expect(partnerKinds('town').has('region')).toBe(false);
  });
});
