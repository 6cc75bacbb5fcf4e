import type { TwinGraph } from './matching.graph';
import type { BoundTables } from './matching.bound';
import { binOf } from './matching.context';
import { sizeOf } from './matching.rules';

/**
 * The order in which recommend() reads one side's candidates. Only speed depends on it, never the
 * result (ties go to the lower index whatever the order):
 * - seed: the most twinned (they fill the top-k early, raising the floor the bound compares with);
 * - twinned: the other candidates with twinnings of their own, in index order, bounded one by one;
 * - groups: the candidates without any twinning (most of the directory, and all of a grown one),
 *   grouped by area, size bin and country. Their core bound differs within a group only by their
 *   size, so a group, largest first, is read until one member's bound falls below the floor: the
 *   rest cannot do better. The scan then costs the groups (fixed by the map), not the directory.
 */
export interface ScanOrder {
  seed: number[];
  twinned: number[];
  groups: CandidateGroup[];
  /** Index in `groups` of each node, -1 where it is in none (other side, twinned). */
  groupOf: Int32Array;
}

export interface CandidateGroup {
  area: number;
  bin: number;
  country: number;
  /** Largest population first, then lower index. */
  members: Int32Array;
  /** Latitude range of the members (degrees; NaN when one is unknown): bounds their distance to a source. */
  minLat: number;
  maxLat: number;
  /** The largest minority_share among the members: their bound must hold for every one of them. */
  minorityMax: number;
}

const SEED = 500;
const orders = new WeakMap<TwinGraph, { revision: number; sides: [ScanOrder, ScanOrder] }>();

/** Candidates of a Turkish source (side 0: EU ones) or of an EU source (side 1: Turkish ones), in scan order. */
export function scanOrder(g: TwinGraph, side: 0 | 1): ScanOrder {
  // A twinning counted in place can give a candidate its first twinning: the groups would then bound it too low.
  let o = orders.get(g);
  if (o?.revision !== g.revision) {
    o = { revision: g.revision, sides: [orderOf(g, g.eu), orderOf(g, g.turkish)] };
    orders.set(g, o);
  }
  return o.sides[side];
}

function orderOf(g: TwinGraph, ids: readonly number[]): ScanOrder {
  const twinnedAll = ids.filter((i) => g.degree[i]! > 0);
  const seed = [...twinnedAll].sort((a, b) => g.degree[b]! - g.degree[a]! || a - b).slice(0, SEED);
  const inSeed = new Set(seed);
  const byKey = new Map<string, number[]>();
  for (const i of ids) {
    if (g.degree[i]! > 0) continue;
    const key = `${g.area[i]}|${binOf(g, i)}|${g.country[i]}`;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(i);
  }
  const groups = [...byKey.values()].map((list) => {
    const first = list[0]!;
    const members = Int32Array.from(list.sort((a, b) => g.logPop[b]! - g.logPop[a]! || a - b));
    let minLat = Infinity;
    let maxLat = -Infinity;
    let minorityMax = 0;
    for (const m of members) {
      // NaN (an unknown latitude) makes the range NaN, as the distance bound expects.
      minLat = Number.isNaN(g.lat[m]!) || Number.isNaN(minLat) ? NaN : Math.min(minLat, g.lat[m]!);
      maxLat = Number.isNaN(g.lat[m]!) || Number.isNaN(maxLat) ? NaN : Math.max(maxLat, g.lat[m]!);
      minorityMax = Math.max(minorityMax, g.evidence.minority[m]!);
    }
    return { area: g.area[first]!, bin: binOf(g, first), country: g.country[first]!, members, minLat, maxLat, minorityMax };
  });
  const groupOf = new Int32Array(g.n).fill(-1);
  groups.forEach((group, k) => group.members.forEach((i) => (groupOf[i] = k)));
  return { seed, twinned: twinnedAll.filter((i) => !inSeed.has(i)), groups, groupOf };
}

/** The core bound every member of a group shares, before its own size term (w[1] · size). */
export function groupBase(t: BoundTables, group: CandidateGroup): number {
  const area = group.area;
  return t.population + t.byBin[group.bin]! + t.byCountry[group.country]! + (area < 0 ? 0 : t.linksByArea[area]! + t.tiesByArea[area]!);
}

/** The bound of a group's member c (equal to coreBound for a candidate without twinnings). */
export function memberBound(g: TwinGraph, w: Float64Array, base: number, c: number): number {
  return base + w[1]! * sizeOf(g, c);
}

const KM_PER_DEGREE = 111.19;

/**
 * The most the distance signal (exp(−km / scale)) can be for any member of a group: no two points are
 * nearer than their difference in latitude. 1 when a position is unknown (NaN compares false).
 */
export function groupDistanceBound(g: TwinGraph, source: number, group: CandidateGroup, scaleKm: number): number {
  const lat = g.lat[source]!;
  const gap = lat < group.minLat ? group.minLat - lat : lat > group.maxLat ? lat - group.maxLat : 0;
  return gap > 0 ? Math.exp((-gap * KM_PER_DEGREE) / scaleKm) : 1;
}
