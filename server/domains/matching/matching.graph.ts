import type { AuthoritySummary } from '../../../shared/authorities';
import { EU_COUNTRIES } from '../../../shared/countries';
import { fold } from '../../../shared/text/fold';
import { CodeIndex } from './matching.codes';
import { Evidence, type EvidenceSources, shippedEvidence } from './matching.evidence';

/** A twinning as the graph needs it: codes where a side is in the directory, else its name and country. */
export interface Edge {
  a: string | null;
  b: string | null;
  aName?: string;
  bName?: string;
  aCountry: string | null;
  bCountry: string | null;
}

const EU = new Set<string>(EU_COUNTRIES);
/**
 * The neighbours of every node without any: one shared, frozen list instead of ~1M empty arrays
 * (~30 MB at ten times the data); apply() gives a node a list of its own at its first twinning.
 */
const NONE: number[] = Object.freeze([]) as unknown as number[];

/**
 * The twinning network in compact arrays, built at start and rebuilt when twinnings change.
 * Nodes 0..n-1 are the directory's authorities (the only candidates); partners outside the
 * directory (Baku, Rio, ...) are further nodes, so that partners of partners can be seen through
 * them. Counts can be lowered for a set of edges and restored (`without`): that is how the
 * leave-out evaluation hides an authority's known twinnings from the recommender.
 */
export class TwinGraph {
  readonly n: number;
  readonly codes: string[];
  /** The node of each directory code. */
  readonly index: CodeIndex;
  readonly countries: string[] = [];
  /** Country index of every node, directory and external. */
  readonly country: number[] = [];
  readonly isTurkish: Uint8Array;
  readonly logPop: Float64Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly region: (string | null)[];
  readonly type: string[];
  /** Neighbours of every node. */
  readonly neighbours: number[][] = [];
  /** Number of twinnings of each directory authority. */
  readonly degree: Int32Array;
  /** Number of Turkish partners of each directory authority. */
  readonly turkishTies: Int32Array;
  /** Number of EU partners of each directory authority (what a Turkish candidate brings to an EU source). */
  readonly euTies: Int32Array;
  /** Latitude in radians and its cosine, so that a scan's distances need one sqrt and no trig per candidate. */
  readonly latRad: Float64Array;
  readonly cosLat: Float64Array;
  readonly lonRad: Float64Array;
  /** Twinnings between a Turkish authority and each EU country. */
  readonly turkeyCountryTies: Float64Array = new Float64Array(256);
  /** Twinnings between a Turkish authority and each country outside the EU (where Turkey twins). */
  readonly turkeyWorldTies: Float64Array = new Float64Array(256);
  readonly edges: [number, number][] = [];
  /**
   * Bumped by each in-place change (addEdge, removeEdge), so what is derived from the graph once and
   * kept (the scan order) is derived again; `without` leaves it alone: it restores every count it takes out.
   */
  revision = 0;
  /**
   * Twinnings taken out by `without` just now: what is derived from the counts while none is holds as
   * an upper bound while some are (they only fall), not the other way round (matching.scan.twinned.ts).
   */
  withheld = 0;
  /** Indices of the Turkish authorities (the smaller side, scanned per request). */
  readonly turkish: number[] = [];
  /** Indices of the EU authorities, so a scan for one side never walks the other. */
  readonly eu: number[] = [];
  /** Area of each directory authority: its NUTS-2 region (EU) or province (Turkey); -1 when unknown. */
  readonly area: Int32Array;
  /** Twinnings across the divide of each area's authorities (an EU region's with Turkish towns, a province's with EU towns). */
  readonly areaTies: Float64Array;
  /** Old names and minority figures by node: no twinning in it, so no leave-out needs to touch it. */
  readonly evidence: Evidence;
  private external = new Map<string, number>();

  /**
   * `sources`: the evidence files shipped in data/ unless a test gives its own; `codeOrder`: the
   * directory's entries in code order, when it has it (else sorted here).
   */
  constructor(directory: readonly AuthoritySummary[], edges: readonly Edge[], sources: EvidenceSources = shippedEvidence(), codeOrder?: Int32Array) {
    this.n = directory.length;
    this.codes = directory.map((a) => a.code);
    this.index = CodeIndex.of(this.codes, codeOrder);
    this.isTurkish = new Uint8Array(this.n);
    this.logPop = new Float64Array(this.n);
    this.lat = new Float64Array(this.n);
    this.lon = new Float64Array(this.n);
    this.degree = new Int32Array(this.n);
    this.turkishTies = new Int32Array(this.n);
    this.euTies = new Int32Array(this.n);
    this.region = directory.map((a) => a.region);
    const areas = new Map<string, number>();
    this.area = Int32Array.from(directory, (a) => {
      const key = a.region === null ? null : a.country === 'TR' ? a.region : a.region.slice(0, 4);
      return key === null ? -1 : (areas.get(key) ?? areas.set(key, areas.size).get(key)!);
    });
    this.areaTies = new Float64Array(areas.size);
    this.type = directory.map((a) => a.type);
    directory.forEach((a, i) => {
      this.country.push(this.countryIndex(a.country));
      this.neighbours.push(NONE);
      this.isTurkish[i] = a.country === 'TR' ? 1 : 0;
      (a.country === 'TR' ? this.turkish : this.eu).push(i);
      this.logPop[i] = Math.log1p(a.population ?? 0);
      this.lat[i] = a.lat ?? NaN;
      this.lon[i] = a.lon ?? NaN;
    });
    const rad = Math.PI / 180;
    this.latRad = this.lat.map((v) => v * rad);
    this.lonRad = this.lon.map((v) => v * rad);
    this.cosLat = this.latRad.map(Math.cos);
    this.evidence = new Evidence(directory, this.index, sources);
    for (const e of edges) {
      const a = this.node(e.a, e.aName, e.aCountry);
      const b = this.node(e.b, e.bName, e.bCountry);
      if (a === null || b === null || a === b) continue;
      this.edges.push([a, b]);
      this.apply(a, b, +1);
    }
  }

