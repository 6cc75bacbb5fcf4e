import { BUDGET_HEADINGS, type BudgetHeading, type BudgetLine } from '../../../../shared/grants';
import { maxIndirectCents, projectYears } from '../../../../shared/grants.budget.rules';
import { parseEuros } from '../grants/money';

/**
 * The budget is a list of lines (heading, project year, amount); the editor shows it as a table of
 * headings × years. A cell is the sum of its lines, and typing into a cell replaces them with one line.
 */

/** The most project years a budget line may name (the content schema's limit). */
export const MAX_YEARS = 5;

/** Columns of the table: the years the duration spans, and any later year a line already uses. */
export function yearsShown(durationMonths: number | null, lines: readonly BudgetLine[]): number {
  const byDuration = durationMonths ? projectYears(durationMonths) : 1;
  const used = lines.reduce((max, l) => Math.max(max, l.year), 0);
  return Math.min(MAX_YEARS, Math.max(1, byDuration, used));
}

/** Cents of one cell: every line of the heading in that year. */
export function cellCents(lines: readonly BudgetLine[], heading: BudgetHeading, year: number): number {
  return lines.reduce((sum, l) => (l.heading === heading && l.year === year ? sum + l.amountCents : sum), 0);
}

export interface BudgetGrid {
  rows: { heading: BudgetHeading; cells: number[]; total: number }[];
  yearTotals: number[];
  directCents: number;
  indirectCents: number;
  totalCents: number;
}

/** The table's figures: each cell, each heading's and year's total, direct and indirect costs. */
export function budgetGrid(lines: readonly BudgetLine[], years: number): BudgetGrid {
  const rows = BUDGET_HEADINGS.map((heading) => {
    const cells = Array.from({ length: years }, (_, i) => cellCents(lines, heading, i + 1));
    return { heading, cells, total: cells.reduce((s, c) => s + c, 0) };
  });
  const yearTotals = Array.from({ length: years }, (_, i) => rows.reduce((s, r) => s + r.cells[i]!, 0));
  const totalCents = yearTotals.reduce((s, c) => s + c, 0);
  const indirectCents = rows.find((r) => r.heading === 'indirect')!.total;
  // The contingency reserve is not a direct cost: the indirect cap is taken on direct costs alone.
  const reserveCents = rows.find((r) => r.heading === 'contingency')!.total;
  return { rows, yearTotals, directCents: totalCents - indirectCents - reserveCents, indirectCents, totalCents };
}

/**
 * The lines after typing `cents` into a cell: the cell's lines become one line in the place of the
 * first (keeping its description); an empty or zero cell has no line at all. Other lines keep their order.
 */
export function setCell(lines: readonly BudgetLine[], heading: BudgetHeading, year: number, cents: number | null): BudgetLine[] {
  const inCell = (l: BudgetLine) => l.heading === heading && l.year === year;
  const first = lines.findIndex(inCell);
  const keep = cents !== null && cents > 0;
  const line: BudgetLine = { heading, year, description: first >= 0 ? lines[first]!.description : '', amountCents: cents ?? 0 };
  const out: BudgetLine[] = [];
  lines.forEach((l, i) => {
    if (i === first && keep) out.push(line);
    else if (!inCell(l)) out.push(l);
  });
  if (first < 0 && keep) out.push(line);
  return out;
}

/** The cell a budget line belongs to (for a problem naming 'content.budget.3.amountCents'), or null. */
export function lineCell(lines: readonly BudgetLine[], index: number): { heading: BudgetHeading; year: number } | null {
  const l = lines[index];
  return l ? { heading: l.heading, year: l.year } : null;
}

/** What a euro input holds: nothing, exact cents, or text that is not an amount. */
export type EuroInput = { kind: 'empty' } | { kind: 'cents'; cents: number } | { kind: 'invalid' };

/** Read a euro amount typed in the UI language ('60.000,50' in Turkish, '60,000.50' in English). */
export function readEuros(text: string, locale: string): EuroInput {
  if (text.trim() === '') return { kind: 'empty' };
  const cents = parseEuros(text, locale);
  return cents === null ? { kind: 'invalid' } : { kind: 'cents', cents };
}

/** Highest indirect costs a call allows on these direct costs, rounded down to the cent (the server's own rule). */
export function indirectCap(directCents: number, maxIndirectBp: number): number {
  return maxIndirectCents(directCents, { maxIndirectBp });
}
