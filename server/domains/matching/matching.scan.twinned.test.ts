import { describe, expect, it } from 'vitest';
import { boundTables } from './matching.bound';
import { DEFAULT_WEIGHTS, evidenceScore, fillCore, LATE, saturate, SIGNALS, score, sourceContext, weightVector, type Weights } from './matching.rules';
import { scanOrder } from './matching.scan';
import { twinnedBounds } from './matching.scan.twinned';
import { pair, tinyGraph } from './matching.testkit';

const values = new Float64Array(SIGNALS.length);

/** Every source's twinned candidates: the pre-filter's bound (with the terms read first at their most) against the exact core. */
function check(g: ReturnType<typeof tinyGraph>, weights: Weights): number {
  const w = weightVector(weights);
  let checked = 0;
  for (const s of [...g.turkish, ...g.eu]) {
    const side = g.isTurkish[s] ? 0 : 1;
    const pre = twinnedBounds(g, scanOrder(g, side), side, w)!;
    const ctx = sourceContext(g, s);
    const t = boundTables(g, ctx, w);
    pre.ids.forEach((c, i) => {
      fillCore(g, ctx, c, values);
      const core = score(values, w, LATE) + evidenceScore(g, ctx, c, w);
      const firstRead = Math.max(0, w[5]!) * saturate(ctx.regionTies.get(c)) + Math.max(0, w[8]!) * saturate(2 * ctx.sharedPartners.get(c)) + Math.max(0, evidenceScore(g, ctx, c, w) - (side === 0 ? w[SIGNALS.length - 1]! * g.evidence.minority[c]! : 0));
      const area = pre.area[i]!;
      const bound = pre.own[i]! + t.byBin[pre.bin[i]!]! + t.byCountry[pre.country[i]!]! + (area > 0 ? t.linksByArea[area - 1]! : 0) + firstRead;
      expect(bound).toBeGreaterThanOrEqual(core - 1e-12);
      checked++;
    });
  }
  return checked;
}

describe('twinnedBounds', () => {
  it('bound the core of every twinned candidate, for every source, with any weights', () => {
    const negative = Object.fromEntries(Object.entries(DEFAULT_WEIGHTS).map(([k, v]) => [k, -v])) as Weights;
    for (const weights of [DEFAULT_WEIGHTS, negative]) expect(check(tinyGraph(), weights)).toBeGreaterThan(0);
  });

  it('still bound while twinnings are withheld, and are not derived then', () => {
    const g = tinyGraph([pair('TR-T1', 'DE_3'), pair('TR-T2', 'DE_1')]);
    const w = weightVector(DEFAULT_WEIGHTS);
    const source = g.index.get('TR-T3')!;
    // Derived while withheld, the bounds would be too low once the twinnings are back.
    expect(g.without(g.edgesOf(source), () => twinnedBounds(g, scanOrder(g, 0), 0, w))).toBeNull();
    expect(check(g, DEFAULT_WEIGHTS)).toBeGreaterThan(0);
    for (const s of [...g.turkish, ...g.eu]) g.without(g.edgesOf(s), () => check(g, DEFAULT_WEIGHTS));
  });
});
