import type { TwinGraph } from './matching.graph';
import { evaluate, type EvalResult, type HeldOutPair, recommender, type SourceOutcome, summarise } from './matching.eval';
import { splitFold } from './matching.eval.cv';
import type { Weights } from './matching.rules';

/** A way to get weights from training sources (and nothing else). A list of recipes is ordered simplest first. */
export interface Recipe {
  name: string;
  fit: (trainSources: ReadonlySet<number>) => Weights;
}

/**
 * One fitted recipe at each L2 strength of a grid, in the grid's order (strongest first, so a tie in the
 * choice goes to the fit nearer its prior): the nested choice then picks the strength with the recipe,
 * on training folds only. The strength `usual` keeps the bare name, so figures stay comparable by name.
 */
export function atStrengths(name: string, grid: readonly number[], usual: number, fit: (train: ReadonlySet<number>, l2: number) => Weights): Recipe[] {
  return grid.map((l2) => ({ name: l2 === usual ? name : `${name}, L2 ${l2}`, fit: (train) => fit(train, l2) }));
}

/** Depth the inner cross-validation ranks to: its criterion reads only the top 50. */
const INNER_DEPTH = 50;
const OUTER_DEPTH = 1000;

/**
 * The fits and fold rankings of a set of recipes, each made once: a fit is keyed by the recipe and the
 * training folds, a ranking by those and the test fold. The nested cross-validation, the fixed
 * recipes' out-of-fold rows and the all-pairs choice ask for many of the same ones (the fit that
 * leaves out folds f and j serves inner fold j of outer fold f and inner fold f of outer fold j).
 */
export class FoldLab {
  private readonly fits = new Map<string, Weights>();
  private readonly ranked = new Map<string, { depth: number; perSource: Map<number, SourceOutcome> }>();

  constructor(
    readonly g: TwinGraph,
    readonly pairs: readonly HeldOutPair[],
    readonly folds: ReadonlyMap<number, number>,
    readonly recipes: readonly Recipe[],
  ) {}

  /** Weights of recipe r fitted on the sources of the given folds. */
  weights(r: number, trainFolds: readonly number[]): Weights {
    const key = `${r}|${[...trainFolds].sort((a, b) => a - b).join(',')}`;
    let w = this.fits.get(key);
    if (!w) {
      const inTrain = new Set(trainFolds);
      w = this.recipes[r]!.fit(new Set([...this.folds].filter(([, f]) => inTrain.has(f)).map(([s]) => s)));
      this.fits.set(key, w);
    }
    return w;
  }

  /** Per-source outcomes of the test fold's sources, ranked (to at least `depth`) with recipe r fitted on the training folds. */
  outcomes(r: number, trainFolds: readonly number[], testFold: number, depth: number): Map<number, SourceOutcome> {
    const key = `${r}|${[...trainFolds].sort((a, b) => a - b).join(',')}|${testFold}`;
    const known = this.ranked.get(key);
    // A deeper ranking has the same top 10 and top 50; only MRR needs the depth.
    if (known && known.depth >= depth) return known.perSource;
    const { test } = splitFold(this.pairs, this.folds, testFold);
    const perSource = evaluate(this.g, test, this.recipes[r]!.name, recommender(this.weights(r, trainFolds)), depth).perSource;
    this.ranked.set(key, { depth, perSource });
    return perSource;
  }
}

/**
 * Cross-validation over the given folds only (each ranked with every recipe fitted on the others),
 * and the recipe it chooses. The criterion, fixed before any nested figure was seen: pooled
 * out-of-fold top-10 hits plus top-50 hits (a hit in the top 10 counts twice: it is in the top 50
 * too); a tie goes to the earlier, simpler recipe.
 */
export function chooseRecipe(lab: FoldLab, foldIds: readonly number[]): { best: number; scores: number[] } {
  const scores = lab.recipes.map((_, r) => {
    let hits = 0;
    for (const j of foldIds) {
      for (const o of lab.outcomes(r, foldIds.filter((f) => f !== j), j, INNER_DEPTH).values()) hits += o.hits10 + o.hits50;
    }
    return hits;
  });
  const best = scores.reduce((b, s, r) => (s > scores[b]! ? r : b), 0);
  return { best, scores };
}

const range = (k: number) => Array.from({ length: k }, (_, i) => i);

/** Recipe r out of fold: each of the k folds ranked with r fitted on the other folds. */
export function fixedOutOfFold(lab: FoldLab, r: number, k: number): EvalResult {
  const perSource = new Map<number, SourceOutcome>();
  for (const f of range(k)) for (const [s, o] of lab.outcomes(r, range(k).filter((j) => j !== f), f, OUTER_DEPTH)) perSource.set(s, o);
  return summarise(lab.recipes[r]!.name, perSource);
}

/**
 * Nested cross-validation: for each outer fold, the recipe is chosen by cross-validation over the
 * other folds only (the inner folds are the outer training folds, so again whole provinces), then
 * fitted on all of them and scored on the held-out fold. The choice is part of the fitted
 * procedure, so the pooled outcome measures the procedure, choice included, out of sample.
 */
export function nestedOutOfFold(lab: FoldLab, k: number, name: string): { result: EvalResult; chosen: number[]; scores: number[][] } {
  const perSource = new Map<number, SourceOutcome>();
  const chosen: number[] = [];
  const scores: number[][] = [];
  for (const f of range(k)) {
    const train = range(k).filter((j) => j !== f);
    const choice = chooseRecipe(lab, train);
    chosen.push(choice.best);
    scores.push(choice.scores);
    for (const [s, o] of lab.outcomes(choice.best, train, f, OUTER_DEPTH)) perSource.set(s, o);
  }
  return { result: summarise(name, perSource), chosen, scores };
}

/** The shipped procedure on every fold: the recipe cross-validation over all k folds chooses, fitted on all pairs. */
export function shippedWeights(lab: FoldLab, k: number): { best: number; scores: number[]; weights: Weights } {
  const all = range(k);
  const { best, scores } = chooseRecipe(lab, all);
  return { best, scores, weights: lab.weights(best, all) };
}
