import type { Refusal } from '../../../shared/errors';
import type { TwinningStatus } from '../../../shared/twinnings';
import { answersOnlyOther, BINDING, NEXT, otherSide, PROPOSER, type Side } from '../../../shared/twinnings.lifecycle';

/**
 * The twinning lifecycle (shared/twinnings.lifecycle.ts): a step that binds both sides (agreed, signed,
 * ended) takes effect only once an officer of each side approved it; until the second approval either
 * side may withdraw its own. A proposal is answered by the side it was made to. Pure: no database, no clock.
 */
export { BINDING, type Side };

export interface PendingStep {
  target: TwinningStatus;
  approvals: Side[];
}

export interface LifecycleState {
  status: TwinningStatus;
  pending: PendingStep | null;
}

export type Command =
  | { kind: 'move'; to: TwinningStatus; by: Side }
  | { kind: 'approve'; by: Side }
  | { kind: 'withdraw'; by: Side };

export type Outcome =
  | { ok: true; state: LifecycleState; effect: 'moved' | 'approval_recorded' | 'approval_withdrawn' }
  | { ok: false; reason: Refusal };

/** The states a twinning may go to next from a status. */
export function nextStatuses(status: TwinningStatus): readonly TwinningStatus[] {
  return NEXT[status];
}

const fail = (code: Refusal['code'], message: string, params?: Refusal['params']): Outcome => ({ ok: false, reason: { code, message, ...(params ? { params } : {}) } });

/** Apply one side's command to a lifecycle state; a refused command says why and changes nothing. */
export function apply(state: LifecycleState, cmd: Command): Outcome {
  switch (cmd.kind) {
    case 'move':
      return move(state, cmd.to, cmd.by);
    case 'approve':
      return approve(state, cmd.by);
    case 'withdraw':
      return withdraw(state, cmd.by);
  }
}

function move(state: LifecycleState, to: TwinningStatus, by: Side): Outcome {
  if (!NEXT[state.status].includes(to)) return fail('twinning_step_not_allowed', `A twinning cannot go from ${state.status} to ${to}`, { from: state.status, to });
  if (answersOnlyOther(state.status, to) && by === PROPOSER) return fail('twinning_own_proposal', 'The other side answers a proposal: it takes the proposal on to exploring');
  if (state.pending) {
    if (state.pending.target !== to) return fail('twinning_step_pending', `A step to ${state.pending.target} awaits approval; approve or withdraw it first`, { target: state.pending.target });
    return approve(state, by);
  }
  if (!BINDING.has(to)) return { ok: true, state: { status: to, pending: null }, effect: 'moved' };
  return { ok: true, state: { status: state.status, pending: { target: to, approvals: [by] } }, effect: 'approval_recorded' };
}

function approve(state: LifecycleState, by: Side): Outcome {
  const p = state.pending;
  if (!p) return fail('twinning_nothing_pending', 'There is no step awaiting approval');
  if (p.approvals.includes(by)) return fail('twinning_already_approved', 'Your side has already approved this step; the other side must approve it');
  if (p.approvals.includes(otherSide(by))) return { ok: true, state: { status: p.target, pending: null }, effect: 'moved' };
  return { ok: true, state: { status: state.status, pending: { target: p.target, approvals: [...p.approvals, by] } }, effect: 'approval_recorded' };
}

function withdraw(state: LifecycleState, by: Side): Outcome {
  const p = state.pending;
  if (!p || !p.approvals.includes(by)) return fail('twinning_nothing_to_withdraw', 'Your side has no approval to withdraw');
  const approvals = p.approvals.filter((s) => s !== by);
  return { ok: true, state: { status: state.status, pending: approvals.length ? { target: p.target, approvals } : null }, effect: 'approval_withdrawn' };
}

/**
 * Whether the public may see a twinning (registry, profiles, map, figures, exports): every twinning loaded
 * from the public lists, and one made on the platform once the partner (side B) took part — it took the
 * proposal on, or approved or asked for a step. A bare proposal is the proposer's word alone: only the two
 * sides' officers see it. `publiclyShown` in twinnings.service.ts says the same in SQL.
 */
export function shownPublicly(t: { source: string; status: string; pendingApprovals: readonly Side[] }): boolean {
  return t.source !== 'platform' || t.status !== 'proposed' || t.pendingApprovals.includes('b');
}

/** Months without activity after which a living twinning is flagged dormant-at-risk. */
export const DORMANT_AFTER_MONTHS = 24;
const LIVING: ReadonlySet<TwinningStatus> = new Set(['signed', 'active']);

/**
 * A signed or active twinning whose last activity (or, with none, its last status change) lies
 * 24 months or more in the past. Twinnings with no record on the platform are not judged.
 */
export function dormantAtRisk(status: TwinningStatus, lastActivity: Date | null, lastChange: Date, now: Date): boolean {
  if (!LIVING.has(status)) return false;
  const since = lastActivity && lastActivity > lastChange ? lastActivity : lastChange;
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - DORMANT_AFTER_MONTHS);
  return since <= limit;
}
