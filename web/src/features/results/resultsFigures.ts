import type { Stats } from '../../api/stats';

// Pure shaping of the API's figures for charts and tables (the server computes every figure; these
// only order and cut them for the eye).

/** A labelled count, the row of a one-series bar chart and its table. */
export interface Bar { key: string; label: string; value: number }

/** Counts of a record as bars, largest first (ties by key, so the order is stable), at most `limit`. */
export function topBars(counts: Record<string, number>, label: (key: string) => string, limit = Infinity): Bar[] {
  return Object.entries(counts)
    .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
    .slice(0, limit)
    .map(([key, value]) => ({ key, label: label(key), value }));
}

/** Counts of a record as bars in a given order of keys (e.g. the lifecycle's), leaving out zeros. */
export function orderedBars(counts: Record<string, number>, order: readonly string[], label: (key: string) => string): Bar[] {
  const known = order.filter((k) => (counts[k] ?? 0) > 0);
  const rest = Object.keys(counts).filter((k) => !order.includes(k) && (counts[k] ?? 0) > 0).sort();
  return [...known, ...rest].map((key) => ({ key, label: label(key), value: counts[key]! }));
}

/** Activities per theme per year as one row per year with a column per theme (for a stacked chart). */
export function themeYearRows(cells: Stats['activitiesByThemeYear']): { themes: string[]; rows: ({ year: string } & Record<string, number | string>)[] } {
  const themes = [...new Set(cells.map((c) => c.theme))].sort();
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const rows = years.map((year) => {
    const row: { year: string } & Record<string, number | string> = { year: String(year) };
    for (const theme of themes) row[theme] = cells.find((c) => c.year === year && c.theme === theme)?.count ?? 0;
    return row;
  });
  return { themes, rows };
}
