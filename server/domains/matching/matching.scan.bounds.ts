import type { TwinGraph } from './matching.graph';
import type { BoundTables } from './matching.bound';
import { groupBase, type ScanOrder } from './matching.scan';
import { EVIDENCE, LATE, type SourceContext } from './matching.rules';

/** The platform's signals a scan is given: what bounds them for candidates it has not scored yet. */
export interface PlatformSignals {
  /** Platform signals per candidate (0..1): shared themes, an open request that fits. */
  themes?: (candidate: number) => number;
  openRequest?: (candidate: number) => number;
  /**
   * The candidates for which themes or openRequest can be above 0 (those with themes or open requests on
   * the platform): the scan bounds every other one without them. Without it, any candidate may score 1 on each.
   */
  platform?: ReadonlySet<number>;
}

/**
 * The twinned candidates whose bound has more than the pre-filter counts: partners of the source's
 * partners, twinned with towns of its province (when those weigh for), its old-name ties, and with
 * platform signals. Candidates of the other side only; untwinned ones are in their group's bound.
 */
export function firstRead(g: TwinGraph, ctx: SourceContext, order: ScanOrder, w: Float64Array, opts: PlatformSignals): Set<number> {
  const out = new Set<number>();
  // In the twinned lists: of the other side and in no group (whatever its degree while `without` runs).
  const add = (c: number) => c < g.n && g.isTurkish[c] !== g.isTurkish[ctx.source] && order.groupOf[c] === -1 && out.add(c);
  if (w[8]! > 0) for (const c of ctx.sharedPartners.keys) add(c);
  if (w[5]! > 0) for (const c of ctx.regionTies.keys) add(c);
  for (const t of ctx.oldNames ?? []) add(t.other);
  if (opts.platform && platformMost(w, opts) > 0) for (const c of opts.platform) add(c);
  return out;
}

/**
 * The most themes and open_request can add for candidate c: nothing without their callbacks, and
 * nothing outside `opts.platform` when it is given (only authorities on the platform have either).
 */
export function platformBound(w: Float64Array, opts: PlatformSignals): (c: number) => number {
  const most = platformMost(w, opts);
  const platform = opts.platform;
  if (most === 0) return () => 0;
  return platform ? (c) => (platform.has(c) ? most : 0) : () => most;
}

/** The most themes and open_request can add together for a candidate that has either. */
export const platformMost = (w: Float64Array, opts: PlatformSignals) => (opts.themes ? Math.max(0, w[LATE + 1]!) : 0) + (opts.openRequest ? Math.max(0, w[LATE + 2]!) : 0);

/**
 * Each group's bound before its members' own size term: the core shared by its members, its distance
 * bound, and for its best member the evidence (the largest minority, the source's old-name ties in it)
 * and the platform's signals.
 */
export function groupBounds(g: TwinGraph, ctx: SourceContext, order: ScanOrder, tables: BoundTables, w: Float64Array, distances: Float64Array, opts: PlatformSignals): Float64Array {
  const { groups, groupOf } = order;
  const extra = new Float64Array(groups.length);
  for (const t of g.evidence.history.get(ctx.source) ?? []) {
    const k = groupOf[t.other]!;
    if (k >= 0) extra[k] = Math.max(extra[k]!, Math.max(0, w[EVIDENCE]!) * t.value);
  }
  const platformOf = platformBound(w, opts);
  if (opts.platform) {
    const most = new Float64Array(groups.length);
    for (const c of opts.platform) if (c < groupOf.length && groupOf[c]! >= 0) most[groupOf[c]!] = platformOf(c);
    for (let k = 0; k < groups.length; k++) extra[k]! += most[k]!;
  } else {
    extra.forEach((_, k) => (extra[k]! += platformMost(w, opts)));
  }
  const minorityWeight = ctx.turkishSource ? Math.max(0, w[EVIDENCE + 1]!) : 0;
  const distanceWeight = Math.max(0, w[LATE]!);
  return Float64Array.from(groups, (group, k) => groupBase(tables, group) + distanceWeight * distances[k]! + minorityWeight * group.minorityMax + extra[k]!);
}
