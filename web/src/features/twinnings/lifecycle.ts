import type { SessionUser } from '../../../../shared/accounts';
import type { TwinningStatus } from '../../../../shared/twinnings';
import { BINDING, mayAsk, NEXT, otherSide, PROPOSER, type Side } from '../../../../shared/twinnings.lifecycle';
import type { Twinning } from '../../api/twinnings';

export { BINDING, NEXT, otherSide, type Side };

/** The side of a twinning the user acts for (officers of side A or B), else null. */
export function sideOf(user: SessionUser | null, t: Pick<Twinning, 'a' | 'b'>): Side | null {
  if (user?.role !== 'officer' || !user.authorityCode) return null;
  if (t.a.code === user.authorityCode) return 'a';
  if (t.b.code === user.authorityCode) return 'b';
  return null;
}

/** What one side may do now: the moves it may ask for, or approve / withdraw a pending step. */
export interface SideActions {
  moves: TwinningStatus[];
  approve: TwinningStatus | null;
  withdraw: TwinningStatus | null;
}

/** The buttons a side gets: only steps the state machine allows (the server checks again). */
export function actionsFor(t: Pick<Twinning, 'status' | 'pending'>, side: Side | null): SideActions {
  const none: SideActions = { moves: [], approve: null, withdraw: null };
  if (!side) return none;
  if (t.pending) {
    const mine = t.pending.approvals.includes(side);
    return { moves: [], approve: mine ? null : t.pending.target, withdraw: mine ? t.pending.target : null };
  }
  return { ...none, moves: NEXT[t.status].filter((to) => mayAsk(t.status, to, side)) };
}

/** True while a proposal waits for the side it was made to: the proposer can only wait (or end it). */
export function awaitsAnswer(t: Pick<Twinning, 'status'>, side: Side | null): boolean {
  return t.status === 'proposed' && side === PROPOSER;
}

/** The side whose approval a pending step still needs, or null. */
export function waitingSide(t: Pick<Twinning, 'pending'>): Side | null {
  const p = t.pending;
  if (!p || p.approvals.length !== 1) return null;
  return otherSide(p.approvals[0]!);
}
