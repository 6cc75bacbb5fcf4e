import type { EvalResult, HeldOutPair, SourceOutcome } from './matching.eval';

/**
 * k folds of the sources, a whole group (a province: its authorities can share one twinning recorded
 * twice) always in one fold. Groups go, the largest first, to the fold with the fewest pairs so far,
 * so folds are balanced; deterministic for the same pairs.
 */
export function assignFolds(pairs: readonly HeldOutPair[], groupOf: (source: number) => string, k: number): Map<number, number> {
  const groups = new Map<string, { sources: Set<number>; pairs: number }>();
  for (const p of pairs) {
    if (p.scored === false) continue;
    const key = groupOf(p.source);
    const group = groups.get(key) ?? groups.set(key, { sources: new Set(), pairs: 0 }).get(key)!;
    group.sources.add(p.source);
    group.pairs++;
  }
  const load = new Array<number>(k).fill(0);
  const fold = new Map<number, number>();
  for (const [, group] of [...groups].sort(([ka, a], [kb, b]) => b.pairs - a.pairs || (ka < kb ? -1 : 1))) {
    const f = load.indexOf(Math.min(...load));
    load[f]! += group.pairs;
    for (const s of group.sources) fold.set(s, f);
  }
  return fold;
}

/** The pairs (scored or not) of the sources in fold f, and of all the others. */
export function splitFold(pairs: readonly HeldOutPair[], folds: ReadonlyMap<number, number>, f: number): { train: HeldOutPair[]; test: HeldOutPair[] } {
  const inFold = (p: HeldOutPair) => folds.get(p.source) === f;
  return { train: pairs.filter((p) => folds.has(p.source) && !inFold(p)), test: pairs.filter(inFold) };
}

/** Index of the best result by Recall@10, then Recall@50, then the first: how a fold picks its baseline from its training folds. */
export function bestOf(results: readonly EvalResult[]): number {
  let best = 0;
  results.forEach((r, i) => {
    const b = results[best]!;
    if (r.recallAt10 > b.recallAt10 || (r.recallAt10 === b.recallAt10 && r.recallAt50 > b.recallAt50)) best = i;
  });
  return best;
}

/** A statistic of a sample of sources (drawn with replacement, so a source may come more than once). */
export type Statistic = (sample: readonly number[]) => number;

/**
 * A 90% interval of a statistic by resampling sources with replacement (percentile bootstrap). The
 * same draws serve every statistic with the same seed, so a ratio of two rankers is paired by source.
 */
export function bootstrap(sources: readonly number[], statistic: Statistic, draws = 2000, seed = 20261128): [number, number] {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const values: number[] = [];
  for (let d = 0; d < draws; d++) values.push(statistic(sources.map(() => sources[Math.floor(random() * sources.length)]!)));
  values.sort((a, b) => a - b);
  return [values[Math.floor(0.05 * (draws - 1))]!, values[Math.ceil(0.95 * (draws - 1))]!];
}

type Field = keyof SourceOutcome;
const total = (r: EvalResult, sample: readonly number[], field: Field) => sample.reduce((sum, s) => sum + (r.perSource.get(s)?.[field] ?? 0), 0);

/** Recall@10 or @50 of a sample (over its pairs), or its MRR (over its sources). */
export const statisticOf = (r: EvalResult, field: 'hits10' | 'hits50' | 'rr'): Statistic => (sample) =>
  total(r, sample, field) / ((field === 'rr' ? sample.length : total(r, sample, 'pairs')) || 1);

/** The ratio of two rankers' hits on the same sample (Recall@k ratio: same pairs on both sides). */
export const ratioOf = (main: EvalResult, base: EvalResult, field: 'hits10' | 'hits50'): Statistic => (sample) => total(main, sample, field) / (total(base, sample, field) || 1);
