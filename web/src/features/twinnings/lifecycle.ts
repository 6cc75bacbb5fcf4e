import type { SessionUser } from '../../../../shared/accounts';
import type { TwinningStatus } from '../../../../shared/twinnings';
import type { Twinning } from '../../api/twinnings';

export type Side = 'a' | 'b';

// Mirrors server/domains/twinnings/twinnings.rules.ts (a test keeps the two in step).
export const NEXT: Record<TwinningStatus, readonly TwinningStatus[]> = {
  proposed: ['exploring', 'ended'],
  exploring: ['agreed', 'ended'],
  agreed: ['signed', 'ended'],
  signed: ['active', 'ended'],
  active: ['dormant', 'ended'],
  dormant: ['active', 'ended'],
  ended: [],
};

/** States that take effect only once both sides approved them. */
export const BINDING: ReadonlySet<TwinningStatus> = new Set(['agreed', 'signed', 'ended']);

/** The side of a twinning the user acts for (officers of side A or B), else null. */
export function sideOf(user: SessionUser | null, t: Pick<Twinning, 'a' | 'b'>): Side | null {
  if (user?.role !== 'officer' || !user.authorityCode) return null;
  if (t.a.code === user.authorityCode) return 'a';
  if (t.b.code === user.authorityCode) return 'b';
  return null;
}

export const otherSide = (s: Side): Side => (s === 'a' ? 'b' : 'a');

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
  return { ...none, moves: [...NEXT[t.status]] };
}

/** The side whose approval a pending step still needs, or null. */
export function waitingSide(t: Pick<Twinning, 'pending'>): Side | null {
  const p = t.pending;
  if (!p || p.approvals.length !== 1) return null;
  return otherSide(p.approvals[0]!);
}
