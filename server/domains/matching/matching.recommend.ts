import type { TwinGraph } from './matching.graph';
import { boundTables, coreBound } from './matching.bound';
import { partnerKinds } from './matching.kinds';
import { type CandidateGroup, groupBase, groupDistanceBound, memberBound, scanOrder } from './matching.scan';
import {
  DEFAULT_WEIGHTS, DISTANCE_SCALE_KM, EVIDENCE, fillCore, fillEvidence, fillLate, fillSignals, LATE, type Signal, SIGNALS, score, signalRecord, sourceContext, weightVector, type Weights,
} from './matching.rules';

export interface CandidateFilter {
  country?: string;
  type?: string;
  minPopulation?: number;
  maxPopulation?: number;
}

export interface RecommendOptions {
  k: number;
  filter?: CandidateFilter;
  /** Candidates the officer hid: never shown again. */
  hidden?: ReadonlySet<number>;
  weights?: Weights;
  /** Platform signals per candidate (0..1): shared themes, an open request that fits. */
  themes?: (candidate: number) => number;
  openRequest?: (candidate: number) => number;
  /** Keep only candidates with an open request. */
  only?: (candidate: number) => boolean;
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
  // The most the lazy signals (distance, themes, open request; each ≤ 1) can still add.
  let lateMax = 0;
  for (let i = LATE; i < EVIDENCE; i++) lateMax += Math.max(0, w[i]!);
  const tables = boundTables(g, ctx, w);
  const excluded = new Set<number>([source, ...g.neighbours[source]!]);
  const accept = candidateFilter(g, opts.filter, source);
  const extra = { themes: 0, openRequest: 0 };
  const top: Scored[] = [];
  let floor = -Infinity;
  const consider = (c: number) => {
    // A candidate whose best case cannot beat the k-th score is skipped before any exp, distance or callback.
    if (top.length === opts.k && coreBound(g, ctx, tables, w, c) + lateMax < floor - BOUND_SLACK) return;
    if (!accept(c) || opts.hidden?.has(c) || excluded.has(c)) return;
    fillCore(g, ctx, c, values);
    fillEvidence(g, ctx, c, values);
    const core = score(values, w, LATE) + w[EVIDENCE]! * values[EVIDENCE]! + w[EVIDENCE + 1]! * values[EVIDENCE + 1]!;
    if (top.length === opts.k && core + lateMax < floor - BOUND_SLACK) return;
    if (opts.only && !opts.only(c)) return;
    extra.themes = opts.themes?.(c) ?? 0;
    extra.openRequest = opts.openRequest?.(c) ?? 0;
    fillLate(g, ctx, c, extra, values);
    const s = core + w[LATE]! * values[LATE]! + w[LATE + 1]! * values[LATE + 1]! + w[LATE + 2]! * values[LATE + 2]!;
    if (top.length === opts.k && !better(s, c, top.at(-1)!)) return;
    insert(top, { index: c, score: s }, opts.k);
    floor = top.length === opts.k ? top.at(-1)!.score : -Infinity;
  };
  const order = scanOrder(g, g.isTurkish[source] ? 0 : 1);
  for (const c of order.seed) consider(c);
  for (const c of order.twinned) consider(c);
  // Groups of untwinned candidates, the most promising first; within one, larger first, so the first
  // member below the floor ends the group (with a weight that favours small places, all are read).
  const { groups } = order;
  // A group's late part: its distance bound (from its latitude range) in place of distance's most.
  const lateOf = (group: CandidateGroup) => lateMax - Math.max(0, w[LATE]!) * (1 - groupDistanceBound(g, source, group, DISTANCE_SCALE_KM));
  // A group's bound holds for its best member's evidence: the largest minority, the source's old-name ties in it.
  const oldNames = new Map<number, number>();
  for (const t of g.evidence.history.get(source) ?? []) {
    const k = order.groupOf[t.other]!;
    if (k >= 0) oldNames.set(k, Math.max(oldNames.get(k) ?? 0, Math.max(0, w[EVIDENCE]!) * t.value));
  }
  const minorityWeight = ctx.turkishSource ? Math.max(0, w[EVIDENCE + 1]!) : 0;
  const bases = Float64Array.from(groups, (group, k) => groupBase(tables, group) + lateOf(group) + minorityWeight * group.minorityMax + (oldNames.get(k) ?? 0));
  const heads = Float64Array.from(groups, (group, k) => memberBound(g, w, bases[k]!, group.members[0]!));
  const sorted = w[1]! >= 0;
  for (const k of Int32Array.from(groups.keys()).sort((a, b) => heads[b]! - heads[a]! || a - b)) {
    const group = groups[k]!;
    const base = bases[k]!;
    // This group's best is below the floor, and so is every later one's: the scan is done.
    if (sorted && top.length === opts.k && heads[k]! < floor - BOUND_SLACK) break;
    for (const c of group.members) {
      if (sorted && top.length === opts.k && memberBound(g, w, base, c) < floor - BOUND_SLACK) break;
      consider(c);
    }
  }
  return top.map(({ index, score }) => {
    fillSignals(g, ctx, index, { themes: opts.themes?.(index) ?? 0, openRequest: opts.openRequest?.(index) ?? 0 }, values);
    return { index, score, values: signalRecord(values) };
  });
}

/** How many candidates the same filters leave, without ranking them (to explain an empty list). */
export function countCandidates(g: TwinGraph, source: number, opts: Pick<RecommendOptions, 'filter' | 'hidden' | 'only'>): number {
  const excluded = new Set<number>([source, ...g.neighbours[source]!]);
  const accept = candidateFilter(g, opts.filter, source);
  let n = 0;
  for (const c of g.isTurkish[source] ? g.eu : g.turkish) if (accept(c) && !excluded.has(c) && !opts.hidden?.has(c) && (!opts.only || opts.only(c))) n++;
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

function candidateFilter(g: TwinGraph, f: CandidateFilter | undefined, source: number): (c: number) => boolean {
  const kinds = partnerKinds(g.type[source]!);
  if (!f || (!f.country && !f.type && f.minPopulation === undefined && f.maxPopulation === undefined)) return (c) => kinds.has(g.type[c]!);
  const country = f.country ? g.countries.indexOf(f.country) : -1;
  const minLog = f.minPopulation !== undefined ? Math.log1p(f.minPopulation) : -Infinity;
  const maxLog = f.maxPopulation !== undefined ? Math.log1p(f.maxPopulation) : Infinity;
  // An authority whose population is unknown (0 in the graph) cannot be said to fit a population range.
  const sized = f.minPopulation !== undefined || f.maxPopulation !== undefined;
  return (c) =>
    (!sized || g.logPop[c]! > 0) &&
    (!f.country || g.country[c] === country) &&
    (f.type ? g.type[c] === f.type : kinds.has(g.type[c]!)) &&
    g.logPop[c]! >= minLog - 1e-9 &&
    g.logPop[c]! <= maxLog + 1e-9;
}
