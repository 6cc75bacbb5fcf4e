import type { TwinGraph } from './matching.graph';

/**
 * The candidates of each side by country and kind, with their log-populations sorted: how many a
 * directory filter admits is then a few binary searches, not a walk over the other side (at ten times
 * the data that walk, done for every answer's "n of N", cost more than the ranking itself).
 * Populations, countries and kinds are fixed for a graph's life (a change to them builds a new graph).
 */
export interface CountTables {
  /** Side 0: the EU candidates (of a Turkish source); side 1: the Turkish ones. Country → kind → sorted logPop. */
  sides: [Map<number, Map<string, Float64Array>>, Map<number, Map<string, Float64Array>>];
}

const kept = new WeakMap<TwinGraph, CountTables>();

export function countTables(g: TwinGraph): CountTables {
  let t = kept.get(g);
  if (!t) {
    t = { sides: [tablesOf(g, g.eu), tablesOf(g, g.turkish)] };
    kept.set(g, t);
  }
  return t;
}

function tablesOf(g: TwinGraph, ids: readonly number[]): Map<number, Map<string, Float64Array>> {
  const lists = new Map<number, Map<string, number[]>>();
  for (const i of ids) {
    const byKind = lists.get(g.country[i]!) ?? lists.set(g.country[i]!, new Map()).get(g.country[i]!)!;
    const type = g.type[i]!;
    (byKind.get(type) ?? byKind.set(type, []).get(type)!).push(g.logPop[i]!);
  }
  return new Map([...lists].map(([country, byKind]) => [country, new Map([...byKind].map(([type, pops]) => [type, Float64Array.from(pops).sort()]))]));
}

/** What a count admits: one country or any, the kinds, and a closed log-population range. */
export interface CountRange {
  country: number | undefined;
  kinds: (type: string) => boolean;
  lo: number;
  hi: number;
}

/** How many of one side's candidates the range admits. */
export function countInRange(t: CountTables, side: 0 | 1, r: CountRange): number {
  const bySide = t.sides[side];
  const countries = r.country === undefined ? [...bySide.values()] : [bySide.get(r.country)].filter((m) => m !== undefined);
  let n = 0;
  for (const byKind of countries) for (const [type, pops] of byKind) if (r.kinds(type)) n += Math.max(0, rank(pops, r.hi, true) - rank(pops, r.lo, false)); // none when lo > hi
  return n;
}

/** How many sorted values are below x, or at most x with `orEqual`. */
function rank(sorted: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x || (orEqual && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
