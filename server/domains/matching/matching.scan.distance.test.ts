import { describe, expect, it } from 'vitest';
import { DISTANCE_SCALE_KM, fillSignals, LATE, SIGNALS, sourceContext } from './matching.rules';
import { groupDistanceBound, scanOrder } from './matching.scan';
import { tinyGraph } from './matching.testkit';

describe('groupDistanceBound', () => {
  it('is at least the distance signal of every member of every group, for every source, and below 1 for far groups', () => {
    const g = tinyGraph();
    const out = new Float64Array(SIGNALS.length);
    let below = 0;
    for (const source of [...g.turkish, ...g.eu]) {
      for (const group of scanOrder(g, g.isTurkish[source] ? 0 : 1).groups) {
        const bound = groupDistanceBound(g, source, group, DISTANCE_SCALE_KM);
        if (bound < 1) below++;
        for (const c of group.members) {
          fillSignals(g, sourceContext(g, source), c, { themes: 0, openRequest: 0 }, out);
          expect(out[LATE]!).toBeLessThanOrEqual(bound + 1e-12);
        }
      }
    }
    expect(below).toBeGreaterThan(0);
  });
});
