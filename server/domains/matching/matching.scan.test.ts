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

// The grouped scan against scoring every candidate, on the real directory and twinning lists: the same
// candidates in the same order with the same scores, with and without the platform's signals.
describe('recommend on the real directory', () => {
  it('gives the top 20 and top 100 that scoring every candidate gives', () => {
    const dir = path.join(PROJECT_DIR, 'data');
    const directory = readAuthorities(dir);
    const rows = readTwinnings(dir, directory);
    const g = new TwinGraph(directory, rows.map((r) => ({ a: r.aCode, b: r.bCode, aName: r.aName, bName: r.bName, aCountry: r.aCountry, bCountry: r.bCountry })));
    const w = weightVector(DEFAULT_WEIGHTS);
    const values = new Float64Array(SIGNALS.length);
    // Big cities, then the edges of the map (no position, far east, the Canaries, Lapland, Cyprus, the Azores), then a spread.
    const codes = ['TR-BSB-34', 'TR-BSB-06', 'TR-M-1126', 'DE_05315000', 'FR_75056', 'NL_GM0363', 'TR-M-1178', 'TR-M-1114', 'ES_35001', 'FI_890', 'CY_1000', 'PT_410101'];
    const sources = codes.map((c) => g.index.get(c)!);
    for (let k = 0; k < 6; k++) sources.push(g.turkish[(k * 211) % g.turkish.length]!);
    // EU sources are cheap to score exhaustively (1,407 candidates): many of them.
    for (let k = 0; k < 80; k++) sources.push(g.eu[(k * 15_887) % g.eu.length]!);
    // Platform signals on one authority in 37: themes on some, open requests on others.
    const platform = new Set(Array.from({ length: Math.ceil(g.n / 37) }, (_, k) => k * 37));
    const themes = (c: number) => (platform.has(c) && c % 3 === 0 ? ((c % 5) + 1) / 5 : 0);
    const openRequest = (c: number) => (platform.has(c) && c % 2 === 0 ? 1 : 0);
    for (const source of sources) {
      const ctx = sourceContext(g, source);
      const excluded = new Set([source, ...g.neighbours[source]!]);
      const candidates = (g.isTurkish[source] ? g.eu : g.turkish).filter((c) => !excluded.has(c) && partnerKinds(g.type[source]!).has(g.type[c]!));
      const brute = (extra: (c: number) => { themes: number; openRequest: number }) =>
        candidates
          .map((c) => (fillSignals(g, ctx, c, extra(c), values), { index: c, score: score(values, w) }))
          .sort((a, b) => b.score - a.score || a.index - b.index)
          .slice(0, 100);
      const check = (got: { index: number; score: number }[], want: { index: number; score: number }[]) => {
        expect(got.map((r) => r.index), g.codes[source]).toEqual(want.map((r) => r.index));
        got.forEach((r, i) => expect(r.score).toBeCloseTo(want[i]!.score, 9));
      };
      // k = 100 too: a lower floor lets a bound that is too low show.
      const plain = brute(() => ({ themes: 0, openRequest: 0 }));
      const withPlatform = brute((c) => ({ themes: themes(c), openRequest: openRequest(c) }));
      for (const k of [20, 100]) {
        check(recommend(g, source, { k }), plain.slice(0, k));
        check(recommend(g, source, { k, themes, openRequest, platform }), withPlatform.slice(0, k));
      }
    }
    // As the evaluation runs it: a source's twinnings withheld, after the scan derived its bounds with all of them.
    for (const code of ['TR-BSB-34', 'TR-M-1126', 'DE_05315000', 'FR_75056']) {
      const source = g.index.get(code)!;
      const hidden = g.edgesOf(source);
      g.without(hidden, () => {
        const ctx = sourceContext(g, source);
        const want = (g.isTurkish[source] ? g.eu : g.turkish)
          .filter((c) => c !== source && !g.neighbours[source]!.includes(c) && partnerKinds(g.type[source]!).has(g.type[c]!))
          .map((c) => (fillSignals(g, ctx, c, { themes: 0, openRequest: 0 }, values), { index: c, score: score(values, w) }))
          .sort((a, b) => b.score - a.score || a.index - b.index)
          .slice(0, 100)
          .map((r) => r.index);
        expect(recommend(g, source, { k: 100 }).map((r) => r.index), `${code} without its twinnings`).toEqual(want);
      });
    }
  }, 600_000);
});
