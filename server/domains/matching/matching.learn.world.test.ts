import { describe, expect, it } from 'vitest';
import { placeKey, type WorldPlace, worldGraph } from './matching.learn.world';
import { authority, pair } from './matching.testkit';

const directory = [
  authority('TR-T1', 'TR', 100_000, 41.67, 26.56, 'TR-22'),
  authority('DE_1', 'DE', 1_000_000, 52.5, 13.4, 'DE300'),
  authority('PL_1', 'PL', 700_000, 50.06, 19.94, 'PL213'),
  // In Kardzhali province, where the shipped figures give a Turkish share of 59%.
  authority('BG_1', 'BG', 40_000, 41.65, 25.37, 'BG425'),
];
const places = new Map<string, WorldPlace>([
  [placeKey('UA', 'Lviv'), { name: 'Lviv', lat: 49.84, lon: 24.03, population: 720_000 }],
  [placeKey('UA', 'Odesa'), { name: 'Odesa', lat: 46.48, lon: 30.72, population: null }],
]);
const ua = (name: string, b: string) => ({ a: null, aName: name, aCountry: 'UA', b, bCountry: null });

describe('worldGraph', () => {
  const edges = [ua('Lviv', 'PL_1'), ua('Lviv', 'TR-T1'), ua('Odesa', 'DE_1'), pair('TR-T1', 'DE_1'), pair('DE_1', 'PL_1')];
  const { g, sources } = worldGraph(directory, edges, 'UA', places);
  const lviv = g.index.get(`W-${placeKey('UA', 'Lviv')}`)!;

  it('puts the country’s towns in Turkey’s place, with their size and position', () => {
    expect(g.isTurkish[lviv]).toBe(1);
    expect(g.turkish).toEqual([lviv]);
    expect(g.logPop[lviv]).toBeCloseTo(Math.log1p(720_000));
    expect(g.turkishTies[g.index.get('PL_1')!]).toBe(1); // Kraków-like PL_1 "has a tie with the source's country"
  });

  it('leaves Turkey’s twinnings out, and takes as sources only towns of known size with an EU partner', () => {
    expect(g.index.has('TR-T1')).toBe(false);
    expect(g.degree[g.index.get('DE_1')!]).toBe(2); // PL_1 and Odesa (outside the directory: no population); not TR-T1
    expect(sources).toEqual([lviv]);
  });

  it('carries no Turkish evidence: minority_share and historical_name mean nothing for a Ukrainian town', () => {
    expect(g.evidence.minority.every((v) => v === 0)).toBe(true);
    expect(g.evidence.history.size).toBe(0);
  });
});
