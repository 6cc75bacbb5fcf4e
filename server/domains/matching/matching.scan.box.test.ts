import { describe, expect, it } from 'vitest';
import { TwinGraph } from './matching.graph';
import { distanceValue, DISTANCE_SCALE_KM, sourceContext } from './matching.rules';
import { boxDistanceBound, emptyBox, extendBox } from './matching.scan.box';
import { authority } from './matching.testkit';

/** Random places the world over (poles, the antimeridian, boxes wider than half the globe included), fixed seed. */
function places(count: number, seed: number): TwinGraph {
  let s = seed;
  const random = () => ((s = (s * 48271) % 2147483647) / 2147483647);
  const rows = Array.from({ length: count }, (_, n) => {
    // Half near Europe and Turkey (boxes of a region), half anywhere.
    const local = n % 2 === 0;
    const lat = local ? 30 + 40 * random() : -89 + 178 * random();
    const lon = local ? -20 + 70 * random() : -180 + 360 * random();
    return authority(`P_${n}`, 'DE', 1000, lat, lon, 'DE111');
  });
  return new TwinGraph(rows, []);
}

describe('boxDistanceBound', () => {
  it('is at least the distance signal of every place in the box, for sources inside and outside it', () => {
    const g = places(400, 11);
    let s = 5;
    const random = () => ((s = (s * 48271) % 2147483647) / 2147483647);
    let tight = 0;
    for (let trial = 0; trial < 300; trial++) {
      const size = 1 + Math.floor(random() * 12);
      const members = Array.from({ length: size }, () => Math.floor(random() * g.n));
      const box = emptyBox();
      for (const m of members) extendBox(box, g, m);
      for (let source = 0; source < g.n; source += 7) {
        const bound = boxDistanceBound(g, source, box, DISTANCE_SCALE_KM);
        const ctx = sourceContext(g, source);
        for (const m of members) expect(distanceValue(g, ctx, m)).toBeLessThanOrEqual(bound);
        if (bound < 1) tight++;
      }
    }
    expect(tight).toBeGreaterThan(1000);
  });

  it('is the distance itself for a box of one place within 90° of longitude, 0 for a box of places without a position', () => {
    const g = places(60, 3);
    for (let source = 0; source < g.n; source++) {
      for (let c = 0; c < g.n; c += 5) {
        const box = emptyBox();
        extendBox(box, g, c);
        const gap = Math.abs(g.lon[source]! - g.lon[c]!);
        // Farther apart in longitude it is the latitude gap's bound: looser, never lower.
        if (Math.min(gap, 360 - gap) <= 90) expect(boxDistanceBound(g, source, box, DISTANCE_SCALE_KM)).toBeCloseTo(distanceValue(g, sourceContext(g, source), c), 4);
      }
    }
    const unknown = new TwinGraph([authority('TR-1', 'TR', 1000, 40, 30, 'TR-06'), { ...authority('DE_1', 'DE', 1000, 0, 0, 'DE111'), lat: null, lon: null }], []);
    const box = emptyBox();
    extendBox(box, unknown, 1);
    expect(boxDistanceBound(unknown, 0, box, DISTANCE_SCALE_KM)).toBe(0);
  });
});
