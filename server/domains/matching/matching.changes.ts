import type { AppContext } from '../../platform/context';
import type { Edge } from './matching.graph';

/*
 * The matching engine keeps the twinning graph and the platform's signals (profile themes, open
 * requests, activities' themes) in memory. A write updates this process's engine at once and tells
 * the other app processes on the database, whose engines do the same on the notice.
 */

/** Topic: profile themes, partner requests or activities changed: re-read the signals. */
export const SIGNALS_CHANGED = 'matching.signals';
/** Topic: a twinning entered or left the graph: rebuild it (debounced, in the background). */
export const GRAPH_CHANGED = 'matching.graph';

/**
 * The platform's signals changed (after the commit): this process re-reads them on next use, and so do
 * the others. Await it before answering, so the notice is out before the writer can read elsewhere.
 */
export function signalsChanged(ctx: AppContext): Promise<void> {
  ctx.matching.invalidate();
  return ctx.changes.publish(SIGNALS_CHANGED);
}

/**
 * The twinning graph changed (after the commit). Given the twinning that joined or left it, this process
 * changes its graph in place; the others (and this one without it) rebuild soon, off the request.
 */
export function graphChanged(ctx: AppContext, change?: { edge: Edge; joined: boolean }): Promise<void> {
  if (change) ctx.matching.twinningChanged(ctx.db, change.edge, change.joined);
  else ctx.matching.scheduleRebuild(ctx.db);
  return ctx.changes.publish(GRAPH_CHANGED);
}

/**
 * Follow the other processes' changes. A resync (notices may have been lost) refreshes both, since a
 * missed twinning change would otherwise wait for the next local one.
 */
export function followMatchingChanges(ctx: AppContext): void {
  ctx.changes.subscribe(SIGNALS_CHANGED, () => ctx.matching.invalidate());
  ctx.changes.subscribe(GRAPH_CHANGED, () => ctx.matching.scheduleRebuild(ctx.db));
}
