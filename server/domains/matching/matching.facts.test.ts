import { describe, expect, it } from 'vitest';
import { distanceKm } from '../authorities/geo';
import { reasonFacts } from './matching.facts';
import { platformSignals } from './matching.index';
import { sentence } from './matching.reasons';
import { authority, tinyGraph } from './matching.testkit';

describe('reasonFacts', () => {
  const g = tinyGraph();
  const i = (code: string) => g.index.get(code)!;
  /** Both sides as the directory gives them (the testkit's rows, with the graph's coordinates). */
  const sides = (source: string, candidate: string) => {
    const row = (code: string, population: number) => authority(code, code.startsWith('TR') ? 'TR' : 'DE', population, g.lat[i(code)]!, g.lon[i(code)]!, '');
    return { source: i(source), candidate: i(candidate), sourceAuthority: row(source, 10_000), candidateAuthority: row(candidate, 500_000) };
  };

  it('counts an EU candidate’s Turkish partners and the partners it shares with a Turkish source', () => {
    const s = sides('TR-T3', 'DE_1');
    const f = reasonFacts(g, s, new Set(['culture', 'energy', 'recycling']), ['recycling', 'culture']);
    expect(f.turkishTies).toBe(1); // DE_1's only Turkish partner is TR-T3
    expect(f.sharedPartners).toBe(1); // DE_2 is twinned with both
    expect(f.sharedThemes).toEqual(['culture', 'recycling']); // in the source's order
    expect(f.distanceKm).toBeCloseTo(distanceKm(41.0, 28.97, 52.5, 13.4), 6);
    expect(f.source).toBe(s.sourceAuthority);
    expect(f.candidate).toBe(s.candidateAuthority);
    expect(sentence('turkish_ties', f, 'en')).toBe('Already twinned with 1 Turkish town, which counts slightly against it here: towns with many Turkish partners take on fewer new ones');
  });

  it('counts a Turkish candidate’s EU partners for an EU source, and shared partners through the directory only', () => {
    const f = reasonFacts(g, sides('DE_2', 'TR-T3'), new Set(['culture']), undefined);
    expect(f.turkishTies).toBe(2); // TR-T3 is twinned with DE_1 and DE_2
    expect(f.sharedPartners).toBe(1); // DE_1; Baku is DE_2's partner but not TR-T3's
    expect(f.sharedThemes).toEqual([]); // the candidate names no theme
    expect(sentence('turkish_ties', f, 'en')).toBe('Already twinned with 2 EU towns, which counts slightly against it here: towns with many EU partners take on fewer new ones');
  });

  it('has no distance when a side has no coordinates, and no ties or shared partners for a town without twinnings', () => {
    const s = sides('TR-T1', 'DE_3');
    const f = reasonFacts(g, { ...s, candidateAuthority: { ...s.candidateAuthority, lat: null, lon: null } }, new Set(), ['culture']);
    expect(f.distanceKm).toBeNull();
    expect(f.turkishTies).toBe(0);
    expect(f.sharedPartners).toBe(0);
    expect(f.sharedThemes).toEqual([]);
    expect(sentence('distance', f, 'en')).toBeNull();
  });
});

describe('platformSignals', () => {
  const index = new Map([
    ['TR-A', 0],
    ['DE_B', 1],
  ]);
  const request = (authorityCode: string, themes: string[]) => ({ authorityCode, themes, targetCountries: [], authorityTypes: [], minPopulation: null, maxPopulation: null });

  it('gathers each authority’s themes from its profile, requests, projects and activities, once each and in that order', () => {
    const s = platformSignals(index, {
      profiles: [{ code: 'TR-A', themes: ['culture'] }],
      openRequests: [request('TR-A', ['energy', 'culture']), request('TR-A', ['recycling']), request('XX_unknown', ['energy'])],
      projects: [{ code: 'DE_B', theme: 'energy' }, { code: 'TR-A', theme: 'youth_and_sports' }],
      activities: [{ code: 'DE_B', themes: ['energy', 'culture'] }, { code: 'XX_unknown', themes: ['culture'] }],
    });
    expect(s.themes.get(0)).toEqual(['culture', 'energy', 'recycling', 'youth_and_sports']);
    expect(s.themes.get(1)).toEqual(['energy', 'culture']);
    expect(s.requests.get(0)?.map((r) => [r.authority, r.themes])).toEqual([[0, ['energy', 'culture']], [0, ['recycling']]]);
    expect(s.requests.has(1)).toBe(false); // requests of authorities outside the graph are left out
    expect([...s.themes.keys()].sort()).toEqual([0, 1]);
  });
});
