import { describe, expect, it } from 'vitest';
import { recommend } from './matching.recommend';
import { DEFAULT_WEIGHTS, fillSignals, SIGNALS, score, sourceContext, weightVector } from './matching.rules';
import { authority, tinyGraph } from './matching.testkit';
import { TwinGraph } from './matching.graph';

const g = tinyGraph();
const i = (code: string) => g.index.get(code)!;
const codes = (recs: { index: number }[]) => recs.map((r) => g.codes[r.index]);

describe('recommend', () => {
  it('offers the other side only, without the source and its existing twins', () => {
    const recs = recommend(g, i('TR-T1'), { k: 10 });
    expect(codes(recs).sort()).toEqual(['BG_1', 'DE_1', 'DE_2', 'DE_3']); // EL_1 is already its twin
    expect(codes(recommend(g, i('DE_3'), { k: 10 })).sort()).toEqual(['TR-T1', 'TR-T2', 'TR-T3']);
  });

  it('leaves out hidden candidates and respects filters', () => {
    expect(codes(recommend(g, i('TR-T1'), { k: 10, hidden: new Set([i('DE_2')]) }))).not.toContain('DE_2');
    expect(codes(recommend(g, i('TR-T1'), { k: 10, filter: { country: 'DE' } })).sort()).toEqual(['DE_1', 'DE_2', 'DE_3']);
    expect(codes(recommend(g, i('TR-T1'), { k: 10, filter: { minPopulation: 100_000, maxPopulation: 500_000 } }))).toEqual(['DE_3']);
    expect(codes(recommend(g, i('TR-T1'), { k: 10, only: (c) => c === i('BG_1') }))).toEqual(['BG_1']);
  });

  it('is best first, cut at k, and each score is the weighted sum of its values', () => {
    const recs = recommend(g, i('TR-T1'), { k: 3 });
    expect(recs).toHaveLength(3);
    for (let r = 1; r < recs.length; r++) expect(recs[r - 1]!.score).toBeGreaterThanOrEqual(recs[r]!.score);
    for (const rec of recs) {
      const sum = SIGNALS.reduce((s, k) => s + DEFAULT_WEIGHTS[k] * rec.values[k], 0);
      expect(rec.score).toBeCloseTo(sum, 9);
    }
  });

  it('lets platform signals lift a candidate', () => {
    const boosted = recommend(g, i('TR-T1'), { k: 1, themes: (c) => (c === i('DE_3') ? 1 : 0), openRequest: (c) => (c === i('DE_3') ? 1 : 0), weights: { ...DEFAULT_WEIGHTS, themes: 50 } });
    expect(codes(boosted)).toEqual(['DE_3']);
    expect(boosted[0]!.values.themes).toBe(1);
  });

  it('is deterministic: equal scores go to the lower index', () => {
    const twins = [0, 1, 2, 3].map((n) => authority(`DE_${n}`, 'DE', 5000, 50, 10, 'DE111'));
    const flat = new TwinGraph([authority('TR-X', 'TR', 5000, 40, 30, 'TR-06'), ...twins], []);
    const first = recommend(flat, 0, { k: 2 });
    expect(first.map((r) => r.index)).toEqual([1, 2]);
    expect(recommend(flat, 0, { k: 2 })).toEqual(first);
  });

  it('gives the same top-k as scoring every candidate (the bound only skips losers)', () => {
    for (const graph of [g, randomGraph()]) expect(topK(graph, 5)).toEqual(bruteForce(graph, 5));
  });
});

/** 20 Turkish and 800 EU authorities (more than the scan seeds with) with random sizes, places and twinnings (fixed seed). */
function randomGraph(): TwinGraph {
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const tr = Array.from({ length: 20 }, (_, n) => authority(`TR-${n}`, 'TR', Math.round(10 ** (3 + 3 * random())), 37 + 5 * random(), 27 + 15 * random(), `TR-${n % 4}`));
  const countries = ['DE', 'BG', 'FR', 'NL'];
  const eu = Array.from({ length: 800 }, (_, n) => authority(`EU_${n}`, countries[n % 4]!, Math.round(10 ** (2 + 4 * random())), 42 + 10 * random(), 5 + 20 * random(), `R${n % 9}`));
  const edges = Array.from({ length: 600 }, () => {
    const a = Math.floor(random() * 820);
    const b = 20 + Math.floor(random() * 800);
    return { a: (a < 20 ? tr[a]! : eu[a - 20]!).code, b: eu[b - 20]!.code, aCountry: null, bCountry: null };
  });
  return new TwinGraph([...tr, ...eu], edges);
}

function topK(graph: TwinGraph, k: number): number[][] {
  return [...graph.turkish, ...graph.eu.slice(0, 30)].map((s) => recommend(graph, s, { k }).map((r) => r.index));
}

function bruteForce(graph: TwinGraph, k: number): number[][] {
  const w = weightVector(DEFAULT_WEIGHTS);
  const values = new Float64Array(SIGNALS.length);
  return [...graph.turkish, ...graph.eu.slice(0, 30)].map((source) => {
    const ctx = sourceContext(graph, source);
    const excluded = new Set([source, ...graph.neighbours[source]!]);
    return (graph.isTurkish[source] ? graph.eu : graph.turkish)
      .filter((c) => !excluded.has(c))
      .map((c) => (fillSignals(graph, ctx, c, { themes: 0, openRequest: 0 }, values), { index: c, score: score(values, w) }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, k)
      .map((r) => r.index);
  });
}

