import type { TwinningStatus } from '../../../shared/twinnings';
import { otherSide } from '../../../shared/twinnings.lifecycle';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { notifyOfficers, settleForAuthority } from '../matching/matching.notify';
import type { Outcome, PendingStep, Side } from './twinnings.rules';
import type { twinnings } from './twinnings.schema';

type Row = typeof twinnings.$inferSelect;
type Effect = Extract<Outcome, { ok: true }>['effect'] | 'proposed';

/** The code and name of one side of a twinning. */
function partyOf(row: Row, side: Side): { code: string | null; name: string } {
  return side === 'a' ? { code: row.aCode, name: row.aName } : { code: row.bCode, name: row.bName };
}

/**
 * One side took a step: its officers' notices about the twinning are settled, and the other side's
 * officers hear what changed or what now awaits their approval (in the app and by mail). Called
 * inside the step's transaction, so a refused step tells nobody.
 */
export async function notifyTwinningStep(tx: Tx, ctx: AppContext, row: Row, by: Side, effect: Effect, before: { status: TwinningStatus; pending: PendingStep | null }): Promise<void> {
  const subject = `twinning:${row.id}`;
  const actor = partyOf(row, by);
  const other = partyOf(row, otherSide(by));
  if (actor.code) await settleForAuthority(tx, actor.code, subject);
  if (!other.code) return;
  const payload = { title: actor.name, link: `/twinnings/${row.id}` };
  const notice = { subject };
  switch (effect) {
    case 'proposed':
      return notifyOfficers(tx, ctx, other.code, 'twinning_proposed', { ...payload, to: 'proposed' }, notice);
    case 'moved':
      return notifyOfficers(tx, ctx, other.code, 'twinning_moved', { ...payload, from: before.status, to: row.status }, notice);
    case 'approval_recorded':
      return notifyOfficers(tx, ctx, other.code, 'twinning_approval_requested', { ...payload, from: row.status, to: row.pendingTarget ?? '' }, notice);
    case 'approval_withdrawn':
      // The other side's approval request no longer stands.
      await settleForAuthority(tx, other.code, subject);
      return notifyOfficers(tx, ctx, other.code, 'twinning_approval_withdrawn', { ...payload, from: row.status, to: before.pending?.target ?? '' }, notice);
  }
}
