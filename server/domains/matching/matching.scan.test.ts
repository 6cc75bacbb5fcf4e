import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../platform/config';
import { readAuthorities } from '../reference/reference.service';
import { readTwinnings } from '../reference/twinnings.load';
import { TwinGraph } from './matching.graph';
import { partnerKinds } from './matching.kinds';
import { recommend } from './matching.recommend';
import { DEFAULT_WEIGHTS, fillSignals, SIGNALS, score, sourceContext, weightVector } from './matching.rules';
import { scanOrder } from './matching.scan';
import { pair, tinyGraph } from './matching.testkit';

describe('scanOrder', () => {
  it('reads every candidate of a side once: seed and twinned one by one, the untwinned in groups, largest first', () => {
    const g = tinyGraph();
    for (const [side, ids] of [[0, g.eu], [1, g.turkish]] as const) {
      const o = scanOrder(g, side);
      const all = [...o.seed, ...o.twinned, ...o.groups.flatMap((x) => [...x.members])];
      expect(all.slice().sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
      for (const x of o.groups) {
        for (const c of x.members) expect(g.degree[c]).toBe(0);
        for (let k = 1; k < x.members.length; k++) expect(g.logPop[x.members[k - 1]!]!).toBeGreaterThanOrEqual(g.logPop[x.members[k]!]!);
      }
    }
  });

  it('follows a twinning counted in place: a candidate with its first twinning leaves the groups', () => {
    const g = tinyGraph();
    const de3 = g.index.get('DE_3')!;
    const grouped = (order: ReturnType<typeof scanOrder>) => order.groups.some((x) => x.members.includes(de3));
    expect(grouped(scanOrder(g, 0))).toBe(true);
    expect(g.addEdge(pair('TR-T1', 'DE_3'))).toBe(true);
    expect(grouped(scanOrder(g, 0))).toBe(false);
    expect(scanOrder(g, 0).seed).toContain(de3);
    expect(g.removeEdge(pair('TR-T1', 'DE_3'))).toBe(true);
    expect(grouped(scanOrder(g, 0))).toBe(true);
  });
});

// The grouped scan against scoring every candidate, on the real directory and twinning lists.
describe('recommend on the real directory', () => {
  it('gives the top 20 that scoring every candidate gives', () => {
    const dir = path.join(PROJECT_DIR, 'data');
    const directory = readAuthorities(dir);
    const rows = readTwinnings(dir, directory);
    const g = new TwinGraph(directory, rows.map((r) => ({ a: r.aCode, b: r.bCode, aName: r.aName, bName: r.bName, aCountry: r.aCountry, bCountry: r.bCountry })));
    const w = weightVector(DEFAULT_WEIGHTS);
    const values = new Float64Array(SIGNALS.length);
    const sources = ['TR-BSB-34', 'TR-BSB-06', 'TR-M-1126', 'DE_05315000', 'FR_75056', 'NL_GM0363'].map((c) => g.index.get(c)!);
    for (let k = 0; k < 6; k++) sources.push(g.turkish[(k * 211) % g.turkish.length]!, g.eu[(k * 15_887) % g.eu.length]!);
    for (const source of sources) {
      const ctx = sourceContext(g, source);
      const excluded = new Set([source, ...g.neighbours[source]!]);
      const brute = (g.isTurkish[source] ? g.eu : g.turkish)
        .filter((c) => !excluded.has(c) && partnerKinds(g.type[source]!).has(g.type[c]!))
        .map((c) => (fillSignals(g, ctx, c, { themes: 0, openRequest: 0 }, values), { index: c, score: score(values, w) }))
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, 20)
        .map((r) => r.index);
      expect(recommend(g, source, { k: 20 }).map((r) => r.index), g.codes[source]).toEqual(brute);
    }
  }, 600_000);
});

