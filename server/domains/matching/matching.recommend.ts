import type { TwinGraph } from './matching.graph';
import { boundTables, coreBound } from './matching.bound';
import { countInRange, type CountRange, countTables } from './matching.count';
import { partnerKinds } from './matching.kinds';
import { twinnedBounds } from './matching.scan.twinned';
import { firstRead, groupBounds, type PlatformSignals, platformBound, platformMost } from './matching.scan.bounds';
import { areaDistanceBounds, groupDistanceBound, memberBound, scanOrder } from './matching.scan';
import {
  DEFAULT_WEIGHTS, DISTANCE_SCALE_KM, distanceValue, EVIDENCE, fillCore, fillEvidence, fillSignals, LATE, type Signal, SIGNALS, score, signalRecord, sourceContext, weightVector, type Weights,
} from './matching.rules';

export interface CandidateFilter {
  country?: string;
  type?: string;
  minPopulation?: number;
  maxPopulation?: number;
}

export interface RecommendOptions extends PlatformSignals {
  k: number;
  filter?: CandidateFilter;
  /** Candidates the officer hid: never shown again. */
  hidden?: ReadonlySet<number>;
  weights?: Weights;
  /** Keep only candidates with an open request. */
  only?: (candidate: number) => boolean;
  /** Counts of the scan's work, added to: bench:match prints them, as they do not depend on the machine's load. */
  work?: ScanWork;
}

/** What a scan did: candidates bounded, of those the ones whose distance was computed, and of those the ones scored. */
export interface ScanWork {
  bounded: number;
  distances: number;
  scored: number;
}

export interface Recommendation {
  index: number;
  score: number;
  values: Record<Signal, number>;
}

interface Scored {
  index: number;
  score: number;
}

// Rounding in the partial sums must never make the bound skip a candidate that belongs in the top-k.
const BOUND_SLACK = 1e-9;

/**
 * Rank partner candidates for one authority: the other side of the Turkey–EU divide, minus its
 * existing twins, hidden and filtered-out candidates; best first, deterministic for the same data.
 */
export function recommend(g: TwinGraph, source: number, opts: RecommendOptions): Recommendation[] {
  const w = weightVector(opts.weights ?? DEFAULT_WEIGHTS);
  const values = new Float64Array(SIGNALS.length);
  const ctx = sourceContext(g, source);
  const order = scanOrder(g, g.isTurkish[source] ? 0 : 1);
  const tables = boundTables(g, ctx, w);
  const distanceWeight = Math.max(0, w[LATE]!);
  const platformOf = platformBound(w, opts);
  const excluded = new Set<number>([source, ...g.neighbours[source]!]);
  const accept = candidateFilter(g, opts.filter, source);
  const extra = { themes: 0, openRequest: 0 };
  const work = opts.work;
  const top: Scored[] = [];
  // -Infinity until the top-k is full, so no bound prunes before then.
  let floor = -Infinity;
  /** Score c unless its best case cannot beat the k-th score; `distanceMax` bounds its distance signal (its area's or group's). */
  const consider = (c: number, distanceMax: number) => {
    if (work) work.bounded++;
    // First the bound with no exp, distance or callback of the candidate's own, then with its distance.
    const upper = coreBound(g, ctx, tables, w, c) + platformOf(c);
    if (upper + distanceWeight * distanceMax < floor - BOUND_SLACK) return;
    if (!accept(c) || opts.hidden?.has(c) || excluded.has(c)) return;
    if (work) work.distances++;
    const distance = distanceValue(g, ctx, c);
    if (upper + w[LATE]! * distance < floor - BOUND_SLACK) return;
    if (work) work.scored++;
    fillCore(g, ctx, c, values);
    fillEvidence(g, ctx, c, values);
    const core = score(values, w, LATE) + w[EVIDENCE]! * values[EVIDENCE]! + w[EVIDENCE + 1]! * values[EVIDENCE + 1]!;
    if (core + w[LATE]! * distance + platformOf(c) < floor - BOUND_SLACK) return;
    if (opts.only && !opts.only(c)) return;
    values[LATE] = distance;
    values[LATE + 1] = extra.themes = opts.themes?.(c) ?? 0;
    values[LATE + 2] = extra.openRequest = opts.openRequest?.(c) ?? 0;
    const s = core + w[LATE]! * values[LATE]! + w[LATE + 1]! * values[LATE + 1]! + w[LATE + 2]! * values[LATE + 2]!;
    if (top.length === opts.k && !better(s, c, top.at(-1)!)) return;
    insert(top, { index: c, score: s }, opts.k);
    floor = top.length === opts.k ? top.at(-1)!.score : -Infinity;
  };
  // Twinned candidates one by one, their distance bounded by where their area's twinned candidates lie.
  const near = areaDistanceBounds(g, source, order, DISTANCE_SCALE_KM);
  const pre = twinnedBounds(g, order, ctx.turkishSource ? 0 : 1, w);
  if (pre) {
    // What the pre-filter leaves out (a partner's partner, an old name, a platform signal) is read first.
    const first = firstRead(g, ctx, order, w, opts);
    for (const c of first) consider(c, near[g.area[c]! + 1]!);
    const areaPart = Float64Array.from(near, (d, a) => distanceWeight * d + (a > 0 ? tables.linksByArea[a - 1]! : 0));
    const platformAll = opts.platform ? 0 : platformMost(w, opts);
    const { ids, own, bin, country, area } = pre;
    for (let i = 0; i < ids.length; i++) {
      if (own[i]! + tables.byBin[bin[i]!]! + tables.byCountry[country[i]!]! + areaPart[area[i]!]! + platformAll < floor - BOUND_SLACK) continue;
      const c = ids[i]!;
      if (!first.has(c)) consider(c, near[area[i]!]!);
    }
  } else {
    for (const c of order.seed) consider(c, near[g.area[c]! + 1]!);
    for (const c of order.twinned) consider(c, near[g.area[c]! + 1]!);
  }
  // Groups of untwinned candidates, the most promising first; within one, larger first, so the first
  // member below the floor ends the group (with a weight that favours small places, all are read).
  const { groups } = order;
  const distances = Float64Array.from(groups, (group) => groupDistanceBound(g, source, group, DISTANCE_SCALE_KM));
  const bases = groupBounds(g, ctx, order, tables, w, distances, opts);
  const heads = Float64Array.from(groups, (group, k) => memberBound(g, w, bases[k]!, group.members[0]!));
  const sorted = w[1]! >= 0;
  // The floor only rises: a group already below it now would end the scan where the sort put it, so only the others are sorted.
  const open: number[] = [];
  for (let k = 0; k < groups.length; k++) if (!sorted || heads[k]! >= floor - BOUND_SLACK) open.push(k);
  for (const k of open.sort((a, b) => heads[b]! - heads[a]! || a - b)) {
    const group = groups[k]!;
    const base = bases[k]!;
    // This group's best is below the floor, and so is every later one's: the scan is done.
    if (sorted && heads[k]! < floor - BOUND_SLACK) break;
    for (const c of group.members) {
      if (sorted && memberBound(g, w, base, c) < floor - BOUND_SLACK) break;
      consider(c, distances[k]!);
    }
  }
  return top.map(({ index, score }) => {
    fillSignals(g, ctx, index, { themes: opts.themes?.(index) ?? 0, openRequest: opts.openRequest?.(index) ?? 0 }, values);
    return { index, score, values: signalRecord(values) };
  });
}

