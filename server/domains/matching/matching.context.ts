import type { OldNameTie } from './matching.evidence';
import type { TwinGraph } from './matching.graph';

/** Population bins of width 1 on the log scale (e^16 ≈ 9 M is the largest). */
export const BINS = 18;
const MAX_COUNTRIES = 256;

/** Per-node counts valid for one request only: an epoch stamp replaces clearing 96k slots per call. */
export class SparseCounts {
  private readonly values: Float64Array;
  private readonly stamps: Uint32Array;
  private epoch = 0;
  /** The nodes counted since the last clear (the scan reads them before the others). */
  readonly keys: number[] = [];

  constructor(size: number) {
    this.values = new Float64Array(size);
    this.stamps = new Uint32Array(size);
  }

  /** Forget every count (O(1) but for the list of keys). */
  clear(): void {
    this.epoch++;
    this.keys.length = 0;
  }

  add(i: number, v: number): void {
    if (this.stamps[i] !== this.epoch) {
      this.stamps[i] = this.epoch;
      this.values[i] = 0;
      this.keys.push(i);
    }
    this.values[i]! += v;
  }

  get(i: number): number {
    return this.stamps[i] === this.epoch ? this.values[i]! : 0;
  }
}

/** What the source side brings to a scan, computed once per request from the graph as it stands. */
export interface SourceContext {
  source: number;
  turkishSource: boolean;
  /** country_share per country index: Turkey's twinnings with that country on a log scale, top = 1. */
  countryShare: Float64Array;
  /** The source's own partners per country index. */
  yourCountries: Float64Array;
  /** Turkey's twinnings outside the EU per country index, top = 1. */
  worldShare: Float64Array;
  /** size_pattern per population bin of the candidate. */
  sizePattern: Float64Array;
  /** Authorities of the source's province (or NUTS-3 region) twinned with each candidate. */
  regionTies: SparseCounts;
  /** Partners across the divide of the other authorities of the source's province (or NUTS-3 region), per area of those partners. */
  regionLinks: Float64Array;
  /** Adamic–Adar weight of the partners each candidate shares with the source. */
  sharedPartners: SparseCounts;
  /** The source's old-name ties (historical_name), looked up once: most sources have none. */
  oldNames: readonly OldNameTie[] | null;
}

const scratch = new WeakMap<TwinGraph, { ctx: SourceContext; byRegion: Map<string, number[]>; binShare: Float64Array[] }>();

/** Populating bin of a node, from its log population. */
export const binOf = (g: TwinGraph, i: number): number => Math.min(BINS - 1, Math.floor(g.logPop[i]!));

/** Per-source facts for scoring; leave-out is whatever the graph hides at the time of the call. */
export function sourceContext(g: TwinGraph, source: number): SourceContext {
  const s = scratchOf(g);
  const ctx = s.ctx;
  ctx.source = source;
  ctx.turkishSource = g.isTurkish[source] === 1;
  ctx.oldNames = g.evidence.history.get(source) ?? null;
  fillCountryShares(g, ctx);
  ctx.yourCountries.fill(0);
  for (const p of g.neighbours[source]!) ctx.yourCountries[g.country[p]!]! += 1;
  ctx.regionTies.clear();
  ctx.regionLinks.fill(0);
  for (const t of s.byRegion.get(g.region[source] ?? '') ?? []) {
    if (t === source) continue;
    for (const e of g.neighbours[t]!) {
      if (e >= g.n || g.isTurkish[e] === g.isTurkish[source]) continue;
      ctx.regionTies.add(e, 1);
      if (g.area[e]! >= 0) ctx.regionLinks[g.area[e]!]! += 1;
    }
  }
  ctx.sharedPartners.clear();
  for (const p of g.neighbours[source]!) {
    // Adamic–Adar: a partner shared through a hub (Baku has 100 partners) says less than a small one.
    const weight = 1 / Math.log(1 + g.neighbours[p]!.length);
    for (const q of g.neighbours[p]!) if (q !== source && q < g.n) ctx.sharedPartners.add(q, weight);
  }
  fillSizePattern(g, ctx, s.binShare[ctx.turkishSource ? 0 : 1]!);
  return ctx;
}

function fillCountryShares(g: TwinGraph, ctx: SourceContext): void {
  let top = 1;
  let worldTop = 1;
  for (let c = 0; c < MAX_COUNTRIES; c++) {
    top = Math.max(top, g.turkeyCountryTies[c]!);
    worldTop = Math.max(worldTop, g.turkeyWorldTies[c]!);
  }
  // Log scale: Germany's share is ~100× Portugal's, and that ratio, not the difference, is what counts.
  const scale = Math.log(1.02 / 0.02);
  for (let c = 0; c < MAX_COUNTRIES; c++) {
    const share = Math.log((Math.max(0, g.turkeyCountryTies[c]!) / top + 0.02) / 0.02) / scale;
    ctx.countryShare[c] = ctx.turkishSource && g.euCountry(c) ? share : 0;
    ctx.worldShare[c] = Math.max(0, g.turkeyWorldTies[c]!) / worldTop;
  }
}

/**
 * How much more often authorities of the source's size twin across the divide with authorities of
 * each size than the sizes' frequency alone says (metropolitan ↔ large cities), as 0..1 on a log scale.
 */
function fillSizePattern(g: TwinGraph, ctx: SourceContext, candidateBinShare: Float64Array): void {
  const row = new Float64Array(BINS);
  const sourceBin = binOf(g, ctx.source);
  let total = 0;
  for (const t of g.turkish) {
    for (const e of g.neighbours[t]!) {
      if (e >= g.n || g.isTurkish[e]) continue;
      const [from, to] = ctx.turkishSource ? [t, e] : [e, t];
      if (binOf(g, from) !== sourceBin) continue;
      row[binOf(g, to)]! += 1;
      total++;
    }
  }
  for (let b = 0; b < BINS; b++) {
    const ratio = (row[b]! + 0.5) / (total + 0.5 * BINS) / candidateBinShare[b]!;
    ctx.sizePattern[b] = Math.min(1, Math.max(0, (Math.log(ratio) + 3) / 6));
  }
}

function scratchOf(g: TwinGraph) {
  let s = scratch.get(g);
  if (s) return s;
  const byRegion = new Map<string, number[]>();
  for (let i = 0; i < g.n; i++) {
    const r = g.region[i];
    if (r) (byRegion.get(r) ?? byRegion.set(r, []).get(r)!).push(i);
  }
  const share = (ids: readonly number[]) => {
    const out = new Float64Array(BINS).fill(1 / (ids.length + BINS));
    for (const i of ids) out[binOf(g, i)]! += 1 / (ids.length + BINS);
    return out;
  };
  const ctx: SourceContext = {
    source: -1, turkishSource: false, countryShare: new Float64Array(MAX_COUNTRIES), yourCountries: new Float64Array(MAX_COUNTRIES),
    worldShare: new Float64Array(MAX_COUNTRIES), sizePattern: new Float64Array(BINS), regionTies: new SparseCounts(g.n), regionLinks: new Float64Array(g.areaTies.length), sharedPartners: new SparseCounts(g.n), oldNames: null,
  };
  // Candidates of a Turkish source are EU authorities, and the other way round.
  s = { ctx, byRegion, binShare: [share(g.eu), share(g.turkish)] };
  scratch.set(g, s);
  return s;
}
