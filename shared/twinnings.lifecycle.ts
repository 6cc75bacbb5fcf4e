import type { TwinningStatus } from './twinnings';

/**
 * The twinning lifecycle, shared by the server's rules and the browser's buttons:
 * proposed → exploring → agreed (letter of intent) → signed (protocol) → active ⇄ dormant → ended.
 * Twinnings loaded from public lists start as "unknown" (their state is not known) until one of
 * their sides says how they stand.
 */
export type Side = 'a' | 'b';

/** The other side of a twinning. */
export const otherSide = (s: Side): Side => (s === 'a' ? 'b' : 'a');

/** States that take effect only once both sides approved them. */
export const BINDING: ReadonlySet<TwinningStatus> = new Set(['agreed', 'signed', 'ended']);

/** The states a twinning may go to next from each state. */
export const NEXT: Readonly<Record<TwinningStatus, readonly TwinningStatus[]>> = {
  proposed: ['exploring', 'ended'],
  exploring: ['agreed', 'ended'],
  agreed: ['signed', 'ended'],
  signed: ['active', 'ended'],
  active: ['dormant', 'ended'],
  dormant: ['active', 'ended'],
  ended: [],
  unknown: ['active', 'dormant', 'ended'],
};

/** The side that proposed a twinning made on the platform: the proposer's authority is always side A. */
export const PROPOSER: Side = 'a';

/**
 * A proposal is answered by the side it was made to: only that side takes it on to exploring.
 * The proposer may still ask to end it (which the other side must approve, as every ending).
 */
export function answersOnlyOther(from: TwinningStatus, to: TwinningStatus): boolean {
  return from === 'proposed' && to === 'exploring';
}

/** Whether `by` may ask for the step from → to (the state machine and who answers a proposal). */
export function mayAsk(from: TwinningStatus, to: TwinningStatus, by: Side): boolean {
  return NEXT[from].includes(to) && !(answersOnlyOther(from, to) && by === PROPOSER);
}
