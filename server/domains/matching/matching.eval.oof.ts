import type { TwinGraph } from './matching.graph';
import { evaluate, type EvalResult, type HeldOutPair, type Ranker, recommender, type SourceOutcome, summarise } from './matching.eval';
import { bestOf, splitFold } from './matching.eval.cv';
import type { Weights } from './matching.rules';

/** Weights fitted on the training sources of one fold (never on its test sources). */
export type Fitter = (trainSources: ReadonlySet<number>, fold: number) => Weights;

/**
 * Out-of-fold evaluation: for each fold, fit on the other folds, rank the fold's sources with those
 * weights (exactly, with the full scan), and pool the folds' per-source outcomes.
 */
export function outOfFold(g: TwinGraph, pairs: readonly HeldOutPair[], folds: ReadonlyMap<number, number>, k: number, name: string, fit: Fitter, depth?: number): { result: EvalResult; weights: Weights[] } {
  const perSource = new Map<number, SourceOutcome>();
  const weights: Weights[] = [];
  for (let f = 0; f < k; f++) {
    const { train, test } = splitFold(pairs, folds, f);
    const w = fit(new Set(train.map((p) => p.source)), f);
    weights.push(w);
    for (const [s, o] of evaluate(g, test, name, recommender(w), depth).perSource) perSource.set(s, o);
  }
  return { result: summarise(name, perSource), weights };
}

/**
 * The best baseline chosen per fold: each fold takes the baseline with the best Recall@10 on its
 * training sources and is scored with it on its test sources. Baselines fit nothing, so each is
 * ranked once for every source and the folds read their outcomes.
 */
export function baselinePerFold(g: TwinGraph, pairs: readonly HeldOutPair[], folds: ReadonlyMap<number, number>, k: number, baselines: readonly { name: string; rank: Ranker }[]): { result: EvalResult; chosen: string[]; all: EvalResult[] } {
  const all = baselines.map((b) => evaluate(g, pairs, b.name, b.rank));
  const perSource = new Map<number, SourceOutcome>();
  const chosen: string[] = [];
  for (let f = 0; f < k; f++) {
    const part = (r: EvalResult, test: boolean) => new Map([...r.perSource].filter(([s]) => folds.has(s) && (folds.get(s) === f) === test));
    const best = bestOf(all.map((r) => summarise(r.name, part(r, false))));
    chosen.push(all[best]!.name);
    for (const [s, o] of part(all[best]!, true)) perSource.set(s, o);
  }
  return { result: summarise('best baseline (chosen per fold on its training folds)', perSource), chosen, all };
}
