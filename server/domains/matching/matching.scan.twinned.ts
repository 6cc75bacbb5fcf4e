import type { TwinGraph } from './matching.graph';
import { binOf } from './matching.context';
import { crossTiesOf, areaTiesOf, partnersTiesValue, regionTiesValue } from './matching.nearby';
import { activityOf, EVIDENCE, saturate, sizeOf } from './matching.rules';
import type { ScanOrder } from './matching.scan';

/**
 * The twinned candidates of a side (seed, then the others) with the part of their core bound that no
 * source changes, in arrays read in order: a pre-filter that costs no exp and no look-up in the
 * graph's 96k-long arrays per candidate (at 10× the directory those reads missed the cache).
 */
export interface TwinnedBounds {
  ids: Int32Array;
  /** size, twinning_activity, turkish_ties, turkey_like_partners (its most), region_ties, partners_ties (its most), minority_share. */
  own: Float64Array;
  bin: Uint8Array;
  country: Int32Array;
  /** Area + 1 (0 for none). */
  area: Int32Array;
}

const pos = (x: number) => Math.max(0, x);
const cache = new WeakMap<TwinGraph, { revision: number; w: Float64Array; sides: (TwinnedBounds | undefined)[] }>();

/**
 * The bounds for weights w, or null when they cannot be derived now. Derived from the counts with no
 * twinning withheld, every term grows with the counts or is bounded by its weight's most, so they
 * still bound while `without` takes twinnings out; derived while some are, they would not once those
 * are back, so they are not derived then (the scan bounds each candidate as it reads it instead).
 */
export function twinnedBounds(g: TwinGraph, order: ScanOrder, side: 0 | 1, w: Float64Array): TwinnedBounds | null {
  let kept = cache.get(g);
  if (kept?.revision !== g.revision || !sameWeights(kept.w, w)) {
    if (g.withheld > 0) return null;
    kept = { revision: g.revision, w: Float64Array.from(w), sides: [] };
    cache.set(g, kept);
  }
  let bounds = kept.sides[side];
  if (!bounds) {
    if (g.withheld > 0) return null;
    bounds = derive(g, order, side, w);
    kept.sides[side] = bounds;
  }
  return bounds;
}

function derive(g: TwinGraph, order: ScanOrder, side: 0 | 1, w: Float64Array): TwinnedBounds {
  const ids = Int32Array.from([...order.seed, ...order.twinned]);
  // Side 0 holds the EU candidates of a Turkish source: its Turkish ties count, and the minority where they lie.
  const ties = side === 0 ? g.turkishTies : g.euTies;
  const minority = side === 0 ? pos(w[EVIDENCE + 1]!) : 0;
  const own = Float64Array.from(ids, (c) => {
    const degree = g.degree[c]!;
    return (
      w[1]! * sizeOf(g, c) +
      pos(w[3]!) * activityOf(degree) +
      pos(w[4]!) * saturate(ties[c]!) +
      pos(w[9]!) +
      pos(w[10]!) * regionTiesValue(areaTiesOf(g, c)) +
      pos(w[11]!) * partnersTiesValue(degree - crossTiesOf(g, c)) +
      minority * g.evidence.minority[c]!
    );
  });
  return {
    ids,
    own,
    bin: Uint8Array.from(ids, (c) => binOf(g, c)),
    country: Int32Array.from(ids, (c) => g.country[c]!),
    area: Int32Array.from(ids, (c) => g.area[c]! + 1),
  };
}

function sameWeights(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
