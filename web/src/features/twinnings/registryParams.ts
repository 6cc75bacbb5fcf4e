import type { QueryValue } from '../../api/client';
import type { Params } from '../partners/urlState';

/** The registry page's URL parameters: the scope, the filters and the page offset. */
export const REGISTRY_FILTERS = ['country', 'province', 'status', 'theme', 'source'] as const;
export const REGISTRY_KEYS = ['scope', ...REGISTRY_FILTERS, 'offset'] as const;
export type RegistryParams = Params<(typeof REGISTRY_KEYS)[number]>;
export const PAGE_SIZE = 20;

/** Turkey–EU twinnings unless the URL asks for every listed one (`scope=all`). */
export const scopeOf = (p: RegistryParams): 'tr_eu' | 'all' => (p.scope === 'all' ? 'all' : 'tr_eu');

/** The scope and filters (for the map, the counts and the exports). */
export function filterQuery(p: RegistryParams): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = { scope: scopeOf(p) };
  for (const k of REGISTRY_FILTERS) if (p[k]) out[k] = p[k];
  return out;
}

/** True when a filter narrows the scope's registry. */
export const isNarrowed = (p: RegistryParams): boolean => REGISTRY_FILTERS.some((k) => !!p[k]);

/** The list's query: the filters, one page. */
export function listQuery(p: RegistryParams): Record<string, QueryValue> {
  const offset = Math.max(0, Math.floor(Number(p.offset) || 0));
  return { ...filterQuery(p), limit: PAGE_SIZE, offset };
}

/** The `n` largest entries of a count record, largest first (ties by key, so the order is stable). */
export function topEntries(counts: Record<string, number>, n: number): [string, number][] {
  return Object.entries(counts)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, n);
}

/** Activities per theme (rows) and year (columns, ascending), zeros filled in. */
export function themeYearTable(rows: { theme: string; year: number; count: number }[]) {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const themes = [...new Set(rows.map((r) => r.theme))].sort();
  const at = new Map(rows.map((r) => [`${r.theme}|${r.year}`, r.count]));
  return { years, rows: themes.map((theme) => ({ theme, counts: years.map((y) => at.get(`${theme}|${y}`) ?? 0) })) };
}
