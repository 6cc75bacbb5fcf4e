import type { TwinGraph } from './matching.graph';
import { recommend } from './matching.recommend';
import { SIGNALS, type Weights } from './matching.rules';

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

export interface EvalResult {
  name: string;
  recallAt10: number;
  recallAt50: number;
  mrr: number;
  sources: number;
  pairs: number;
  /** Hits in the top 10 per source, for intervals by resampling sources. */
  hits10: Map<number, number>;
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
function hiddenBySource(pairs: readonly HeldOutPair[]): Map<number, Set<number>> {
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
  const groups = bySource(pairs);
  const hidden = hiddenBySource(pairs);
  let hit10 = 0;
  let hit50 = 0;
  let rr = 0;
  let n = 0;
  const hits10 = new Map<number, number>();
  for (const [source, targets] of groups) {
    const out = hidden.get(source)!;
    // An unscored partner is a true partner too: ranked, it is neither a hit nor a miss.
    const ranked = g.without(heldOutEdges(g, source, out), () => rank(g, source, depth)).filter((c) => targets.has(c) || !out.has(c));
    const ranks = ranked.flatMap((c, r) => (targets.has(c) ? [r + 1] : []));
    hits10.set(source, ranks.filter((r) => r <= 10).length);
    hit10 += hits10.get(source)!;
    hit50 += ranks.filter((r) => r <= 50).length;
    rr += ranks.length ? 1 / ranks[0]! : 0;
    n += targets.size;
  }
  return { name, recallAt10: hit10 / (n || 1), recallAt50: hit50 / (n || 1), mrr: rr / (groups.size || 1), sources: groups.size, pairs: n, hits10 };
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

/** The recommender with one signal switched off, for each signal: what each one adds. */
export function ablations(weights: Weights): { name: string; rank: Ranker }[] {
  return SIGNALS.filter((s) => weights[s] > 0).map((s) => ({ name: `without ${s}`, rank: recommender({ ...weights, [s]: 0 }) }));
}

/** Two folds of the pairs by source (alternating scored sources in index order), for tuning on one and testing on the other. */
export function folds(pairs: readonly HeldOutPair[]): [HeldOutPair[], HeldOutPair[]] {
  const order = [...bySource(pairs).keys()];
  const inA = new Set(order.filter((_, i) => i % 2 === 0));
  return [pairs.filter((p) => inA.has(p.source)), pairs.filter((p) => !inA.has(p.source))];
}

/** Pool two results on disjoint sources into one (recall over pairs, MRR over sources). */
export function pool(name: string, a: EvalResult, b: EvalResult): EvalResult {
  const pairs = a.pairs + b.pairs;
  const sources = a.sources + b.sources;
  const mix = (x: number, y: number, wx: number, wy: number) => (x * wx + y * wy) / (wx + wy || 1);
  return {
    name, pairs, sources, hits10: new Map([...a.hits10, ...b.hits10]), recallAt10: mix(a.recallAt10, b.recallAt10, a.pairs, b.pairs), recallAt50: mix(a.recallAt50, b.recallAt50, a.pairs, b.pairs), mrr: mix(a.mrr, b.mrr, a.sources, b.sources),
  };
}

/**
 * A 90% interval of `main`'s Recall@10 over the best baseline's, resampling sources with replacement
 * (the same draw for all, so the ratio is paired): with ~200 pairs one hit is 0.5 points, and the
 * interval says which differences are noise.
 */
export function ratioInterval(main: EvalResult, baselines: readonly EvalResult[], draws = 2000, seed = 20261128): [number, number] {
  const sources = [...main.hits10.keys()];
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const ratios: number[] = [];
  for (let d = 0; d < draws; d++) {
    const sample = sources.map(() => sources[Math.floor(random() * sources.length)]!);
    const hits = (r: EvalResult) => sample.reduce((sum, s) => sum + (r.hits10.get(s) ?? 0), 0);
    ratios.push(hits(main) / (Math.max(...baselines.map(hits)) || 1));
  }
  ratios.sort((a, b) => a - b);
  return [ratios[Math.floor(0.05 * draws)]!, ratios[Math.floor(0.95 * draws)]!];
}

function topBy(g: TwinGraph, source: number, k: number, value: (c: number) => number): number[] {
  const excluded = new Set([source, ...g.neighbours[source]!]);
  const ids = (g.isTurkish[source] ? g.eu : g.turkish).filter((c) => !excluded.has(c));
  const v = new Float64Array(g.n);
  for (const c of ids) v[c] = value(c);
  return ids.sort((a, b) => v[b]! - v[a]! || a - b).slice(0, k);
}
