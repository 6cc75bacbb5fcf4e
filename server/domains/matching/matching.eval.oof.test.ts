import { describe, expect, it } from 'vitest';
import type { HeldOutPair, Ranker } from './matching.eval';
import { baselinePerFold, outOfFold } from './matching.eval.oof';
import { DEFAULT_WEIGHTS } from './matching.rules';
import { tinyGraph } from './matching.testkit';

const g = tinyGraph();
const i = (code: string) => g.index.get(code)!;
const pairs: HeldOutPair[] = [{ source: i('TR-T1'), target: i('EL_1') }, { source: i('TR-T3'), target: i('DE_1') }];
const folds = new Map([[i('TR-T1'), 0], [i('TR-T3'), 1]]);

describe('baselinePerFold', () => {
  it('scores each fold with the baseline its training folds chose, never the one its own sources favour', () => {
    const greek: Ranker = () => [i('EL_1')];
    const berlin: Ranker = () => [i('DE_1')];
    const r = baselinePerFold(g, pairs, folds, 2, [{ name: 'greek', rank: greek }, { name: 'berlin', rank: berlin }]);
    // Fold 0 (TR-T1) trains on TR-T3, where "berlin" wins; scored with it, TR-T1 misses; and the other way round.
    expect(r.chosen).toEqual(['berlin', 'greek']);
    expect([r.result.recallAt10, r.result.sources, r.result.pairs]).toEqual([0, 2, 2]);
    expect(r.all.map((a) => a.recallAt10)).toEqual([0.5, 0.5]);
  });
});

describe('outOfFold', () => {
  it('fits each fold on the other folds’ sources only and pools the folds', () => {
    const seen: number[][] = [];
    const r = outOfFold(g, pairs, folds, 2, 'oof', (train, f) => (seen[f] = [...train], DEFAULT_WEIGHTS));
    expect(seen).toEqual([[i('TR-T3')], [i('TR-T1')]]);
    expect([...r.result.perSource.keys()].sort()).toEqual([i('TR-T1'), i('TR-T3')].sort());
  });
});
