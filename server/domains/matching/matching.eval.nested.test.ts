import { describe, expect, it } from 'vitest';
import type { HeldOutPair } from './matching.eval';
import { atStrengths, chooseRecipe, fixedOutOfFold, FoldLab, nestedOutOfFold, type Recipe, shippedWeights } from './matching.eval.nested';
import { TwinGraph } from './matching.graph';
import { SIGNALS, type Signal, type Weights } from './matching.rules';
import { authority, pair } from './matching.testkit';

// Three Turkish towns in three provinces; twelve small Greek towns near them and twelve large German
// towns far away. "near" ranks by distance alone, "big" by size alone: each puts the other's kind of
// town below its own twelve, so out of its top 10.
const turkish = [authority('TR-S0', 'TR', 80_000, 41.0, 27.0, 'TR-22'), authority('TR-S1', 'TR', 80_000, 40.8, 27.5, 'TR-39'), authority('TR-S2', 'TR', 80_000, 40.9, 26.8, 'TR-59')];
const greek = Array.from({ length: 12 }, (_, i) => authority(`EL_${i}`, 'GR', 5_000 + i, 41.0 + i * 0.2, 25.5, `EL5${i}`));
const german = Array.from({ length: 12 }, (_, i) => authority(`DE_${i}`, 'DE', 2_000_000 - i * 1000, 52.0 + i * 0.1, 10.0, `DE${i}`));
const g = new TwinGraph([...turkish, ...greek, ...german], [pair('DE_0', 'EL_0')]);
const i = (code: string) => g.index.get(code)!;
const only = (signal: Signal): Weights => Object.fromEntries(SIGNALS.map((s) => [s, s === signal ? 1 : 0])) as Weights;
const folds = new Map([[i('TR-S0'), 0], [i('TR-S1'), 1], [i('TR-S2'), 2]]);

/** The recipes, each recording the training sources it was fitted on. */
function recipes(seen: number[][]): Recipe[] {
  const recipe = (name: string, signal: Signal): Recipe => ({ name, fit: (train) => (seen.push([...train].sort()), only(signal)) });
  return [recipe('big', 'size'), recipe('near', 'distance')];
}

// S1 and S2 twin with their nearest Greek town (EL_0 is nearest all three); S0, held out in fold 0, with
// the three largest German towns in one world and with a Greek town in the other.
const GERMAN = ['DE_0', 'DE_1', 'DE_2'];
const pairsWith = (s0Targets: readonly string[]): HeldOutPair[] => [
  ...s0Targets.map((t) => ({ source: i('TR-S0'), target: i(t) })),
  { source: i('TR-S1'), target: i('EL_0') },
  { source: i('TR-S2'), target: i('EL_0') },
];

describe('nested cross-validation of the recipe choice', () => {
  it('chooses for a fold from the other folds only: a held-out fold that favours another recipe does not move the choice', () => {
    const runs = [GERMAN, ['EL_0']].map((targets) => {
      const seen: number[][] = [];
      const lab = new FoldLab(g, pairsWith(targets), folds, recipes(seen));
      return { lab, seen, nested: nestedOutOfFold(lab, 3, 'nested') };
    });
    const [german0, greek0] = runs;
    // In the first world fold 0's own pairs are found only by "big", enough to turn a choice that saw them...
    expect(german0!.lab.outcomes(0, [1, 2], 0, 50).get(i('TR-S0'))!.hits10).toBe(3);
    expect(german0!.lab.outcomes(1, [1, 2], 0, 50).get(i('TR-S0'))!.hits10).toBe(0);
    expect(chooseRecipe(german0!.lab, [0, 1, 2]).best).toBe(0);
    // ...yet both worlds give fold 0 "near", the choice of folds 1 and 2, and so S0 misses in the first.
    expect(german0!.nested.chosen[0]).toBe(1);
    expect(greek0!.nested.chosen[0]).toBe(1);
    expect(german0!.nested.result.perSource.get(i('TR-S0'))!.hits10).toBe(0);
    expect(greek0!.nested.result.perSource.get(i('TR-S0'))!.hits10).toBe(1);
  });

  it('never fits, for fold 0, on a set of sources that holds S0', () => {
    const seen: number[][] = [];
    const lab = new FoldLab(g, pairsWith(GERMAN), folds, recipes(seen));
    chooseRecipe(lab, [1, 2]);
    lab.outcomes(1, [1, 2], 0, 1000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((train) => train.includes(i('TR-S0')))).toEqual([]);
  });

  it('scores recipes by pooled inner top-10 plus top-50 hits, a tie to the simpler (earlier) recipe, and fits each once', () => {
    const seen: number[][] = [];
    const lab = new FoldLab(g, pairsWith(['EL_0']), folds, recipes(seen));
    // Inner folds 1 and 2, both EL_0: "near" puts it in the top 10 (2 each), "big" only in the top 50 (1 each).
    expect(chooseRecipe(lab, [1, 2])).toEqual({ best: 1, scores: [2, 4] });
    const tie = new FoldLab(g, pairsWith(['EL_0']), folds, [recipes([])[1]!, { ...recipes([])[1]!, name: 'near again' }]);
    expect(chooseRecipe(tie, [1, 2]).best).toBe(0);
    const before = seen.length;
    chooseRecipe(lab, [1, 2]);
    expect(seen.length).toBe(before);
  });

  it('gives the fixed recipes’ out-of-fold rows and the shipped weights from the same fits', () => {
    const lab = new FoldLab(g, pairsWith(GERMAN), folds, recipes([]));
    expect(fixedOutOfFold(lab, 1, 3).recallAt10).toBeCloseTo(2 / 5);
    expect(fixedOutOfFold(lab, 0, 3).recallAt10).toBeCloseTo(3 / 5);
    // On every fold "big" finds 3 × 2 + 2 × 1 hits, "near" 3 × 1 + 2 × 2: the shipped procedure takes "big".
    const shipped = shippedWeights(lab, 3);
    expect(shipped).toMatchObject({ best: 0, scores: [8, 7] });
    expect(shipped.weights.size).toBe(1);
  });
});

describe('the L2 strength chosen with the recipe', () => {
  // A stand-in for a fit whose strength matters: a strong penalty keeps the prior ("big"), a weak one lets the data in ("near").
  const fit = (strengths: number[]) => (_train: ReadonlySet<number>, l2: number) => (strengths.push(l2), only(l2 >= 0.1 ? 'size' : 'distance'));

  it('makes one recipe per strength in the grid\'s order, the usual strength under the bare name, each fitted at its own strength', () => {
    const strengths: number[] = [];
    const made = atStrengths('softmax', [0.1, 0.01, 0.003], 0.01, fit(strengths));
    expect(made.map((r) => r.name)).toEqual(['softmax, L2 0.1', 'softmax', 'softmax, L2 0.003']);
    made.forEach((r) => r.fit(new Set()));
    expect(strengths).toEqual([0.1, 0.01, 0.003]);
  });

  it('is chosen per fold from the training folds only, a tie going to the stronger penalty', () => {
    const lab = new FoldLab(g, pairsWith(GERMAN), folds, atStrengths('softmax', [0.1, 0.01, 0.003], 0.01, fit([])));
    // Fold 0 alone favours the strong penalty (its German partners); folds 1 and 2 the weak ones, which tie.
    expect(nestedOutOfFold(lab, 3, 'nested').chosen[0]).toBe(1);
    expect(chooseRecipe(lab, [1, 2]).scores).toEqual([2, 4, 4]);
  });
});
