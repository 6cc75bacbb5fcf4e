import { describe, expect, it } from 'vitest';
import type { TwinGraph } from './matching.graph';
import { pair, tinyGraph } from './matching.testkit';

/** Everything `without` touches, copied. */
function counts(g: TwinGraph) {
  return {
    neighbours: g.neighbours.map((n) => [...n].sort((a, b) => a - b)),
    degree: [...g.degree],
    turkishTies: [...g.turkishTies],
    euTies: [...g.euTies],
    countryTies: [...g.turkeyCountryTies],
    worldTies: [...g.turkeyWorldTies],
    areaTies: [...g.areaTies],
  };
}

describe('TwinGraph', () => {
  const g = tinyGraph();
  const i = (code: string) => g.index.get(code)!;
  const country = (code: string) => g.countries.indexOf(code);

  it('keeps directory authorities first and external partners (Baku) as extra nodes', () => {
    expect(g.n).toBe(8);
    expect(g.neighbours).toHaveLength(9);
    expect(g.eu).toEqual([3, 4, 5, 6, 7]);
    expect(g.turkish).toEqual([0, 1, 2]);
    const baku = g.neighbours[i('TR-T1')]!.find((p) => p >= g.n)!;
    expect(g.neighbours[baku]!.sort()).toEqual([i('TR-T1'), i('DE_2')]);
  });

  it('finds the node a twinning side was built into, and adds none for an unknown side', () => {
    expect(g.nodeOf('DE_1', undefined, null)).toBe(i('DE_1'));
    expect(g.nodeOf(null, 'BAKU', 'AZ')).toBe(g.neighbours[i('TR-T1')]!.find((p) => p >= g.n));
    expect(g.nodeOf(null, 'Ganja', 'AZ')).toBeNull();
    expect(g.nodeOf('XX_9', undefined, null)).toBeNull();
    expect(g.neighbours).toHaveLength(9);
  });

  it('counts degrees, Turkish and EU ties, and Turkey’s ties per country', () => {
    expect(g.degree[i('DE_2')]).toBe(3);
    expect(g.degree[i('DE_3')]).toBe(0);
    expect(g.turkishTies[i('DE_1')]).toBe(1);
    expect(g.turkishTies[i('BG_1')]).toBe(1);
    expect(g.euTies[i('TR-T3')]).toBe(2);
    expect(g.euTies[i('TR-T1')]).toBe(1);
    expect(g.turkeyCountryTies[country('DE')]).toBe(2);
    expect(g.turkeyCountryTies[country('BG')]).toBe(1);
    expect(g.turkeyCountryTies[country('GR')]).toBe(1);
    expect(g.turkeyWorldTies[country('AZ')]).toBe(1);
  });

  it('without() lowers the counts inside and restores them exactly after', () => {
    const before = counts(g);
    const hidden = g.edgesOf(i('TR-T3'));
    expect(hidden).toHaveLength(2);
    g.without(hidden, () => {
      expect(g.degree[i('DE_1')]).toBe(1);
      expect(g.turkishTies[i('DE_1')]).toBe(0);
      expect(g.turkeyCountryTies[country('DE')]).toBe(0);
      expect(g.neighbours[i('TR-T3')]).toEqual([]);
    });
    expect(counts(g)).toEqual(before);
  });

  it('without() restores the counts even when the callback throws', () => {
    const before = counts(g);
    expect(() => g.without(g.edgesOf(i('TR-T1')), () => { throw new Error('boom'); })).toThrow('boom');
    expect(counts(g)).toEqual(before);
  });

  it('counts a twinning added in place as a build with it would, and takes it out again', () => {
    const h = tinyGraph();
    const before = counts(h);
    const baku = { a: 'DE_3', b: null, bName: 'Baku', aCountry: 'DE', bCountry: 'AZ' };
    expect(h.addEdge(pair('TR-T1', 'DE_3'))).toBe(true);
    expect(h.addEdge(baku)).toBe(true);
    expect(counts(h)).toEqual(counts(tinyGraph([pair('TR-T1', 'DE_3'), baku])));
    expect(h.removeEdge(pair('DE_3', 'TR-T1'))).toBe(true); // either way round
    expect(h.removeEdge(baku)).toBe(true);
    expect(counts(h)).toEqual(before);
    expect(h.removeEdge(pair('TR-T1', 'DE_3'))).toBe(false);
    expect(h.addEdge(pair('TR-T1', 'XX_9'))).toBe(false);
  });
});
