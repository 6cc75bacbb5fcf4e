import type { SessionUser } from '../../../shared/accounts';
import { UNDECIDED_STATUSES } from '../../../shared/grants.counts';
import type { AppContext } from '../../platform/context';
import { getCall, listCalls } from '../grants/calls/grants.programmes.service';
import { shortlistWaiting } from './home.rules';

/**
 * Concept notes waiting for the shortlist, by call: of the calls past their (concept) deadline, those
 * of two stages still in the concept stage whose notes are all evaluated. Read through the grant
 * domain's call service (its counts by status), once per such call.
 */
export async function shortlistsWaiting(ctx: AppContext, user: SessionUser, closedIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (closedIds.length === 0) return out;
  const closed = new Set(closedIds);
  const concept = (await listCalls(ctx, user)).items.filter((c) => c.stage === 'concept' && closed.has(c.id));
  for (const c of concept) {
    const view = await getCall(ctx, user, c.id);
    if (!view.rules.twoStage) continue;
    const n = shortlistWaiting(view.applications, UNDECIDED_STATUSES);
    if (n !== null) out.set(c.id, n);
  }
  return out;
}
