import { describe, expect, it } from 'vitest';
import { evaluate, folds, type HeldOutPair, pool, type Ranker } from './matching.eval';
import { tinyGraph } from './matching.testkit';

const g = tinyGraph();
const i = (code: string) => g.index.get(code)!;

describe('evaluate', () => {
  it('computes Recall@10, Recall@50 and MRR on a ranking with a known answer', () => {
    // T1's true partners are BG_1 (ranked 1st) and EL_1 (ranked 12th); T3's is DE_1 (not ranked at all).
    const pairs: HeldOutPair[] = [
      { source: i('TR-T1'), target: i('BG_1') },
      { source: i('TR-T1'), target: i('EL_1') },
      { source: i('TR-T3'), target: i('DE_1') },
    ];
    const filler = Array.from({ length: 10 }, (_, n) => 100 + n);
    const ranker: Ranker = (_g, source) => (source === i('TR-T1') ? [i('BG_1'), ...filler, i('EL_1')] : filler);
    const r = evaluate(g, pairs, 'toy', ranker);
    expect(r.recallAt10).toBeCloseTo(1 / 3);
    expect(r.recallAt50).toBeCloseTo(2 / 3);
    expect(r.mrr).toBeCloseTo((1 / 1 + 0) / 2);
    expect([r.sources, r.pairs]).toEqual([2, 3]);
  });

  it('hides all of the source’s held-out pairs while ranking, and only those', () => {
    const pairs: HeldOutPair[] = [{ source: i('TR-T3'), target: i('DE_1') }, { source: i('TR-T3'), target: i('DE_2') }];
    let seen: number[] = [];
    evaluate(g, pairs, 'spy', (graph, source) => ((seen = [...graph.neighbours[source]!]), []));
    expect(seen).toEqual([]);
    expect(g.neighbours[i('TR-T3')]!.sort()).toEqual([i('DE_1'), i('DE_2')]);
  });

  it('splits sources into two disjoint folds and pools them back', () => {
    const pairs: HeldOutPair[] = [1, 2, 3, 4].map((s) => ({ source: s, target: 10 + s }));
    const [a, b] = folds(pairs);
    expect(a.map((p) => p.source)).toEqual([1, 3]);
    expect(b.map((p) => p.source)).toEqual([2, 4]);
    const half = { name: '', recallAt10: 0.5, recallAt50: 1, mrr: 0.25, sources: 2, pairs: 2 };
    expect(pool('both', half, { ...half, recallAt10: 0 })).toMatchObject({ recallAt10: 0.25, recallAt50: 1, sources: 4, pairs: 4 });
  });
});
