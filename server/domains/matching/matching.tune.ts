import type { TwinGraph } from './matching.graph';
import { evaluate, type EvalResult, type HeldOutPair, recommender } from './matching.eval';
import { SIGNALS, type Signal, type Weights } from './matching.rules';

/** What tuning maximises: early hits count most, a hit in the top 50 still counts. */
export const objective = (r: EvalResult): number => r.recallAt10 + 0.5 * r.recallAt50 + r.mrr;

// The platform's signals are 0 in the evaluation: tuning them on it would only add noise.
const TUNABLE = SIGNALS.filter((s): s is Exclude<Signal, 'themes' | 'open_request'> => s !== 'themes' && s !== 'open_request');
const STEPS = [0, 0.5, 2];

/**
 * Coordinate ascent on the weights over the given (training) pairs: one signal at a time, try
 * switching it off, halving and doubling it; keep a change only if the objective improves.
 */
export function tune(g: TwinGraph, train: readonly HeldOutPair[], start: Weights, rounds = 2, log: (line: string) => void = () => {}): Weights {
  let best = { ...start };
  let bestValue = objective(evaluate(g, train, 'tune', recommender(best), 50));
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (const s of TUNABLE) {
      for (const step of STEPS) {
        const trial = { ...best, [s]: best[s] === 0 && step > 0 ? 1 : best[s] * step };
        if (trial[s] === best[s]) continue;
        const value = objective(evaluate(g, train, 'tune', recommender(trial), 50));
        if (value > bestValue + 1e-9) {
          [best, bestValue, changed] = [trial, value, true];
          log(`  ${s} → ${trial[s]} (objective ${value.toFixed(3)})`);
        }
      }
    }
    if (!changed) break;
  }
  return best;
}