  /** Count a twinning that joined the graph (made public), in place; false when a side is no node. */
  addEdge(e: Edge): boolean {
    const a = this.node(e.a, e.aName, e.aCountry);
    const b = this.node(e.b, e.bName, e.bCountry);
    if (a === null || b === null || a === b) return false;
    this.edges.push([a, b]);
    this.apply(a, b, +1);
    this.revision++;
    return true;
  }

  /** Take out one twinning between these sides (it ended), in place; false when the graph has none. */
  removeEdge(e: Edge): boolean {
    const a = this.nodeOf(e.a, e.aName, e.aCountry);
    const b = this.nodeOf(e.b, e.bName, e.bCountry);
    const id = this.edges.findIndex(([x, y]) => (x === a && y === b) || (x === b && y === a));
    if (a === null || b === null || id < 0) return false;
    this.edges.splice(id, 1);
    this.apply(a, b, -1);
    this.revision++;
    return true;
  }

  /** Index of a country code in `countries`, added when new. */
  countryIndex(code: string): number {
    let i = this.countries.indexOf(code);
    if (i < 0) i = this.countries.push(code) - 1;
    return i;
  }

  /** The node a twinning side was built into, without adding one (the evaluation hides such edges). */
  nodeOf(code: string | null, name: string | undefined, country: string | null): number | null {
    if (code !== null) return this.index.get(code) ?? null;
    return name && country ? (this.external.get(`${country}:${fold(name)}`) ?? null) : null;
  }

  /** True when a country index stands for an EU member state. */
  euCountry(c: number): boolean {
    return EU.has(this.countries[c] ?? '');
  }

  /** True for a Turkish node, in the directory or external. */
  turkishNode(i: number): boolean {
    return this.countries[this.country[i]!] === 'TR';
  }

  /** Run `fn` with the given edges taken out of every count, then put them back. */
  without<T>(edgeIds: readonly number[], fn: () => T): T {
    for (const id of edgeIds) this.apply(...this.edges[id]!, -1);
    this.withheld += edgeIds.length;
    try {
      return fn();
    } finally {
      this.withheld -= edgeIds.length;
      for (const id of edgeIds) this.apply(...this.edges[id]!, +1);
    }
  }

  /** Ids of the edges touching a node. */
  edgesOf(i: number): number[] {
    const out: number[] = [];
    this.edges.forEach(([a, b], id) => {
      if (a === i || b === i) out.push(id);
    });
    return out;
  }

  /** True when a twinning of directory authority `self` with `other` crosses the Turkey–EU divide. */
  private crosses(self: number, other: number): boolean {
    return this.isTurkish[self] ? EU.has(this.countries[this.country[other]!]!) : this.turkishNode(other);
  }

  private node(code: string | null, name: string | undefined, country: string | null): number | null {
    if (code !== null) return this.index.get(code) ?? null;
    if (!name || !country) return null;
    const key = `${country}:${fold(name)}`;
    let i = this.external.get(key);
    if (i === undefined) {
      i = this.neighbours.push([]) - 1;
      this.country.push(this.countryIndex(country));
      this.external.set(key, i);
    }
    return i;
  }

  private apply(a: number, b: number, sign: 1 | -1): void {
    if (sign > 0) {
      if (this.neighbours[a] === NONE) this.neighbours[a] = [];
      if (this.neighbours[b] === NONE) this.neighbours[b] = [];
      this.neighbours[a]!.push(b);
      this.neighbours[b]!.push(a);
    } else {
      remove(this.neighbours[a]!, b);
      remove(this.neighbours[b]!, a);
    }
    for (const [self, other] of [[a, b], [b, a]] as const) {
      if (self < this.n) this.degree[self]! += sign;
      if (self < this.n && this.turkishNode(other)) this.turkishTies[self]! += sign;
      if (self < this.n && EU.has(this.countries[this.country[other]!]!)) this.euTies[self]! += sign;
      if (self < this.n && this.area[self]! >= 0 && this.crosses(self, other)) this.areaTies[this.area[self]!]! += sign;
    }
    const turkishSide = this.turkishNode(a) ? a : this.turkishNode(b) ? b : -1;
    if (turkishSide < 0) return;
    const other = turkishSide === a ? b : a;
    const c = this.country[other]!;
    if (EU.has(this.countries[c]!)) this.turkeyCountryTies[c]! += sign;
    else if (!this.turkishNode(other)) this.turkeyWorldTies[c]! += sign;
  }
}

function remove(list: number[], value: number): void {
  const at = list.indexOf(value);
  if (at >= 0) list.splice(at, 1);
}
