import { distanceKm } from '../authorities/geo';
import type { TwinGraph } from './matching.graph';

/** The signals a recommendation is made of; each is 0..1, and its weight says how much it counts. */
export const SIGNALS = [
  'population', 'twinning_activity', 'turkish_ties', 'towns_like_yours', 'country_share', 'your_countries',
  'partners_of_partners', 'turkey_like_partners', 'distance', 'themes', 'open_request',
] as const;
export type Signal = (typeof SIGNALS)[number];
export type Weights = Record<Signal, number>;

export const DEFAULT_WEIGHTS: Weights = {
  population: 0.6,
  twinning_activity: 1.0,
  turkish_ties: 2.0,
  towns_like_yours: 1.5,
  country_share: 1.2,
  your_countries: 0.8,
  partners_of_partners: 1.0,
  turkey_like_partners: 1.0,
  distance: 0.2,
  themes: 0.8,
  open_request: 1.2,
};

/** What the source side brings to a scan, computed once per request. */
export interface SourceContext {
  source: number;
  /** Partners of the source per country (from the graph, after any leave-out). */
  countryTies: Map<number, number>;
  /** Share of Turkey's twinnings going to each country, on a log scale where the top country is 1. */
  countryShare: Float64Array;
  /** Candidates that share partners with the source (partners of partners), by count. */
  sharedPartners: Map<number, number>;
  /** Candidates twinned with Turkish authorities of the source's own region, by count. */
  regionTies: Map<number, number>;
  /** How much each country figures among Turkey's twinnings outside the EU (0..1, top = 1). */
  worldShare: Float64Array;
  maxDegree: number;
  maxTurkishTies: number;
}

/** Per-source facts for scoring, from the graph as it stands (leave-out applied by the caller). */
export function sourceContext(g: TwinGraph, source: number): SourceContext {
  const share = new Float64Array(g.turkeyCountryTies.length);
  const top = Math.max(1, ...g.turkeyCountryTies);
  // Log scale: Germany's share is ~100× Portugal's, and that ratio, not the difference, is what counts.
  g.turkeyCountryTies.forEach((v, c) => (share[c] = Math.log((Math.max(0, v) / top + 0.02) / 0.02) / Math.log(1.02 / 0.02)));
  const sharedPartners = new Map<number, number>();
  for (const p of g.neighbours[source]!) for (const q of g.neighbours[p]!) if (q !== source && q < g.n) sharedPartners.set(q, (sharedPartners.get(q) ?? 0) + 1);
  const regionTies = new Map<number, number>();
  const region = g.region[source];
  if (g.isTurkish[source] && region) {
    for (const t of g.turkish) {
      if (t === source || g.region[t] !== region) continue;
      for (const e of g.neighbours[t]!) regionTies.set(e, (regionTies.get(e) ?? 0) + 1);
    }
  }
  const worldTop = Math.max(1, ...g.turkeyWorldTies);
  const worldShare = g.turkeyWorldTies.map((v) => Math.max(0, v) / worldTop);
  let maxDegree = 1;
  let maxTurkishTies = 1;
  for (let i = 0; i < g.n; i++) {
    if (g.degree[i]! > maxDegree) maxDegree = g.degree[i]!;
    if (!g.isTurkish[i] && g.turkishTies[i]! > maxTurkishTies) maxTurkishTies = g.turkishTies[i]!;
  }
  return { source, countryTies: countryTies(g, source), countryShare: share, worldShare, sharedPartners, regionTies, maxDegree, maxTurkishTies };
}

const log1 = (x: number) => Math.log1p(Math.max(0, x));

/**
 * Every signal's value (0..1) for one candidate, written into `out` in SIGNALS order: the scan
 * calls this ~100k times per request, so it allocates nothing. `extra` carries the platform's signals.
 */
export function fillSignals(g: TwinGraph, ctx: SourceContext, c: number, extra: { themes: number; openRequest: number }, out: Float64Array): void {
  const s = ctx.source;
  const turkishSource = g.isTurkish[s] === 1;
  const km = distanceKm(g.lat[s]!, g.lon[s]!, g.lat[c]!, g.lon[c]!);
  out[0] = Math.exp(-Math.abs(g.logPop[s]! - g.logPop[c]!) / 1.5);
  out[1] = log1(g.degree[c]!) / log1(ctx.maxDegree);
  out[2] = turkishSource ? log1(g.turkishTies[c]!) / log1(ctx.maxTurkishTies) : 0;
  out[3] = Math.min(1, log1(ctx.regionTies.get(c) ?? 0) / Math.log(4));
  out[4] = turkishSource ? ctx.countryShare[g.country[c]!]! : 0;
  out[5] = Math.min(1, log1(ctx.countryTies.get(g.country[c]!) ?? 0) / Math.log(6));
  out[6] = Math.min(1, log1(ctx.sharedPartners.get(c) ?? 0) / Math.log(4));
  out[7] = Math.min(1, log1(10 * turkeyLikeness(g, ctx, c)) / Math.log(11));
  out[8] = Number.isNaN(km) ? 0 : Math.exp(-km / 1500);
  out[9] = extra.themes;
  out[10] = extra.openRequest;
}

/** How much a candidate's partners lie where Turkey's own partners lie (Azerbaijan, the Balkans, ...). */
function turkeyLikeness(g: TwinGraph, ctx: SourceContext, c: number): number {
  let sum = 0;
  for (const p of g.neighbours[c]!) sum += ctx.worldShare[g.country[p]!]!;
  return sum;
}

/** Partners of an authority per country. */
function countryTies(g: TwinGraph, source: number): Map<number, number> {
  const ties = new Map<number, number>();
  for (const p of g.neighbours[source]!) ties.set(g.country[p]!, (ties.get(g.country[p]!) ?? 0) + 1);
  return ties;
}

/** The signal values as a record, for explaining one recommendation. */
export function signalRecord(values: Float64Array): Record<Signal, number> {
  return Object.fromEntries(SIGNALS.map((k, i) => [k, values[i]!])) as Record<Signal, number>;
}

/** Weights in SIGNALS order, for the scan's dot product. */
export function weightVector(w: Weights): Float64Array {
  return Float64Array.from(SIGNALS.map((k) => w[k]));
}

/** The weighted sum of the signals. */
export function score(values: Float64Array, w: Float64Array): number {
  let total = 0;
  for (let i = 0; i < w.length; i++) total += w[i]! * values[i]!;
  return total;
}
