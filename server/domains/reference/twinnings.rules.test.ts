import { describe, expect, it } from 'vitest';
import type { AuthoritySummary, AuthorityType } from '../../../shared/authorities';
import { searchKeys } from '../authorities/authorities.rules';
import { countryCode } from './countries.rules';
import { mergeTwinnings } from './twinnings.merge';
import { AuthorityMatcher, devPairs, type RawPair, wikipediaPairs } from './twinnings.rules';

const a = (code: string, name: string, country: string, lat: number, lon: number, population = 1000, nameLatin: string | null = null): AuthoritySummary =>
  ({ code, name, nameLatin, country, type: 'municipality', population, lat, lon, region: null, regionName: null });

const matcher = new AuthorityMatcher([
  a('DE_05315000', 'Köln, Stadt', 'DE', 50.944, 6.961, 1_087_863),
  a('AT_90001', 'Wien', 'AT', 48.208, 16.373, 1_911_191),
  a('DE_1', 'Neustadt', 'DE', 49.35, 8.14, 53_000),
  a('DE_2', 'Neustadt', 'DE', 54.1, 10.8, 15_000),
  a('TR-BSB-34', 'İstanbul Büyükşehir Belediyesi', 'TR', 41.006, 28.976, 15_754_053),
  a('EL_07010100', 'Ψευδοδημοτική Κοινότητα Θεσσαλονίκης', 'GR', 40.62, 22.956, 315_196, 'Thessaloníki'),
]);
const side = (name: string, country: string | null, lat: number | null = null, lon: number | null = null) => ({ name, countryName: country ?? '', country, lat, lon });

describe('countryCode', () => {
  it('reads the names the lists use', () => {
    expect(countryCode('Germany')).toBe('DE');
    expect(countryCode('Turkey')).toBe('TR');
    expect(countryCode('England, United Kingdom')).toBe('GB');
    expect(countryCode('Georgia (country)')).toBe('GE');
    expect(countryCode('Republic of Ireland')).toBe('IE');
    expect(countryCode('Northern Cyprus')).toBeNull();
    expect(countryCode('Austria-Hungary')).toBeNull();
  });
});

describe('AuthorityMatcher', () => {
  it('matches a unique folded name', () => {
    expect(matcher.match(side('Istanbul', 'TR'))).toEqual({ code: 'TR-BSB-34', method: 'name_unique' });
    expect(matcher.match(side('Thessaloniki', 'GR'))).toEqual({ code: 'EL_07010100', method: 'name_unique' });
  });
  it('takes the nearest of several same-named authorities', () => {
    expect(matcher.match(side('Neustadt', 'DE', 54.0, 10.7))).toEqual({ code: 'DE_2', method: 'name_nearest' });
  });
  it('falls back to the nearest centre within 5 km for an exonym', () => {
    expect(matcher.match(side('Cologne', 'DE', 50.9364, 6.9528))).toEqual({ code: 'DE_05315000', method: 'nearest_5km' });
    expect(matcher.match(side('Cologne', 'DE', 51.5, 7.5))).toBeNull();
  });
  it('keeps sides outside the directory external', () => {
    expect(matcher.match(side('Barcelona', 'ES', 41.38, 2.18))).toBeNull();
    expect(matcher.match(side('Bethlehem', 'PS', 31.7, 35.2))).toBeNull();
  });
});

