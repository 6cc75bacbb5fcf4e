import { describe, expect, it } from 'vitest';
import { lineAlpha, lineLayer } from './networkLayer';

describe('network layer', () => {
  it('projects both ends of each line and counts lines per status', () => {
    // İstanbul–Köln (signed) and Ankara–Köln (active): Köln is one node that both lines share.
    const layer = lineLayer({ nodes: [41.01, 28.98, 50.94, 6.96, 39.93, 32.86], lines: [0, 1, 2, 1], statuses: ['signed', 'active'], status: [0, 1], sources: ['platform', 'wikidata'], source: [0, 1] });
    expect(layer.xy.length).toBe(8);
    expect(layer.xy[0]!).toBeGreaterThan(layer.xy[2]!); // İstanbul lies east of Köln
    expect([layer.xy[6], layer.xy[7]]).toEqual([layer.xy[2], layer.xy[3]]); // both lines end at the same Köln
    expect(layer.xy[4]!).toBeGreaterThan(layer.xy[2]!); // Ankara too lies east of Köln
    expect([...layer.status]).toEqual([3, 4]);
    expect(layer.counts).toEqual([0, 0, 0, 1, 1, 0, 0, 0]);
  });

  it('counts loaded twinnings of unknown state as unknown, not as active', () => {
    const layer = lineLayer({ nodes: [41.01, 28.98, 50.94, 6.96, 39.93, 32.86, 48.86, 2.35], lines: [0, 1, 2, 3], statuses: ['unknown', 'no-such-state'], status: [0, 1], sources: ['wikidata'], source: [0, 0] });
    expect([...layer.status]).toEqual([7, 7]);
    expect(layer.counts[4]).toBe(0);
  });

  it('draws dense networks fainter', () => {
    expect(lineAlpha(10)).toBeGreaterThan(lineAlpha(1000));
    expect(lineAlpha(1_000_000)).toBeGreaterThanOrEqual(0.08);
  });
});
