import type { TwinGraph } from './matching.graph';
import { binOf, type SourceContext } from './matching.context';
import { activityOf, saturate, sizeOf, tiesOf } from './matching.rules';

/** Per-request look-up tables for `coreBound`: the source-dependent parts of the core score. */
export interface BoundTables {
  byCountry: Float64Array;
  byBin: Float64Array;
  /** Most the population signal can add (it needs an exp per candidate, so it is bounded, not computed). */
  population: number;
  /** Most turkey_like_partners can add (it walks the candidate's partners), zero without any twinning. */
  turkeyLike: number;
}

/** Tables for bounding the core score of a request with weights w. */
export function boundTables(ctx: SourceContext, w: Float64Array): BoundTables {
  const byCountry = ctx.countryShare.map((share, c) => w[6]! * share + w[7]! * saturate(ctx.yourCountries[c]!));
  const byBin = ctx.sizePattern.map((v) => w[2]! * v);
  return { byCountry, byBin, population: Math.max(0, w[0]!), turkeyLike: Math.max(0, w[9]!) };
}

/**
 * An upper bound of the core score: exact for every signal but population and turkey_like_partners,
 * which it replaces by their most. The scan skips most of the 95k EU authorities with it before any
 * partner walk or distance; a twinned candidate costs a log and three exps here, an untwinned one none.
 */
export function coreBound(g: TwinGraph, ctx: SourceContext, t: BoundTables, w: Float64Array, c: number): number {
  let bound = t.population + w[1]! * sizeOf(g, c) + t.byBin[binOf(g, c)]! + t.byCountry[g.country[c]!]!;
  const degree = g.degree[c]!;
  if (degree === 0) return bound;
  bound += w[3]! * activityOf(degree) + w[4]! * saturate(tiesOf(g, ctx, c)) + t.turkeyLike;
  const region = ctx.regionTies.get(c);
  const shared = ctx.sharedPartners.get(c);
  if (region > 0) bound += w[5]! * saturate(region);
  if (shared > 0) bound += w[8]! * saturate(2 * shared);
  return bound;
}
