import { describe, expect, it } from 'vitest';
import { orderedBars, themeYearRows, topBars } from './resultsFigures';

describe('results figures for charts', () => {
  it('puts the largest counts first, ties by key, and cuts at the limit', () => {
    expect(topBars({ DE: 5, FR: 9, AT: 5, IT: 1 }, (k) => k.toLowerCase(), 3)).toEqual([
      { key: 'FR', label: 'fr', value: 9 },
      { key: 'AT', label: 'at', value: 5 },
      { key: 'DE', label: 'de', value: 5 },
    ]);
  });

  it('keeps the given order, leaves out zeros and keeps unknown keys at the end', () => {
    expect(orderedBars({ ended: 2, active: 3, proposed: 0, other: 1 }, ['proposed', 'active', 'ended'], (k) => k).map((b) => b.key)).toEqual(['active', 'ended', 'other']);
  });

  it('makes one row per year with a column per theme, zeros where a theme had nothing', () => {
    const { themes, rows } = themeYearRows([{ theme: 'energy', year: 2025, count: 2 }, { theme: 'culture', year: 2024, count: 3 }]);
    expect(themes).toEqual(['culture', 'energy']);
    expect(rows).toEqual([{ year: '2024', culture: 3, energy: 0 }, { year: '2025', culture: 0, energy: 2 }]);
  });
});
