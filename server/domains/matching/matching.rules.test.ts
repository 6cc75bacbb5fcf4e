import { describe, expect, it } from 'vitest';
import { distanceKm } from '../authorities/geo';
import { BINS, SparseCounts } from './matching.context';
import { fillSignals, type Signal, SIGNALS, signalRecord, sourceContext } from './matching.rules';
import { tinyGraph } from './matching.testkit';

const g = tinyGraph();
const i = (code: string) => g.index.get(code)!;

/** All signals of one candidate for one source, by name. */
function signals(source: string, candidate: string, extra = { themes: 0, openRequest: 0 }): Record<Signal, number> {
  const out = new Float64Array(SIGNALS.length);
  fillSignals(g, sourceContext(g, i(source)), i(candidate), extra, out);
  return signalRecord(out);
}

describe('signals of a Turkish source', () => {
  it('population: 1 for the same size, lower the further apart on a log scale', () => {
    expect(signals('TR-T1', 'EL_1').population).toBeCloseTo(1);
    expect(signals('TR-T1', 'BG_1').population).toBeCloseTo(Math.exp(-Math.abs(Math.log1p(1e5) - Math.log1p(9e4)) / 1.5));
    expect(signals('TR-T1', 'DE_1').population).toBeLessThan(signals('TR-T1', 'DE_3').population);
  });

  it('size: 1 for a city of a million, less for a small town', () => {
    expect(signals('TR-T1', 'DE_1').size).toBeCloseTo(1);
    expect(signals('TR-T1', 'DE_2').size).toBeCloseTo(Math.log1p(1e4) / Math.log(1e6));
  });

  it('twinning_activity: 0 without twinnings, log of the number of partners', () => {
    expect(signals('TR-T1', 'DE_3').twinning_activity).toBe(0);
    expect(signals('TR-T1', 'DE_1').twinning_activity).toBeCloseTo(Math.log(3) / Math.log(101));
  });

  it('turkish_ties: the first Turkish partner counts most', () => {
    expect(signals('TR-T1', 'DE_1').turkish_ties).toBeCloseTo(1 - Math.exp(-1));
    expect(signals('TR-T1', 'DE_3').turkish_ties).toBe(0);
  });

  it('towns_like_yours: twinned with another town of the source’s province', () => {
    expect(signals('TR-T1', 'BG_1').towns_like_yours).toBeCloseTo(1 - Math.exp(-1));
    expect(signals('TR-T1', 'DE_1').towns_like_yours).toBe(0);
    expect(signals('TR-T2', 'BG_1').towns_like_yours).toBe(0); // its own tie is not "a town like yours"
  });

  it('country_share: 1 for the country Turkey twins with most, log scale below', () => {
    expect(signals('TR-T1', 'DE_3').country_share).toBeCloseTo(1);
    expect(signals('TR-T1', 'BG_1').country_share).toBeCloseTo(Math.log(0.52 / 0.02) / Math.log(1.02 / 0.02));
  });

  it('your_countries: the source already has a partner in that country', () => {
    expect(signals('TR-T1', 'EL_1').your_countries).toBeCloseTo(1 - Math.exp(-1));
    expect(signals('TR-T1', 'DE_1').your_countries).toBe(0);
  });

  it('partners_of_partners: shares Baku, weighted by Adamic–Adar', () => {
    expect(signals('TR-T1', 'DE_2').partners_of_partners).toBeCloseTo(1 - Math.exp(-2 / Math.log(3)));
    expect(signals('TR-T1', 'DE_1').partners_of_partners).toBe(0);
  });

  it('turkey_like_partners: partners where Turkey twins outside the EU (Azerbaijan)', () => {
    expect(signals('TR-T2', 'DE_2').turkey_like_partners).toBeCloseTo(1);
    expect(signals('TR-T2', 'DE_1').turkey_like_partners).toBe(0);
  });

  it('distance: exp(−km/300), so a neighbour across the border scores high', () => {
    const km = distanceKm(41.67, 26.56, 42.0, 26.0);
    expect(signals('TR-T1', 'BG_1').distance).toBeCloseTo(Math.exp(-km / 300), 6);
    expect(signals('TR-T1', 'DE_1').distance).toBeLessThan(0.01);
  });

  it('themes and open_request pass through from the platform', () => {
    const v = signals('TR-T1', 'DE_1', { themes: 0.5, openRequest: 1 });
    expect([v.themes, v.open_request]).toEqual([0.5, 1]);
  });

  it('size_pattern: higher for the sizes the source’s size class twins with', () => {
    const ctx = sourceContext(g, i('TR-T3'));
    const bin = (pop: number) => Math.floor(Math.log1p(pop));
    expect(ctx.sizePattern).toHaveLength(BINS);
    expect(ctx.sizePattern[bin(1e6)]!).toBeGreaterThan(ctx.sizePattern[bin(2e5)]!);
    expect(ctx.sizePattern[bin(1e4)]!).toBeGreaterThan(ctx.sizePattern[bin(2e5)]!);
  });

  it('every signal stays within 0..1', () => {
    for (const s of ['TR-T1', 'TR-T2', 'TR-T3']) for (const c of ['BG_1', 'DE_1', 'DE_2', 'EL_1', 'DE_3']) {
      for (const v of Object.values(signals(s, c))) expect(v >= 0 && v <= 1).toBe(true);
    }
  });
});

describe('signals of an EU source', () => {
  it('turkish_ties counts the Turkish candidate’s EU partners; country_share is 0', () => {
    const v = signals('DE_3', 'TR-T3');
    expect(v.turkish_ties).toBeCloseTo(1 - Math.exp(-2));
    expect(v.country_share).toBe(0);
  });
});

describe('SparseCounts', () => {
  it('forgets everything on clear', () => {
    const c = new SparseCounts(4);
    c.add(2, 1.5);
    c.add(2, 1);
    expect(c.get(2)).toBe(2.5);
    c.clear();
    expect(c.get(2)).toBe(0);
  });
});
