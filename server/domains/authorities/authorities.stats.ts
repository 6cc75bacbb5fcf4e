import type { AuthoritySummary } from '../../../shared/authorities';

/** Map points: parallel arrays (codes, flat lat/lon pairs at ~10 m precision, country index) to keep 95k small. */
export function mapPoints(all: readonly AuthoritySummary[]) {
  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const codes: string[] = [];
  const coords: number[] = [];
  const country: number[] = [];
  for (const a of all) {
    if (a.lat === null || a.lon === null) continue;
    let ci = countryIndex.get(a.country);
    if (ci === undefined) countryIndex.set(a.country, (ci = countries.push(a.country) - 1));
    codes.push(a.code);
    coords.push(Math.round(a.lat * 1e4) / 1e4, Math.round(a.lon * 1e4) / 1e4);
    country.push(ci);
  }
  return { countries, codes, coords, country };
}

/** How many authorities per country and per type, for filters and the home page. */
export function directoryFacets(all: readonly AuthoritySummary[]) {
  const countries: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const a of all) {
    countries[a.country] = (countries[a.country] ?? 0) + 1;
    types[a.type] = (types[a.type] ?? 0) + 1;
  }
  return { total: all.length, countries, types };
}
