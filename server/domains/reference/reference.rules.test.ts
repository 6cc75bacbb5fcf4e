import { describe, expect, it } from 'vitest';
import { parseLine } from './csv';
import { enrichEuAuthority, euAuthority, PlaceGrid, turkishAuthority } from './reference.rules';

const places = new PlaceGrid([
  { name: 'Thessaloníki', altName: '', country: 'GR', admin1: 'ESYE12', population: 354_290, lat: 40.64361, lon: 22.93086 },
  { name: 'Kalamariá', altName: '', country: 'GR', admin1: 'ESYE12', population: 91_000, lat: 40.58, lon: 22.95 },
  { name: 'Ambérieu-en-Bugey', altName: '', country: 'FR', admin1: '84', population: 14_000, lat: 45.96, lon: 5.35 },
  { name: 'Ambérieu-en-Bugey', altName: '', country: 'FR', admin1: '11', population: 90, lat: 48.0, lon: 2.0 },
]);
const admin1 = new Map([['GR.ESYE12', 'Central Macedonia'], ['FR.84', 'Auvergne-Rhône-Alpes']]);

describe('csv', () => {
  it('splits quoted fields with commas and quotes', () => {
    expect(parseLine('a,"Köln, Stadt","say ""hi""",')).toEqual(['a', 'Köln, Stadt', 'say "hi"', '']);
  });
});

describe('reference rows', () => {
  it('maps a Turkish municipality with its ISO province code', () => {
    const r = turkishAuthority({ authority_id: 'TR-M-931', name: 'Aladağ', type: 'district_center', province_id: '1', province_name: 'Adana', district_name: 'Aladağ', population_2025: '15839', lat: '37.5', lon: '35.4', coord_source: 'none' });
    expect(r).toMatchObject({ code: 'TR-M-931', country: 'TR', region: 'TR-01', regionName: 'Adana', population: 15839, coordSource: null });
  });
  it('refuses an unknown Turkish type rather than guessing', () => {
    expect(() => turkishAuthority({ authority_id: 'X', type: 'castle' })).toThrow(/Unknown/);
  });
  it('turns EL into GR and finds the Latin name of a Greek unit nearby', () => {
    const r = enrichEuAuthority(euAuthority({ gisco_id: 'EL_07010100', country: 'EL', nuts_2: 'EL52', nuts_3: 'EL522', lau_name: 'Ψευδοδημοτική Κοινότητα Θεσσαλονίκης', population: '315196', area_km2: '19.3', latitude: '40.6197', longitude: '22.9563', coord_type: 'population_weighted_centre_2018' }), places, admin1);
    expect(r).toMatchObject({ country: 'GR', nameLatin: 'Thessaloníki', regionName: 'Central Macedonia' });
  });
  it('gives a French commune the coordinates of the same-named place closest in population', () => {
    const r = enrichEuAuthority(euAuthority({ gisco_id: 'FR_01004', country: 'FR', nuts_3: 'FRK21', lau_name: 'Ambérieu-en-Bugey', population: '14035', latitude: '', longitude: '', coord_type: 'none' }), places, admin1);
    expect(r).toMatchObject({ lat: 45.96, lon: 5.35, coordSource: 'geonames_name', regionName: 'Auvergne-Rhône-Alpes', nameLatin: null });
  });
});
