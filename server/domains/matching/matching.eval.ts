import type { TwinGraph } from './matching.graph';
import { recommend } from './matching.recommend';
import type { Weights } from './matching.rules';

/** A known twinning to recover: a Turkish authority and its EU partner, by graph index. */
export interface HeldOutPair {
  source: number;
  target: number;
  /**
   * false for a row of the file that cannot be scored (its EU side is not in the directory, or is a
   * duplicate under another name) but still leaves the graph with the source's other pairs: leave-out means out.
   */
  scored?: boolean;
}

/** One source's outcome: its scored pairs, how many of them ranked in the top 10 and 50, 1/rank of the first. */
export interface SourceOutcome {
  pairs: number;
  hits10: number;
  hits50: number;
  rr: number;
}

export interface EvalResult {
  name: string;
  recallAt10: number;
  recallAt50: number;
  mrr: number;
  sources: number;
  pairs: number;
  /** Per source, for pooling folds and for intervals by resampling sources. */
  perSource: Map<number, SourceOutcome>;
}

/** Recall over pairs and MRR over sources, from per-source outcomes (a fold's, or several pooled). */
export function summarise(name: string, perSource: ReadonlyMap<number, SourceOutcome>): EvalResult {
  let [pairs, hit10, hit50, rr] = [0, 0, 0, 0];
  for (const o of perSource.values()) [pairs, hit10, hit50, rr] = [pairs + o.pairs, hit10 + o.hits10, hit50 + o.hits50, rr + o.rr];
  const n = perSource.size;
  return { name, recallAt10: hit10 / (pairs || 1), recallAt50: hit50 / (pairs || 1), mrr: rr / (n || 1), sources: n, pairs, perSource: new Map(perSource) };
}

/** A ranking method: best-first candidate indices for a source, given the graph after leave-out. */
export type Ranker = (g: TwinGraph, source: number, k: number) => number[];

const DEPTH = 1000;

/** Scored pairs grouped by source, sources in ascending index order. */
export function bySource(pairs: readonly HeldOutPair[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const p of [...pairs].sort((a, b) => a.source - b.source)) {
    if (p.scored !== false) (out.get(p.source) ?? out.set(p.source, new Set()).get(p.source)!).add(p.target);
  }
  return out;
}

/** Every node each source's rows name, scored or not: all of them leave the graph together. */
export function hiddenBySource(pairs: readonly HeldOutPair[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const p of pairs) (out.get(p.source) ?? out.set(p.source, new Set()).get(p.source)!).add(p.target);
  return out;
}

/**
 * Ids of every copy of the source's held-out twinnings: the source's edges to its held-out partners,
 * and those partners' edges to any other authority of the source's province on the same side. The
 * loader can tie one listed twinning to two authorities of a province (İstanbul's metropolitan
 * municipality and a district both "twinned with Kassel"); left in, the copy would tell the
 * recommender the answer through towns_like_yours, region_links, the partner's Turkish ties and degree.
 */
export function heldOutEdges(g: TwinGraph, source: number, targets: ReadonlySet<number>): number[] {
  const province = g.region[source] ?? null;
  const sibling = (x: number) => x === source || (province !== null && x < g.n && g.isTurkish[x] === g.isTurkish[source] && g.region[x] === province);
  const ids = new Set<number>();
  for (const t of targets) {
    for (const id of g.edgesOf(t)) {
      const [a, b] = g.edges[id]!;
      if (sibling(a === t ? b : a)) ids.add(id);
    }
  }
  return [...ids].sort((a, b) => a - b);
}

/**
 * Leave-out evaluation: for each source, hide all its held-out pairs from the graph, rank, and see
 * where its true partners land. Recall is over pairs; MRR over sources (first true partner's rank).
 */
export function evaluate(g: TwinGraph, pairs: readonly HeldOutPair[], name: string, rank: Ranker, depth = DEPTH): EvalResult {
  const hidden = hiddenBySource(pairs);
  const perSource = new Map<number, SourceOutcome>();
  for (const [source, targets] of bySource(pairs)) {
    const out = hidden.get(source)!;
    // An unscored partner is a true partner too: ranked, it is neither a hit nor a miss.
    const ranked = g.without(heldOutEdges(g, source, out), () => rank(g, source, depth)).filter((c) => targets.has(c) || !out.has(c));
    const ranks = ranked.flatMap((c, r) => (targets.has(c) ? [r + 1] : []));
    const count = (k: number) => ranks.filter((r) => r <= k).length;
    perSource.set(source, { pairs: targets.size, hits10: count(10), hits50: count(50), rr: ranks.length ? 1 / ranks[0]! : 0 });
  }
  return summarise(name, perSource);
}

/** The recommender with given weights. */
export const recommender =
  (weights?: Weights): Ranker =>
  (g, source, k) =>
    recommend(g, source, { k, ...(weights ? { weights } : {}) }).map((r) => r.index);

/** Baseline: the most populous authorities on the other side. */
export const populationOnly: Ranker = (g, source, k) => topBy(g, source, k, (c) => g.logPop[c]!);

/** Baseline: population weighted by the share of Turkey's twinnings that go to the candidate's country. */
export const countryShareTimesPopulation: Ranker = (g, source, k) => {
  const total = g.turkeyCountryTies.reduce((s, v) => s + Math.max(0, v), 0) || 1;
  return topBy(g, source, k, (c) => (Math.max(0, g.turkeyCountryTies[g.country[c]!]!) / total) * Math.expm1(g.logPop[c]!));
};

function topBy(g: TwinGraph, source: number, k: number, value: (c: number) => number): number[] {
  const excluded = new Set([source, ...g.neighbours[source]!]);
  const ids = (g.isTurkish[source] ? g.eu : g.turkish).filter((c) => !excluded.has(c));
  const v = new Float64Array(g.n);
  for (const c of ids) v[c] = value(c);
  return ids.sort((a, b) => v[b]! - v[a]! || a - b).slice(0, k);
}