/**
 * How many candidates the same filters leave, without ranking them (an answer's "n of N", and an empty
 * list's explanation): counted from per-country tables, less the source's twins and the hidden ones,
 * or, where `only` narrows them (a theme, an open request), among the few it can admit (`among`).
 */
export function countCandidates(g: TwinGraph, source: number, opts: Pick<RecommendOptions, 'filter' | 'hidden' | 'only'> & { among?: Iterable<number> }): number {
  const range = candidateRange(g, opts.filter, source);
  const out = new Set<number>([source, ...g.neighbours[source]!, ...(opts.hidden ?? [])]);
  // Directory nodes only: a twin outside the directory (Baku, Rio) is no candidate.
  const admitted = (c: number) => c < g.n && g.isTurkish[c] !== g.isTurkish[source] && inRange(g, range, c) && (!opts.only || opts.only(c));
  let n = 0;
  if (opts.only) {
    for (const c of opts.among ? new Set(opts.among) : g.isTurkish[source] ? g.eu : g.turkish) if (admitted(c) && !out.has(c)) n++;
    return n;
  }
  n = countInRange(countTables(g), g.isTurkish[source] ? 0 : 1, range);
  for (const c of out) if (admitted(c)) n--;
  return n;
}

/** Higher score first; on equal scores the lower index, so the result does not depend on scan order. */
const better = (score: number, index: number, than: Scored) => score > than.score || (score === than.score && index < than.index);

/** Keep `list` sorted best-first with at most k items. */
function insert(list: Scored[], item: Scored, k: number): void {
  let at = list.length;
  while (at > 0 && better(item.score, item.index, list[at - 1]!)) at--;
  list.splice(at, 0, item);
  if (list.length > k) list.pop();
}

/** What a query's directory filters admit, as a range the count tables can answer too. */
function candidateRange(g: TwinGraph, f: CandidateFilter | undefined, source: number): CountRange {
  const kinds = partnerKinds(g.type[source]!);
  // An authority whose population is unknown (0 in the graph) cannot be said to fit a population range.
  const sized = f?.minPopulation !== undefined || f?.maxPopulation !== undefined;
  return {
    country: f?.country ? g.countries.indexOf(f.country) : undefined,
    kinds: f?.type ? (type) => type === f.type : (type) => kinds.has(type),
    lo: sized ? Math.max(f?.minPopulation !== undefined ? Math.log1p(f.minPopulation) - 1e-9 : -Infinity, Number.MIN_VALUE) : -Infinity,
    hi: f?.maxPopulation !== undefined ? Math.log1p(f.maxPopulation) + 1e-9 : Infinity,
  };
}

const inRange = (g: TwinGraph, r: CountRange, c: number) =>
  (r.country === undefined || g.country[c] === r.country) && r.kinds(g.type[c]!) && g.logPop[c]! >= r.lo && g.logPop[c]! <= r.hi;

function candidateFilter(g: TwinGraph, f: CandidateFilter | undefined, source: number): (c: number) => boolean {
  const range = candidateRange(g, f, source);
  return (c) => inRange(g, range, c);
}
