import { describe, expect, it } from 'vitest';
import { evaluate, type HeldOutPair, type Ranker } from './matching.eval';
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
});
