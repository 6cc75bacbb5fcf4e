import type { AuthoritySummary } from '../../../shared/authorities';

/** An open partner request as the scan needs it; `authority` is its graph index. */
export interface OpenRequest {
  authority: number;
  themes: string[];
  targetCountries: string[];
  authorityTypes: string[];
  minPopulation: number | null;
  maxPopulation: number | null;
}

/** Share of the source's themes that the candidate lists too (0 when the source names none). */
export function overlap(source: Set<string>, candidate: string[] | undefined): number {
  if (source.size === 0 || !candidate) return 0;
  return candidate.filter((t) => source.has(t)).length / source.size;
}

/** The best fit among a candidate's open requests (0 without any). */
export function bestRequestFit(rs: readonly OpenRequest[] | undefined, source: AuthoritySummary, themes: Set<string>): number {
  let best = 0;
  for (const r of rs ?? []) best = Math.max(best, requestFit(r, source, themes));
  return best;
}

/** How well a candidate's open request fits the source: 1 when country, type, size and themes fit. */
export function requestFit(r: OpenRequest, source: AuthoritySummary, themes: Set<string>): number {
  const pop = source.population ?? 0;
  if (r.targetCountries.length && !r.targetCountries.includes(source.country)) return 0;
  if (r.authorityTypes.length && !r.authorityTypes.includes(source.type)) return 0;
  if ((r.minPopulation !== null && pop < r.minPopulation) || (r.maxPopulation !== null && pop > r.maxPopulation)) return 0;
  return themes.size === 0 || r.themes.some((t) => themes.has(t)) ? 1 : 0.5;
}
