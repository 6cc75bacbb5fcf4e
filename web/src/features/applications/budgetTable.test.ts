import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../../../shared/grants';
import { budgetGrid, cellCents, indirectCap, readEuros, setCell, yearsShown } from './budgetTable';

const line = (heading: BudgetLine['heading'], year: number, amountCents: number, description = ''): BudgetLine => ({ heading, year, description, amountCents });
const lines: BudgetLine[] = [
  line('human_resources', 1, 40_000_00),
  line('human_resources', 2, 20_000_00),
  line('travel', 1, 10_000_29),
  line('travel', 1, 5_000_00, 'second trip'),
  line('indirect', 1, 5_000_00),
];

describe('budget table', () => {
  it('shows the years the duration spans, and any later year a line uses, up to five', () => {
    expect(yearsShown(null, [])).toBe(1);
    expect(yearsShown(18, [])).toBe(2);
    expect(yearsShown(12, [line('travel', 3, 1)])).toBe(3);
    expect(yearsShown(60, [])).toBe(5);
  });

  it('adds every line of a cell, and totals headings, years, direct and indirect costs exactly', () => {
    expect(cellCents(lines, 'travel', 1)).toBe(15_000_29);
    const grid = budgetGrid(lines, 2);
    expect(grid.rows.map((r) => r.heading)).toEqual(['human_resources', 'travel', 'equipment', 'local_office', 'services', 'other', 'indirect', 'contingency']);
    expect(grid.rows[0]).toEqual({ heading: 'human_resources', cells: [40_000_00, 20_000_00], total: 60_000_00 });
    expect(grid.yearTotals).toEqual([60_000_29, 20_000_00]);
    expect(grid.totalCents).toBe(80_000_29);
    expect(grid.indirectCents).toBe(5_000_00);
    expect(grid.directCents).toBe(75_000_29);
  });

  it('replaces a cell by one line in its place, keeping its description and the other lines', () => {
    const next = setCell(lines, 'travel', 1, 12_345_67);
    expect(next).toEqual([lines[0], lines[1], line('travel', 1, 12_345_67), lines[4]]);
    expect(setCell(lines, 'travel', 1, null)).toEqual([lines[0], lines[1], lines[4]]);
    expect(setCell(lines, 'travel', 1, 0)).toEqual([lines[0], lines[1], lines[4]]);
    expect(setCell(lines, 'equipment', 2, 1_00)).toEqual([...lines, line('equipment', 2, 1_00)]);
    expect(setCell(lines, 'equipment', 2, null)).toEqual(lines);
  });

  it('caps indirect costs as the server does: rounded down to the cent', () => {
    expect(indirectCap(75_000_29, 700)).toBe(5_250_02);
    expect(indirectCap(0, 700)).toBe(0);
  });
});

describe('euro input', () => {
  it('reads amounts in the UI language as exact cents', () => {
    expect(readEuros('60.000,50', 'tr-TR')).toEqual({ kind: 'cents', cents: 6_000_050 });
    expect(readEuros('60,000.50', 'en-GB')).toEqual({ kind: 'cents', cents: 6_000_050 });
    expect(readEuros('0.29', 'en-GB')).toEqual({ kind: 'cents', cents: 29 });
    expect(readEuros('€ 1 200', 'en-GB')).toEqual({ kind: 'cents', cents: 120_000 });
  });

  it('tells an empty input from text that is no amount', () => {
    expect(readEuros('  ', 'en-GB')).toEqual({ kind: 'empty' });
    expect(readEuros('60.000', 'en-GB')).toEqual({ kind: 'invalid' });
    expect(readEuros('1,234', 'tr-TR')).toEqual({ kind: 'invalid' });
    expect(readEuros('1,23', 'tr-TR')).toEqual({ kind: 'cents', cents: 123 });
    expect(readEuros('12.345', 'tr-TR')).toEqual({ kind: 'cents', cents: 1_234_500 });
    expect(readEuros('-5', 'en-GB')).toEqual({ kind: 'invalid' });
    expect(readEuros('1.999', 'en-GB')).toEqual({ kind: 'invalid' });
  });
});