describe('AuthorityMatcher with governorates, district governorates and regions', () => {
  const kind = (code: string, name: string, type: AuthorityType, country: string, lat: number, lon: number, regionName: string): AuthoritySummary =>
    ({ code, name, nameLatin: null, country, type, population: 1000, lat, lon, region: null, regionName });
  const withKinds = new AuthorityMatcher([
    a('TR-BSB-01', 'Adana Büyükşehir Belediyesi', 'TR', 36.986, 35.325, 2_283_609),
    kind('TR-VAL-01', 'Adana Valiliği', 'governorate', 'TR', 36.986, 35.325, 'Adana'),
    kind('TR-KAY-01-SEYHAN', 'Seyhan Kaymakamlığı', 'district_governorate', 'TR', 36.99, 35.33, 'Adana'),
    a('TR-M-1', 'Seyhan', 'TR', 36.99, 35.33),
    a('AT_50101', 'Salzburg', 'AT', 47.8, 13.04, 155_000),
    kind('AT-REG-05', 'Salzburg', 'region', 'AT', 47.5, 13.1, 'Salzburg'),
    kind('RO-REG-25', 'Maramureș', 'region', 'RO', 47.6, 23.9, 'Maramureș'),
  ]);

  it('ties a town to its municipality, never to the governorate, district governorate or region of the same name or place', () => {
    expect(withKinds.match(side('Adana', 'TR', 36.98, 35.32))).toEqual({ code: 'TR-BSB-01', method: 'name_unique' });
    expect(withKinds.match(side('Salzburg', 'AT', 47.8, 13.04))).toEqual({ code: 'AT_50101', method: 'name_unique' });
    expect(withKinds.match(side('Seyhan', 'TR'))).toEqual({ code: 'TR-M-1', method: 'name_unique' });
    expect(withKinds.match(side('Yüreğir Mahallesi', 'TR', 36.9901, 35.3301))).toEqual({ code: 'TR-M-1', method: 'nearest_5km' });
  });

  it('ties a side naming a province to its governorate and one naming a region to the region', () => {
    expect(withKinds.match(side('Adana Province', 'TR'))).toEqual({ code: 'TR-VAL-01', method: 'name_region' });
    expect(withKinds.match(side('Maramureș County', 'RO', 47.6, 23.9))).toEqual({ code: 'RO-REG-25', method: 'name_region' });
    expect(withKinds.match(side('Maramureș County', 'HU'))).toBeNull();
    expect(withKinds.match(side('Maramureș', 'RO'))).toEqual({ code: 'RO-REG-25', method: 'name_region' });
  });

  it('ties a bare name that is also a region to the town at its point first, as lists mean towns', () => {
    const vienna = new AuthorityMatcher([a('AT_90001', 'Wien', 'AT', 48.208, 16.373), { ...a('AT-REG-09', 'Vienna', 'AT', 48.2, 16.37), type: 'region' }]);
    expect(vienna.match(side('Vienna', 'AT', 48.21, 16.37))).toEqual({ code: 'AT_90001', method: 'nearest_5km' });
    expect(vienna.match(side('Vienna', 'AT'))).toEqual({ code: 'AT-REG-09', method: 'name_region' });
  });
});

describe('mergeTwinnings', () => {
  it('merges A→B and B→A from several lists into one twinning with all sources', () => {
    const pairs: RawPair[] = [
      ...wikipediaPairs([{ city1: 'Cologne', country1: 'Germany', lat1: '50.9364', lng1: '6.9528', city2: 'Istanbul', country2: 'Turkey', lat2: '41.01', lng2: '28.96' }]),
      { a: side('Istanbul', 'TR'), b: side('Köln', 'DE'), source: 'wikidata' },
      { a: side('Köln', 'DE'), b: side('Barcelona', 'ES'), source: 'wikidata' },
    ];
    const rows = mergeTwinnings(pairs, matcher);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ aCode: 'DE_05315000', bCode: 'TR-BSB-34', source: 'wikidata', sources: ['wikipedia', 'wikidata'] });
    expect(rows[1]).toMatchObject({ aCode: 'DE_05315000', bCode: null, bName: 'Barcelona', bCountry: 'ES' });
  });
  it('keeps Northern Cyprus sides of the dev pairs external', () => {
    const [p] = devPairs([{ tr_name: 'Istanbul', tr_authority_id: 'TR-BSB-34', eu_name: 'Nicosia', eu_country_iso2: 'CY', eu_gisco_id: 'CY_1000', flag: 'cyprus_trnc_side_exclude_from_eu_eval' }]);
    expect(p!.b).toMatchObject({ code: null, country: null, countryName: 'Northern Cyprus' });
    expect(matcher.match(p!.a)).toEqual({ code: 'TR-BSB-34', method: 'code' });
  });
});

describe('AuthorityMatcher given the directory\'s stored search keys', () => {
  const all = [
    a('DE_05315000', 'Köln, Stadt', 'DE', 50.944, 6.961, 1_087_863),
    a('DE_1', 'Neustadt', 'DE', 49.35, 8.14, 53_000),
    a('EL_07010100', 'Ψευδοδημοτική Κοινότητα Θεσσαλονίκης', 'GR', 40.62, 22.956, 315_196, 'Thessaloníki'),
  ];
  const stored = all.map((x) => searchKeys(x.name, x.nameLatin, x.code));
  const withStored = new AuthorityMatcher(all, (i) => stored[i]!);

  it('matches by the same name forms as without them', () => {
    expect(withStored.match(side('Köln', 'DE'))).toEqual({ code: 'DE_05315000', method: 'name_unique' });
    expect(withStored.match(side('Neustadt', 'DE'))).toEqual({ code: 'DE_1', method: 'name_unique' });
    expect(withStored.match(side('Thessaloniki', 'GR'))).toEqual({ code: 'EL_07010100', method: 'name_unique' });
  });
  it('does not match by the exonyms the stored keys hold, as without them', () => {
    expect(stored[2]!.split('|')).toContain('selanik');
    expect(matcher.match(side('Selanik', 'GR'))).toBeNull();
    expect(withStored.match(side('Selanik', 'GR'))).toBeNull();
  });
});
