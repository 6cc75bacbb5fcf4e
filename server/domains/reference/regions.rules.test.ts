import { describe, expect, it } from 'vitest';
import { fillRegionNames, regionNamesByNuts } from './regions.rules';

const row = (region: string | null, regionName: string | null, population: number, country = 'FR') => ({ country, region, regionName, population });

describe('region names by NUTS-3 region', () => {
  it('names a NUTS-3 region after the first-level region most of its people live in', () => {
    const rows = [row('FRK21', 'Auvergne-Rhône-Alpes', 14_000), row('FRK21', 'Bourgogne-Franche-Comté', 900), row('FRK21', null, 700)];
    expect(regionNamesByNuts(rows).get('FRK21')).toBe('Auvergne-Rhône-Alpes');
  });
  it('gives a municipality GeoNames did not place its NUTS-3 region name, and leaves the named and the Turkish alone', () => {
    const rows = [row('FRK21', 'Auvergne-Rhône-Alpes', 14_000), row('FRK21', null, 776), row('FRY20', null, 80_000), row('TR-34', null, 1, 'TR'), row('DEA23', 'North Rhine-Westphalia', 1)];
    expect(fillRegionNames(rows).map((r) => r.regionName)).toEqual(['Auvergne-Rhône-Alpes', 'Auvergne-Rhône-Alpes', 'Martinique', null, 'North Rhine-Westphalia']);
  });
});
