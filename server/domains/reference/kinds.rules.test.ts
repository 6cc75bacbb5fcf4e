import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../../shared/authorityNames';
import { PROJECT_DIR } from '../../platform/config';
import { readKinds } from './kinds.load';
import { type District, districtGovernorate, districtSlug, governorate, type Province, specialProvincialAdministration, turkishStateAuthorities, unionOf } from './kinds.rules';

const adana: Province = { plate: 1, name: 'Adana', population: 2_283_609, areaKm2: 13_844, metropolitan: true, lat: 36.98, lon: 35.32 };
const canakkale: Province = { plate: 17, name: 'Çanakkale', population: 570_499, areaKm2: 9_817, metropolitan: false, lat: 40.15, lon: 26.41 };
const district = (name: string, plate: number, population = 1000): District => ({ name, plate, population, areaKm2: 100, lat: 40, lon: 26, coordSource: 'geonames_cities1000_name' });

describe('Turkish state and provincial authorities', () => {
  it('gives every province a governorate named in Turkish and English, holding the whole province', () => {
    expect(governorate(adana)).toMatchObject({
      code: 'TR-VAL-01', name: 'Adana Valiliği', nameLatin: 'Governorship of Adana', type: 'governorate', country: 'TR',
      province: 'Adana', region: 'TR-01', regionName: 'Adana', population: 2_283_609, areaKm2: 13_844, lat: 36.98, lon: 35.32,
    });
  });

  it('keeps a special provincial administration only where there is no metropolitan municipality', () => {
    expect(specialProvincialAdministration(adana)).toBeNull();
    expect(specialProvincialAdministration(canakkale)).toMatchObject({
      code: 'TR-IOI-17', name: 'Çanakkale İl Özel İdaresi', nameLatin: 'Special Provincial Administration of Çanakkale',
      type: 'special_provincial_administration', province: 'Çanakkale', population: 570_499,
    });
  });

  it('gives each district a district governorate with a readable code, but not the central district of a non-metropolitan province', () => {
    expect(districtSlug('Gökçeada')).toBe('GOKCEADA');
    expect(districtSlug('Kahramankazan')).toBe('KAHRAMANKAZAN');
    expect(districtSlug('19 Mayıs')).toBe('19-MAYIS');
    expect(districtGovernorate(district('Gökçeada', 17, 10_721), canakkale)).toMatchObject({
      code: 'TR-KAY-17-GOKCEADA', name: 'Gökçeada Kaymakamlığı', nameLatin: 'District Governorship of Gökçeada',
      type: 'district_governorate', province: 'Çanakkale', district: 'Gökçeada', region: 'TR-17', population: 10_721,
    });
    expect(districtGovernorate(district('Merkez', 17), canakkale)).toBeNull();
    expect(districtGovernorate(district('Seyhan', 1), adana)?.code).toBe('TR-KAY-01-SEYHAN');
  });

  it('refuses a district of an unknown province rather than inventing one', () => {
    expect(() => turkishStateAuthorities([adana], [district('Biga', 17)])).toThrow('unknown province 17');
  });

  it('places a union at its seat province, without a population of its own', () => {
    const tbb = unionOf({ code: 'TR-BIR-TBB', name: 'Türkiye Belediyeler Birliği', name_en: 'Union of Municipalities of Turkey', seat_province_id: '1' }, [adana]);
    expect(tbb).toMatchObject({ type: 'union_of_municipalities', province: 'Adana', region: 'TR-01', population: null, lat: 36.98 });
  });

  it('shows a Turkish reader the Turkish name and an English reader the English one', () => {
    const g = governorate(adana);
    expect(displayName(g, 'tr')).toEqual({ label: 'Adana Valiliği', native: null });
    expect(displayName(g, 'en')).toEqual({ label: 'Governorship of Adana', native: 'Adana Valiliği' });
  });
});

describe('the kinds derived from the project data', () => {
  const rows = readKinds(path.join(PROJECT_DIR, 'data'), []);
  const count = (type: string) => rows.filter((r) => r.type === type).length;

  it('has 81 governorates, 51 special provincial administrations, 922 district governorates, the cited unions and 301 EU regions', () => {
    expect([count('governorate'), count('special_provincial_administration'), count('district_governorate')]).toEqual([81, 51, 922]);
    expect(rows.filter((r) => r.type === 'union_of_municipalities').map((r) => r.code)).toEqual(['TR-BIR-TBB', 'TR-BIR-VHB', 'TR-BIR-MBB', 'TR-BIR-EBB', 'TR-BIR-TKB']);
    expect(count('region')).toBe(301);
  });

  it('gives every authority its own code, every governorate and district governorate its people, and places all but the unplaced districts', () => {
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    const state = rows.filter((x) => x.type === 'governorate' || x.type === 'district_governorate');
    for (const r of state) expect(r.population, r.code).toBeGreaterThan(0);
    // The district file has no coordinates for 20 districts (Altındağ among them); 18 of them have a district governorate (two are central districts).
    expect(state.filter((r) => r.lat === null).map((r) => r.code)).toHaveLength(18);
    expect(rows.filter((r) => r.type === 'governorate').every((r) => r.lat !== null)).toBe(true);
    expect(rows.find((r) => r.code === 'TR-VAL-34')?.name).toBe('İstanbul Valiliği');
    expect(rows.find((r) => r.code === 'TR-KAY-38-KOCASINAN')?.province).toBe('Kayseri');
  });
});
