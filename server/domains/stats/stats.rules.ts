import type { Stats, YearCount } from '../../../shared/stats';

// Pure composition of the dashboard's figures from the rows each owning domain hands over. No
// database, no clock: the service fetches, these count, the tests recount the same rows their own way.

/** An authority as the directory holds it (only what the figures read). */
export interface AuthorityRow { country: string; type: string }
/** A twinning's sides' countries, state and when it began (see twinnings.figures.ts). */
export interface TwinningRow { aCountry: string | null; bCountry: string | null; status: string; sinceYear: number | null; createdYear: number; source: string }
/** A funded project: its grant and the codes of its lead and confirmed partners. */
export interface ProjectRow { grantCents: number; codes: readonly string[] }
/** Where an authority is: its country, and its province when Turkish. */
export type PlaceOf = (code: string) => { country: string; province: string | null } | undefined;

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

/** Authorities registered, per kind and per side (Turkish or EU). */
export function authorityFigures(rows: readonly AuthorityRow[]): Pick<Stats, 'authorities' | 'authoritiesByKind' | 'authoritiesBySide'> {
  const byKind: Record<string, number> = {};
  let tr = 0;
  for (const a of rows) {
    bump(byKind, a.type);
    if (a.country === 'TR') tr++;
  }
  return { authorities: rows.length, authoritiesByKind: byKind, authoritiesBySide: { tr, eu: rows.length - tr } };
}

/**
 * The year a twinning began: the year its source list gives; for one made on the platform without
 * such a year, the year it was made. A loaded twinning without a year is in no year (never guessed).
 */
export function startYear(r: TwinningRow): number | null {
  return r.sinceYear ?? (r.source === 'platform' ? r.createdYear : null);
}

/** Twinnings in total, active, by state, by country touched (once per country) and new per year. */
export function twinningFigures(rows: readonly TwinningRow[]): Stats['twinnings'] {
  const byStatus: Record<string, number> = {};
  const byCountry: Record<string, number> = {};
  const perYear = new Map<number, number>();
  for (const r of rows) {
    bump(byStatus, r.status);
    for (const c of new Set([r.aCountry, r.bCountry])) if (c) bump(byCountry, c);
    const year = startYear(r);
    if (year !== null) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const byYear: YearCount[] = [...perYear].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
  return { total: rows.length, active: byStatus.active ?? 0, byStatus, byCountry, byYear };
}

/** Funded projects, money granted, and the distinct Turkish provinces and countries they reach. */
export function projectFigures(rows: readonly ProjectRow[], placeOf: PlaceOf): Stats['projects'] {
  const provinces = new Set<string>();
  const countries = new Set<string>();
  let grantedCents = 0;
  for (const p of rows) {
    grantedCents += p.grantCents;
    for (const code of p.codes) {
      const place = placeOf(code);
      if (!place) continue;
      countries.add(place.country);
      if (place.country === 'TR' && place.province) provinces.add(place.province);
    }
  }
  return { count: rows.length, grantedCents, provinces: provinces.size, countries: countries.size };
}
