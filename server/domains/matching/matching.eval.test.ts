import { describe, expect, it } from 'vitest';
import { evaluate, type EvalResult, folds, type HeldOutPair, pool, type Ranker, ratioInterval } from './matching.eval';
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

  it('hides the source’s unscored rows too (an unmatched partner, a duplicate), without scoring them', () => {
    const baku = g.nodeOf(null, 'Baku', 'AZ')!;
    const pairs: HeldOutPair[] = [{ source: i('TR-T1'), target: i('EL_1') }, { source: i('TR-T1'), target: baku, scored: false }];
    let seen: number[] = [];
    const r = evaluate(g, pairs, 'spy', (graph, source) => ((seen = [...graph.neighbours[source]!]), [baku, i('EL_1')]));
    expect(seen).toEqual([]);
    expect([r.pairs, r.sources, r.recallAt10, r.mrr]).toEqual([1, 1, 1, 1]); // Baku ranked first is skipped, not a miss
    expect(g.neighbours[i('TR-T1')]!.sort()).toEqual([i('EL_1'), baku].sort());
  });

  it('splits sources into two disjoint folds and pools them back', () => {
    const pairs: HeldOutPair[] = [1, 2, 3, 4].map((s) => ({ source: s, target: 10 + s }));
    const [a, b] = folds(pairs);
    expect(a.map((p) => p.source)).toEqual([1, 3]);
    expect(b.map((p) => p.source)).toEqual([2, 4]);
    const half = { name: '', recallAt10: 0.5, recallAt50: 1, mrr: 0.25, sources: 2, pairs: 2, hits10: new Map<number, number>() };
    expect(pool('both', half, { ...half, recallAt10: 0 })).toMatchObject({ recallAt10: 0.25, recallAt50: 1, sources: 4, pairs: 4 });
  });

  it('gives a paired interval of the Recall@10 ratio that narrows to the ratio when every source agrees', () => {
    const result = (hits: number[]): EvalResult => ({ name: '', recallAt10: 0, recallAt50: 0, mrr: 0, sources: hits.length, pairs: hits.length, hits10: new Map(hits.map((h, s) => [s, h])) });
    expect(ratioInterval(result(Array(40).fill(2)), [result(Array(40).fill(1))])).toEqual([2, 2]);
    const [low, high] = ratioInterval(result([...Array(20).fill(1), ...Array(20).fill(0)]), [result(Array(40).fill(0).map((_, i) => (i % 4 === 0 ? 1 : 0)))]);
    expect(low).toBeLessThan(2);
    expect(high).toBeGreaterThan(2);
  });
});
