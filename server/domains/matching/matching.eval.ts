import type { TwinGraph } from './matching.graph';
import { recommend } from './matching.recommend';
import { SIGNALS, type Weights } from './matching.rules';

/** A known twinning to recover: a Turkish authority and its EU partner, by graph index. */
export interface HeldOutPair {
  source: number;
  target: number;
}

export interface EvalResult {
  name: string;
  recallAt10: number;
  recallAt50: number;
  mrr: number;
  sources: number;
  pairs: number;
}

/** A ranking method: best-first candidate indices for a source, given the graph after leave-out. */
export type Ranker = (g: TwinGraph, source: number, k: number) => number[];

const DEPTH = 1000;

/**
 * Leave-out evaluation: for each source, hide all its held-out pairs from the graph, rank, and see
 * where its true partners land. Recall is over pairs; MRR over sources (first true partner's rank).
 */
export function evaluate(g: TwinGraph, pairs: HeldOutPair[], name: string, rank: Ranker): EvalResult {
  const bySource = new Map<number, Set<number>>();
  for (const p of pairs) (bySource.get(p.source) ?? bySource.set(p.source, new Set()).get(p.source)!).add(p.target);
  let hit10 = 0;
  let hit50 = 0;
  let rr = 0;
  for (const [source, targets] of bySource) {
    const hidden = g.edgesOf(source).filter((id) => {
      const [a, b] = g.edges[id]!;
      return targets.has(a === source ? b : a);
    });
    const ranked = g.without(hidden, () => rank(g, source, DEPTH));
    let first = 0;
    ranked.forEach((c, r) => {
      if (!targets.has(c)) return;
      if (r < 10) hit10++;
      if (r < 50) hit50++;
      if (!first) first = r + 1;
    });
    rr += first ? 1 / first : 0;
  }
  const n = [...bySource.values()].reduce((s, t) => s + t.size, 0);
  return { name, recallAt10: hit10 / n, recallAt50: hit50 / n, mrr: rr / bySource.size, sources: bySource.size, pairs: n };
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

function topBy(g: TwinGraph, source: number, k: number, value: (c: number) => number): number[] {
  const wantTurkish = g.isTurkish[source] ? 0 : 1;
  const excluded = new Set([source, ...g.neighbours[source]!]);
  const ids: number[] = [];
  for (let c = 0; c < g.n; c++) if (g.isTurkish[c] === wantTurkish && !excluded.has(c)) ids.push(c);
  const v = new Float64Array(g.n);
  for (const c of ids) v[c] = value(c);
  return ids.sort((a, b) => v[b]! - v[a]! || a - b).slice(0, k);
}
