import { describe, expect, it } from 'vitest';
import { boundTables, coreBound } from './matching.bound';
import { DEFAULT_WEIGHTS, evidenceScore, fillCore, LATE, SIGNALS, score, sourceContext, weightVector } from './matching.rules';
import { tinyGraph } from './matching.testkit';

const g = tinyGraph();
const values = new Float64Array(SIGNALS.length);

/** The core score (with the evidence signals, which the scan scores with it) and its bound for every candidate of every source. */
function pairs(weights = DEFAULT_WEIGHTS) {
  const w = weightVector(weights);
  return [...g.turkish, ...g.eu].flatMap((s) => {
    const ctx = sourceContext(g, s);
    const t = boundTables(g, ctx, w);
    return (g.isTurkish[s] ? g.eu : g.turkish).map((c) => {
      fillCore(g, ctx, c, values);
      return { core: score(values, w, LATE) + evidenceScore(g, ctx, c, w), bound: coreBound(g, ctx, t, w, c) };
    });
  });
}

describe('coreBound', () => {
  it('never falls below the core score, so the scan never skips a candidate that belongs in the top-k', () => {
    for (const { core, bound } of pairs()) expect(bound).toBeGreaterThanOrEqual(core - 1e-12);
  });

  it('is exact when population, turkey_like_partners and partners_ties weigh nothing: it bounds only those three', () => {
    for (const { core, bound } of pairs({ ...DEFAULT_WEIGHTS, population: 0, turkey_like_partners: 0, partners_ties: 0 })) expect(bound).toBeCloseTo(core, 12);
  });

  it('holds for negative weights too', () => {
    const negative = Object.fromEntries(Object.entries(DEFAULT_WEIGHTS).map(([k, v]) => [k, -v])) as typeof DEFAULT_WEIGHTS;
    for (const { core, bound } of pairs(negative)) expect(bound).toBeGreaterThanOrEqual(core - 1e-12);
  });
});
