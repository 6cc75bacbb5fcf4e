import type { TwinGraph } from './matching.graph';
import { BINS, binOf, type SourceContext } from './matching.context';
import { areaTiesOf, crossTiesOf, partnersTiesValue, regionLinksValue, regionTiesValue } from './matching.nearby';
import { activityOf, evidenceScore, saturate, sizeOf, tiesOf } from './matching.rules';

/** Per-request look-up tables for `coreBound`: the source-dependent parts of the core score. */
export interface BoundTables {
  byCountry: Float64Array;
  /** size_pattern per population bin of the candidate, plus the most population can add within the bin. */
  byBin: Float64Array;
  /** region_links per area, and region_ties per area for a candidate without twinnings of its own. */
  linksByArea: Float64Array;
  tiesByArea: Float64Array;
  /** Most turkey_like_partners can add (it walks the candidate's partners), zero without any twinning. */
  turkeyLike: number;
  /** Weight of partners_ties, bounded per candidate by its number of partners on its own side (it walks them too). */
  partnersTies: number;
}

/** Tables for bounding the core score of a request with weights w. */
export function boundTables(g: TwinGraph, ctx: SourceContext, w: Float64Array): BoundTables {
  const byCountry = ctx.countryShare.map((share, c) => w[6]! * share + w[7]! * saturate(ctx.yourCountries[c]!));
  const byBin = ctx.sizePattern.map((v, bin) => w[2]! * v + populationBound(g.logPop[ctx.source]!, bin, w[0]!));
  const linksByArea = ctx.regionLinks.map((_, a) => w[12]! * regionLinksValue(ctx, a));
  const tiesByArea = g.areaTies.map((count) => w[10]! * regionTiesValue(count));
  return { byCountry, byBin, linksByArea, tiesByArea, turkeyLike: Math.max(0, w[9]!), partnersTies: Math.max(0, w[11]!) };
}

/**
 * The most population (exp(−|Δ log population| / 1.5)) adds for a candidate of this bin: it needs an
 * exp per candidate, so it is bounded by the bin's nearest log population (bins are [b, b + 1), the last open).
 */
export function populationBound(sourceLogPop: number, bin: number, weight: number): number {
  if (weight <= 0) return 0;
  const gap = Math.max(0, bin - sourceLogPop, bin < BINS - 1 ? sourceLogPop - (bin + 1) : 0);
  return weight * Math.exp(-gap / 1.5);
}

/**
 * An upper bound of the core score (with the evidence signals, which are exact here): exact for every signal but population, turkey_like_partners and
 * partners_ties, which it replaces by their most. The scan skips most of the 95k EU authorities with it
 * before any partner walk or distance; a twinned candidate costs two logs and three exps here, an
 * untwinned one none (its area's figures come from the per-request tables).
 */
export function coreBound(g: TwinGraph, ctx: SourceContext, t: BoundTables, w: Float64Array, c: number): number {
  const area = g.area[c]!;
  let bound = evidenceScore(g, ctx, c, w) + w[1]! * sizeOf(g, c) + t.byBin[binOf(g, c)]! + t.byCountry[g.country[c]!]! + (area < 0 ? 0 : t.linksByArea[area]!);
  const degree = g.degree[c]!;
  // Without twinnings of its own, the area's ties are all the others': region_ties comes from the table.
  if (degree === 0) return bound + (area < 0 ? 0 : t.tiesByArea[area]!);
  bound += w[3]! * activityOf(degree) + w[4]! * saturate(tiesOf(g, ctx, c)) + t.turkeyLike + w[10]! * regionTiesValue(areaTiesOf(g, c));
  // Partners across the divide or outside the directory cannot be tied partners: the rest bounds the count.
  bound += t.partnersTies * partnersTiesValue(degree - crossTiesOf(g, c));
  const region = ctx.regionTies.get(c);
  const shared = ctx.sharedPartners.get(c);
  if (region > 0) bound += w[5]! * saturate(region);
  if (shared > 0) bound += w[8]! * saturate(2 * shared);
  return bound;
}
