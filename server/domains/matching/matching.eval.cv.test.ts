import { describe, expect, it } from 'vitest';
import { type EvalResult, type HeldOutPair, type SourceOutcome, summarise } from './matching.eval';
import { assignFolds, bestOf, bootstrap, ratioOf, splitFold, statisticOf } from './matching.eval.cv';

const outcome = (hits10: number, pairs = 1, hits50 = hits10, rr = hits10 > 0 ? 1 : 0): SourceOutcome => ({ pairs, hits10, hits50, rr });
const result = (name: string, hits: number[]): EvalResult => summarise(name, new Map(hits.map((h, s) => [s, outcome(h)])));

describe('assignFolds', () => {
  // Sources 1–2 in province A (3 pairs), 3 in B (2 pairs), 4 and 5 alone (1 pair each), 6 only unscored.
  const pairs: HeldOutPair[] = [
    { source: 1, target: 10 }, { source: 1, target: 11 }, { source: 2, target: 10 },
    { source: 3, target: 12 }, { source: 3, target: 13 }, { source: 4, target: 14 }, { source: 5, target: 15 },
    { source: 6, target: 16, scored: false },
  ];
  const province: Record<number, string> = { 1: 'A', 2: 'A', 3: 'B', 4: 'C', 5: 'D', 6: 'E' };
  const folds = assignFolds(pairs, (s) => province[s]!, 3);

  it('keeps a province in one fold, balances the folds by pairs, and leaves out sources without a scored pair', () => {
    expect(folds.get(1)).toBe(folds.get(2));
    expect(folds.has(6)).toBe(false);
    const load = [0, 1, 2].map((f) => pairs.filter((p) => p.scored !== false && folds.get(p.source) === f).length);
    expect(load.sort()).toEqual([2, 2, 3]);
  });

  it('splits into disjoint training and test sources that together are every scored source', () => {
    for (let f = 0; f < 3; f++) {
      const { train, test } = splitFold(pairs, folds, f);
      const [a, b] = [new Set(train.map((p) => p.source)), new Set(test.map((p) => p.source))];
      expect([...a].filter((s) => b.has(s))).toEqual([]);
      expect([...a, ...b].sort()).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('is the same for the same pairs in any order', () => {
    expect([...assignFolds([...pairs].reverse(), (s) => province[s]!, 3)].sort()).toEqual([...folds].sort());
  });
});

describe('bestOf (the baseline a fold picks on its training sources)', () => {
  it('takes the best Recall@10, then the best Recall@50, then the first', () => {
    expect(bestOf([result('a', [1, 0]), result('b', [1, 1])])).toBe(1);
    const tie = summarise('c', new Map([[0, outcome(1, 1, 1)], [1, outcome(0, 1, 1)]]));
    expect(bestOf([result('a', [1, 0]), tie])).toBe(1);
    expect(bestOf([result('a', [1, 0]), result('b', [0, 1])])).toBe(0);
  });
});

describe('bootstrap over sources', () => {
  it('narrows to the value itself when every source agrees', () => {
    const all = result('x', Array(40).fill(1));
    const sources = [...all.perSource.keys()];
    expect(bootstrap(sources, statisticOf(all, 'hits10'))).toEqual([1, 1]);
    expect(bootstrap(sources, ratioOf(result('m', Array(40).fill(2)), all, 'hits10'))).toEqual([2, 2]);
  });

  it('brackets the observed value, about as wide as the binomial spread, and pairs a ratio by source', () => {
    const half = result('x', Array.from({ length: 100 }, (_, i) => i % 2));
    const sources = [...half.perSource.keys()];
    const [low, high] = bootstrap(sources, statisticOf(half, 'hits10'));
    // Recall 0.5 on 100 pairs: standard error 0.05, so a 90% interval of about ±0.08.
    expect(low).toBeGreaterThan(0.38);
    expect(low).toBeLessThan(0.45);
    expect(high).toBeGreaterThan(0.55);
    expect(high).toBeLessThan(0.62);
    // The same hits on the same sources: a paired ratio is exactly 1 in every draw.
    expect(bootstrap(sources, ratioOf(half, result('y', Array.from({ length: 100 }, (_, i) => i % 2)), 'hits10'))).toEqual([1, 1]);
  });

  it('gives MRR over sources and recall over pairs', () => {
    const r = summarise('r', new Map([[0, outcome(1, 3, 2, 0.5)], [1, outcome(0, 1, 0, 0)]]));
    expect(statisticOf(r, 'hits10')([0, 1])).toBeCloseTo(1 / 4);
    expect(statisticOf(r, 'hits50')([0, 1])).toBeCloseTo(2 / 4);
    expect(statisticOf(r, 'rr')([0, 0, 1])).toBeCloseTo(1 / 3);
  });
});
