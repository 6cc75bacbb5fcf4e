import { describe, expect, it } from 'vitest';
import { euRegions, regionKey, regionNuts, type RegionMember } from './euRegions.rules';

const m = (region: string, regionName: string, population: number, lat = 48, lon = 11, country = 'DE'): RegionMember => ({ country, region, regionName, population, areaKm2: 10, lat, lon });

describe('EU regions', () => {
  it('finds the NUTS code most of a region lives under, down to NUTS-3', () => {
    expect(regionNuts([m('DE212', 'Bavaria', 1_500_000), m('DE254', 'Bavaria', 500_000), m('DE111', 'Bavaria', 10_000)])).toBe('DE2');
    expect(regionNuts([m('FR101', 'Île-de-France', 2_100_000), m('FR105', 'Île-de-France', 1_600_000)])).toBe('FR10');
    expect(regionNuts([m('BG341', 'Burgas', 400_000)])).toBe('BG341');
    expect(regionNuts([m('DE212', 'x', 500), m('FR101', 'x', 500)])).toBeNull();
    expect(regionNuts([])).toBeNull();
  });

  it('makes one region authority per first-level region, measured by its municipalities', () => {
    const admin1 = [
      { country: 'DE', admin1: '02', name: 'Bavaria' },
      { country: 'GR', admin1: 'ESYE12', name: 'Central Macedonia' },
      { country: 'SI', admin1: 'N5', name: 'Municipality of Žalec' },
      { country: 'PT', admin1: '16', name: 'Portalegre' },
      { country: 'PT', admin1: '23', name: 'Azores' },
      { country: 'TR', admin1: '01', name: 'Adana' },
    ];
    const rows = euRegions(admin1, [m('DE212', 'Bavaria', 3_000, 48, 11), m('DE254', 'Bavaria', 1_000, 50, 11)]);
    expect(rows.map((r) => r.code)).toEqual(['DE-REG-02', 'GR-REG-ESYE12', 'PT-REG-23']);
    expect(rows[0]).toMatchObject({ type: 'region', country: 'DE', name: 'Bavaria', regionName: 'Bavaria', region: 'DE2', nuts2: null, population: 4_000, areaKm2: 20, lat: 48.5, lon: 11 });
    expect(rows[1]).toMatchObject({ country: 'GR', population: null, lat: null, region: null });
  });

  it('reads a region name as lists write it', () => {
    expect(regionKey('Maramureș County')).toBe('maramures');
    expect(regionKey('Province of Zeeland')).toBe('zeeland');
    expect(regionKey('Adana Province')).toBe('adana');
    expect(regionKey('Provence-Alpes-Côte d’Azur')).toBe('provence alpes cote d azur');
  });
});
