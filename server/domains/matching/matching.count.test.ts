import { describe, expect, it } from 'vitest';
import { AUTHORITY_TYPES } from '../../../shared/authorityTypes';
import { type CandidateFilter, countCandidates } from './matching.recommend';
import { TwinGraph } from './matching.graph';
import { partnerKinds } from './matching.kinds';
import { authority, pair } from './matching.testkit';

/** A seeded random world: Turkish and EU authorities of every kind, some of unknown population, twinned at random. */
function world(seed: number) {
  let s = seed;
  // mulberry32: a small seeded generator, so a failure can be replayed.
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const countries = ['TR', 'TR', 'DE', 'FR', 'BG', 'NL'];
  const rows = Array.from({ length: 400 }, (_, i) => {
    const country = countries[Math.floor(random() * countries.length)]!;
    // Round populations and unknown ones (0): the filter's bounds fall on them exactly.
    const population = random() < 0.15 ? 0 : Math.round(random() * 20) * 5_000;
    const type = AUTHORITY_TYPES[Math.floor(random() * AUTHORITY_TYPES.length)]!;
    return { ...authority(`${country}-${i}`, country, population, 40 + random() * 10, 10 + random() * 20, `${country}1`), type };
  });
  const edges = Array.from({ length: 300 }, () => pair(rows[Math.floor(random() * rows.length)]!.code, rows[Math.floor(random() * rows.length)]!.code));
  edges.push({ a: rows[0]!.code, b: null, bName: 'Baku', aCountry: rows[0]!.country, bCountry: 'AZ' });
  return { g: new TwinGraph(rows, edges), random };
}

/** The count as a walk over every node would give it: the definition the tables must agree with. */
function walked(g: TwinGraph, source: number, f: CandidateFilter, hidden: ReadonlySet<number>, only?: (c: number) => boolean): number {
  const kinds = partnerKinds(g.type[source]!);
  const sized = f.minPopulation !== undefined || f.maxPopulation !== undefined;
  let n = 0;
  for (let c = 0; c < g.n; c++) {
    const population = Math.expm1(g.logPop[c]!);
    const fits =
      g.isTurkish[c] !== g.isTurkish[source] &&
      !g.neighbours[source]!.includes(c) &&
      !hidden.has(c) &&
      (f.country === undefined || g.countries[g.country[c]!] === f.country) &&
      (f.type ? g.type[c] === f.type : kinds.has(g.type[c]!)) &&
      (!sized || population > 0) &&
      (f.minPopulation === undefined || population >= f.minPopulation - 1e-6) &&
      (f.maxPopulation === undefined || population <= f.maxPopulation + 1e-6) &&
      (!only || only(c));
    if (fits) n++;
  }
  return n;
}

describe('counting the candidates a query leaves', () => {
  it('gives what a walk over the whole directory gives, for every mix of filters, twins and hidden ones', () => {
    const counts: number[] = [];
    for (const seed of [1, 2, 3]) {
      const { g, random } = world(seed);
      for (let round = 0; round < 150; round++) {
        const source = Math.floor(random() * g.n);
        const pick = <T,>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
        const filter: CandidateFilter = {
          country: pick([undefined, undefined, 'TR', 'DE', 'FR', 'XX']),
          type: pick([undefined, undefined, ...AUTHORITY_TYPES]),
          minPopulation: pick([undefined, 0, 5_000, 40_000]),
          maxPopulation: pick([undefined, 0, 50_000, 100_000]),
        };
        // Twins of the source are hidden too at times: neither may be taken off twice.
        const hidden = new Set(Array.from({ length: Math.floor(random() * 6) }, () => pick([...g.neighbours[source]!, Math.floor(random() * g.n)])));
        const count = countCandidates(g, source, { filter, hidden });
        expect(count, `seed ${seed} round ${round}`).toBe(walked(g, source, filter, hidden));
        counts.push(count);
        // `only` with the few candidates it can admit.
        const few = Array.from({ length: 30 }, () => Math.floor(random() * g.n));
        const only = (c: number) => few.includes(c) && c % 2 === 0;
        expect(countCandidates(g, source, { filter, hidden, only, among: few })).toBe(walked(g, source, filter, hidden, only));
      }
    }
    // The rounds cover empty answers and full ones alike.
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(20);
    expect(counts.filter((n) => n > 20).length).toBeGreaterThan(20);
  });
});
