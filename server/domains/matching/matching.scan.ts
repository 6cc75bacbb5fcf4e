import type { TwinGraph } from './matching.graph';
import type { BoundTables } from './matching.bound';
import { BINS, binOf } from './matching.context';
import { sizeOf } from './matching.rules';
import { type Box, boxDistanceBound, emptyBox, extendBox } from './matching.scan.box';

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
  /** Where the side's twinned candidates of each area lie (index area + 1; 0 for those without an area): bounds the twinned ones' distance. */
  areaBoxes: Box[];
}

export interface CandidateGroup {
  area: number;
  bin: number;
  country: number;
  /** Largest population first, then lower index. */
  members: Int32Array;
  /** Where the members lie: bounds their distance to a source. */
  box: Box;
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
  // One number per (area, bin, country), not a string per candidate: ~1M strings at ten times the data.
  const byKey = new Map<number, number[]>();
  const countries = g.countries.length;
  for (const i of ids) {
    if (g.degree[i]! > 0) continue;
    const key = ((g.area[i]! + 1) * BINS + binOf(g, i)) * countries + g.country[i]!;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(i);
  }
  const groups = [...byKey.values()].map((list) => {
    const first = list[0]!;
    const members = Int32Array.from(list.sort((a, b) => g.logPop[b]! - g.logPop[a]! || a - b));
    const box = emptyBox();
    let minorityMax = 0;
    for (const m of members) {
      extendBox(box, g, m);
      minorityMax = Math.max(minorityMax, g.evidence.minority[m]!);
    }
    return { area: g.area[first]!, bin: binOf(g, first), country: g.country[first]!, members, box, minorityMax };
  });
  const groupOf = new Int32Array(g.n).fill(-1);
  groups.forEach((group, k) => group.members.forEach((i) => (groupOf[i] = k)));
  const areaBoxes = Array.from({ length: g.areaTies.length + 1 }, emptyBox);
  for (const i of twinnedAll) extendBox(areaBoxes[g.area[i]! + 1]!, g, i);
  return { seed, twinned: twinnedAll.filter((i) => !inSeed.has(i)), groups, groupOf, areaBoxes };
}

/** The core bound every member of a group shares, before its own size term (w[1] · size). */
export function groupBase(t: BoundTables, group: CandidateGroup): number {
  const area = group.area;
  return t.byBin[group.bin]! + t.byCountry[group.country]! + (area < 0 ? 0 : t.linksByArea[area]! + t.tiesByArea[area]!);
}

/** The bound of a group's member c (equal to coreBound for a candidate without twinnings). */
export function memberBound(g: TwinGraph, w: Float64Array, base: number, c: number): number {
  return base + w[1]! * sizeOf(g, c);
}

/**
 * The most the distance signal (exp(−km / scale)) can be for any member of a group: no member is
 * nearer the source than the nearest point of the members' latitude and longitude range.
 */
export function groupDistanceBound(g: TwinGraph, source: number, group: CandidateGroup, scaleKm: number): number {
  return boxDistanceBound(g, source, group.box, scaleKm);
}

/** The same bound per area of the side's candidates (index area + 1), for the candidates bounded one by one. */
export function areaDistanceBounds(g: TwinGraph, source: number, order: ScanOrder, scaleKm: number): Float64Array {
  return Float64Array.from(order.areaBoxes, (box) => boxDistanceBound(g, source, box, scaleKm));
}
