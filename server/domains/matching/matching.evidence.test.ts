import { describe, expect, it } from 'vitest';
import { NO_EVIDENCE } from './matching.evidence';
import { standingOf } from './matching.explain';
import { reasonFacts } from './matching.facts';
import { TwinGraph } from './matching.graph';
import { recommend } from './matching.recommend';
import { DEFAULT_WEIGHTS, EVIDENCE, fillSignals, SIGNALS, sourceContext } from './matching.rules';
import { authority, pair } from './matching.testkit';

/** Mudanya and Kardzhali's world: an old name, a census share, a city without either. */
function graph(withEdges: boolean): TwinGraph {
  const directory = [
    { ...authority('TR-M-1536', 'TR', 100_000, 40.37, 28.88, 'TR-16'), name: 'Mudanya' },
    authority('TR-M-1', 'TR', 100_000, 40.0, 29.0, 'TR-16'),
    { ...authority('EL_13040101', 'EL', 9_342, 40.24, 23.28, 'EL527'), name: 'Κοινότητα Νέων Μουδανιών', nameLatin: 'Néa Moudhaniá' },
    authority('BG_KRZ16', 'BG', 68_727, 41.64, 25.37, 'BG425'),
    authority('DE_1', 'DE', 68_000, 52.5, 13.4, 'DE300'),
  ];
  const sources = {
    places: [{ name: 'Mudanya', authorityCodes: ['TR-M-1536'], greek: [], latin: ['Mudania'] }],
    figures: [{ areaCode: 'BG425', areaEn: 'Kardzhali province', areaTr: 'Kırcaali ili', figure: 59, unit: 'share_pct' as const, year: 2021, publisher: 'NSI' }],
    flags: [],
  };
  return new TwinGraph(directory, withEdges ? [pair('TR-M-1536', 'DE_1'), pair('TR-M-1', 'BG_KRZ16')] : [], sources);
}

const valuesOf = (g: TwinGraph, source: string, candidate: string) => {
  const out = new Float64Array(SIGNALS.length);
  fillSignals(g, sourceContext(g, g.index.get(source)!), g.index.get(candidate)!, { themes: 0, openRequest: 0 }, out);
  return [out[EVIDENCE]!, out[EVIDENCE + 1]!];
};

describe('evidence signals', () => {
  it('are the last signals, after the platform ones', () => {
    expect(SIGNALS.slice(-2)).toEqual(['historical_name', 'minority_share']);
  });

  it('give historical_name both ways and minority_share to an EU candidate of a Turkish source only', () => {
    const g = graph(true);
    expect(valuesOf(g, 'TR-M-1536', 'EL_13040101')).toEqual([1, 0]);
    expect(valuesOf(g, 'EL_13040101', 'TR-M-1536')).toEqual([1, 0]);
    expect(valuesOf(g, 'TR-M-1', 'EL_13040101')).toEqual([0, 0]);
    expect(valuesOf(g, 'TR-M-1', 'BG_KRZ16')[1]).toBeGreaterThan(0.99);
    expect(valuesOf(g, 'TR-M-1', 'DE_1')).toEqual([0, 0]);
    // For an EU source the minority where it lies is the same for every Turkish candidate: it ranks nothing.
    expect(valuesOf(g, 'BG_KRZ16', 'TR-M-1536')).toEqual([0, 0]);
  });

  it('come from names and figures, never from twinnings: the same with or without them, and under leave-out', () => {
    const twinned = graph(true);
    const bare = graph(false);
    const pairs = [['TR-M-1536', 'EL_13040101'], ['TR-M-1', 'BG_KRZ16'], ['TR-M-1536', 'DE_1'], ['TR-M-1', 'DE_1']] as const;
    for (const [s, c] of pairs) expect(valuesOf(twinned, s, c)).toEqual(valuesOf(bare, s, c));
    const hidden = twinned.edgesOf(twinned.index.get('TR-M-1')!);
    twinned.without(hidden, () => expect(valuesOf(twinned, 'TR-M-1', 'BG_KRZ16')).toEqual(valuesOf(bare, 'TR-M-1', 'BG_KRZ16')));
  });

  it('lift the candidate they speak for, and the facts carry what the reasons quote', () => {
    const g = graph(false);
    const source = g.index.get('TR-M-1536')!;
    const moudania = (graph: TwinGraph) => recommend(graph, source, { k: 3 }).find((r) => graph.codes[r.index] === 'EL_13040101')!;
    const first = moudania(g);
    const plain = new TwinGraph(g.codes.map((code, i) => ({ ...authority(code, g.isTurkish[i] ? 'TR' : code.slice(0, 2), Math.round(Math.expm1(g.logPop[i]!)), g.lat[i]!, g.lon[i]!, g.region[i]!) })), [], NO_EVIDENCE);
    expect(first.values.historical_name).toBe(1);
    expect(first.score - moudania(plain).score).toBeCloseTo(DEFAULT_WEIGHTS.historical_name, 9);
    const row = (i: number) => ({ ...authority(g.codes[i]!, i < 2 ? 'TR' : 'EU', 1, 0, 0, ''), name: g.codes[i]! });
    const facts = reasonFacts(g, { source, candidate: first.index, sourceAuthority: row(source), candidateAuthority: row(first.index) }, new Set(), undefined);
    expect(facts.oldName).toEqual({ name: 'Mudania', greek: false });
    const kardzhali = g.index.get('BG_KRZ16')!;
    const f2 = reasonFacts(g, { source, candidate: kardzhali, sourceAuthority: row(source), candidateAuthority: row(kardzhali) }, new Set(), undefined);
    expect(f2.minority).toMatchObject({ kind: 'share', figure: 59, year: 2021 });
  });
});

describe('standing', () => {
  it('says a rank among the candidates as the best percent, at least 1', () => {
    expect(standingOf(3, 94_512)).toEqual({ rank: 3, of: 94_512, topPercent: 1 });
    expect(standingOf(20, 1_400)).toEqual({ rank: 20, of: 1_400, topPercent: 2 });
    expect(standingOf(2, 2)).toEqual({ rank: 2, of: 2, topPercent: 100 });
    expect(standingOf(1, 0)).toEqual({ rank: 1, of: 1, topPercent: 100 });
  });
});
