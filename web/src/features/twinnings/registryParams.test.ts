import { describe, expect, it } from 'vitest';
import { filterQuery, isNarrowed, listQuery, themeYearTable, topEntries } from './registryParams';

describe('registry parameters', () => {
  it('keeps only the scope and filters for the map and the exports', () => {
    expect(filterQuery({ country: 'DE', status: 'active', offset: '40' })).toEqual({ scope: 'tr_eu', country: 'DE', status: 'active' });
  });

  it('shows Turkey–EU twinnings unless every listed one is asked for', () => {
    expect(filterQuery({}).scope).toBe('tr_eu');
    expect(filterQuery({ scope: 'nonsense' }).scope).toBe('tr_eu');
    expect(filterQuery({ scope: 'all' }).scope).toBe('all');
    expect(isNarrowed({ scope: 'all' })).toBe(false);
    expect(isNarrowed({ status: 'unknown' })).toBe(true);
  });

  it('pages the list, ignoring a bad offset', () => {
    expect(listQuery({ theme: 'culture', offset: '40' })).toEqual({ scope: 'tr_eu', theme: 'culture', limit: 20, offset: 40 });
    expect(listQuery({ offset: 'x' })).toEqual({ scope: 'tr_eu', limit: 20, offset: 0 });
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
