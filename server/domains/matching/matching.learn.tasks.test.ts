import { describe, expect, it } from 'vitest';
import { poolTask } from './matching.learn.tasks';
import { recommend } from './matching.recommend';
import { SIGNALS } from './matching.rules';
import { pair, tinyGraph } from './matching.testkit';

describe('poolTask', () => {
  const g = tinyGraph([pair('TR-T2', 'EL_1')]);
  const i = (code: string) => g.index.get(code)!;
  const target = new Set([i('EL_1')]);

  it('marks the true partner, valued as under leave-out (its sibling copy hidden too)', () => {
    const task = poolTask(g, i('TR-T1'), target, target, { neutral: 2, populous: 1, random: 2, seed: 1 })!;
    expect(task.positives).toHaveLength(1);
    const x = task.features[task.positives[0]!]!;
    expect(x[SIGNALS.indexOf('towns_like_yours')]).toBe(0);
    expect(g.neighbours[i('TR-T1')]).toContain(i('EL_1')); // the graph is whole again
  });

  it('stands for every candidate the recommender could offer: multiplicities add up to their number', () => {
    const task = poolTask(g, i('TR-T1'), target, target, { neutral: 1, populous: 1, random: 1, seed: 1 })!;
    // EU candidates of TR-T1 once EL_1 is hidden: all five EU towns (it has no EU partner left).
    const offered = g.without([], () => recommend(g, i('TR-T1'), { k: 100 }).length);
    expect(offered).toBe(4); // EL_1 is still its partner outside leave-out
    const total = [...task.multiplicity!].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(5);
    expect(task.features.length).toBeLessThan(5);
  });

  it('is null when no true partner can be offered', () => {
    expect(poolTask(g, i('TR-T1'), new Set([i('TR-T3')]), new Set([i('TR-T3')]))).toBeNull();
  });
});
