import { describe, expect, it } from 'vitest';
import { filterQuery, listQuery, themeYearTable, topEntries } from './registryParams';

describe('registry parameters', () => {
  it('keeps only the filters for the map and the exports', () => {
    expect(filterQuery({ country: 'DE', status: 'active', offset: '40' })).toEqual({ country: 'DE', status: 'active' });
  });

  it('pages the list, ignoring a bad offset', () => {
    expect(listQuery({ theme: 'culture', offset: '40' })).toEqual({ theme: 'culture', limit: 20, offset: 40 });
    expect(listQuery({ offset: 'x' })).toEqual({ limit: 20, offset: 0 });
    expect(listQuery({ offset: '-5' }).offset).toBe(0);
  });

  it('lists the largest counts first, ties by key', () => {
    expect(topEntries({ DE: 5, FR: 9, AT: 5, IT: 1 }, 3)).toEqual([['FR', 9], ['AT', 5], ['DE', 5]]);
  });

  it('tabulates activities by theme and year with zeros', () => {
    const table = themeYearTable([
      { theme: 'culture', year: 2025, count: 2 },
      { theme: 'energy', year: 2024, count: 1 },
      { theme: 'culture', year: 2024, count: 3 },
    ]);
    expect(table.years).toEqual([2024, 2025]);
    expect(table.rows).toEqual([{ theme: 'culture', counts: [3, 2] }, { theme: 'energy', counts: [1, 0] }]);
  });
});
