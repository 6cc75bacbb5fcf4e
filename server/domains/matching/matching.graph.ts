import type { AuthoritySummary } from '../../../shared/authorities';

/** A twinning as the graph needs it: codes where a side is in the directory, else its country. */
export interface Edge {
  a: string | null;
  b: string | null;
  aCountry: string | null;
  bCountry: string | null;
}

/**
 * The twinning network over the directory in compact arrays, built at start and rebuilt when
 * twinnings change. Counts can be lowered for a set of edges and restored (`without`), which is how
 * the leave-out evaluation hides an authority's known twinnings from the recommender.
 */
export class TwinGraph {
  readonly n: number;
  readonly codes: string[];
  readonly index = new Map<string, number>();
  readonly country: Uint8Array;
  readonly countries: string[] = [];
  readonly isTurkish: Uint8Array;
  readonly logPop: Float64Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly region: (string | null)[];
  readonly type: string[];
  /** Matched neighbours of each authority (by index); external partners only count in degree. */
  readonly neighbours: number[][];
  /** Number of twinnings of each authority, external partners included. */
  readonly degree: Int32Array;
  /** Number of Turkish partners of each authority. */
  readonly turkishTies: Int32Array;
  /** Partners of each authority per country (sparse: country index → count). */
  readonly partnerCountries: Map<number, number>[];
  /** Twinnings between a Turkish authority and each country, over the whole network. */
  readonly turkeyCountryTies: Float64Array;
  readonly edges: [number, number | null, number][];
  /** Indices of the Turkish authorities (the smaller side, scanned per request). */
  readonly turkish: number[] = [];

  constructor(directory: readonly AuthoritySummary[], edges: readonly Edge[]) {
    this.n = directory.length;
    this.codes = directory.map((a) => a.code);
    this.country = new Uint8Array(this.n);
    this.isTurkish = new Uint8Array(this.n);
    this.logPop = new Float64Array(this.n);
    this.lat = new Float64Array(this.n);
    this.lon = new Float64Array(this.n);
    this.region = directory.map((a) => a.region);
    this.type = directory.map((a) => a.type);
    directory.forEach((a, i) => {
      this.index.set(a.code, i);
      this.country[i] = this.countryIndex(a.country);
      this.isTurkish[i] = a.country === 'TR' ? 1 : 0;
      if (a.country === 'TR') this.turkish.push(i);
      this.logPop[i] = Math.log1p(a.population ?? 0);
      this.lat[i] = a.lat ?? NaN;
      this.lon[i] = a.lon ?? NaN;
    });
    this.neighbours = Array.from({ length: this.n }, () => []);
    this.degree = new Int32Array(this.n);
    this.turkishTies = new Int32Array(this.n);
    this.partnerCountries = Array.from({ length: this.n }, () => new Map());
    this.turkeyCountryTies = new Float64Array(64);
    this.edges = [];
    for (const e of edges) this.addEdge(e);
  }

  countryIndex(code: string): number {
    let i = this.countries.indexOf(code);
    if (i < 0) i = this.countries.push(code) - 1;
    return i;
  }

  /** Run `fn` with the given edges taken out of every count, then put them back. */
  without<T>(edgeIds: readonly number[], fn: () => T): T {
    for (const id of edgeIds) this.apply(this.edges[id]!, -1);
    try {
      return fn();
    } finally {
      for (const id of edgeIds) this.apply(this.edges[id]!, +1);
    }
  }

  /** Ids of the edges touching an authority. */
  edgesOf(i: number): number[] {
    const out: number[] = [];
    this.edges.forEach(([a, b], id) => {
      if (a === i || b === i) out.push(id);
    });
    return out;
  }

  private addEdge(e: Edge): void {
    const a = e.a === null ? undefined : this.index.get(e.a);
    const b = e.b === null ? undefined : this.index.get(e.b);
    if (a !== undefined && b !== undefined) {
      this.edges.push([a, b, -1]);
      this.apply(this.edges.at(-1)!, +1);
    } else if (a !== undefined || b !== undefined) {
      const inside = (a ?? b)!;
      const outsideCountry = a !== undefined ? e.bCountry : e.aCountry;
      this.edges.push([inside, null, outsideCountry ? this.countryIndex(outsideCountry) : -1]);
      this.apply(this.edges.at(-1)!, +1);
    }
  }

  private apply([a, b, extCountry]: [number, number | null, number], sign: 1 | -1): void {
    if (b !== null) {
      if (sign > 0) {
        this.neighbours[a]!.push(b);
        this.neighbours[b]!.push(a);
      } else {
        remove(this.neighbours[a]!, b);
        remove(this.neighbours[b]!, a);
      }
      this.tie(a, this.country[b]!, b, sign);
      this.tie(b, this.country[a]!, a, sign);
    } else {
      this.degree[a]! += sign;
      if (extCountry >= 0) bump(this.partnerCountries[a]!, extCountry, sign);
      if (this.isTurkish[a] && extCountry >= 0) this.turkeyCountryTies[extCountry]! += sign;
    }
  }

  private tie(self: number, partnerCountry: number, partner: number, sign: 1 | -1): void {
    this.degree[self]! += sign;
    bump(this.partnerCountries[self]!, partnerCountry, sign);
    if (this.isTurkish[partner]) {
      this.turkishTies[self]! += sign;
      if (!this.isTurkish[self]) this.turkeyCountryTies[this.country[self]!]! += sign;
    }
  }
}

function bump(map: Map<number, number>, key: number, by: number): void {
  const v = (map.get(key) ?? 0) + by;
  if (v === 0) map.delete(key);
  else map.set(key, v);
}

function remove(list: number[], value: number): void {
  const at = list.indexOf(value);
  if (at >= 0) list.splice(at, 1);
}
