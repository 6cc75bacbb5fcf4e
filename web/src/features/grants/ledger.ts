import type { LedgerView } from '../../../../shared/grants.api';

/** A call's ledger, or a programme's with what its calls hold (`allottedCents`). */
export type AnyLedger = LedgerView & { allottedCents?: number; unallottedCents?: number };

/**
 * The parts of a budget bar, in cents: paid out (net of recoveries), awarded but not yet paid,
 * held by calls but not yet awarded (programmes only), and left (a programme: not allotted to any call).
 */
export interface LedgerSegments {
  paid: number;
  unpaid: number;
  open: number;
  left: number;
  total: number;
}

/** Split a ledger into bar segments that add up to its total (awarded = paid + unpaid). */
export function ledgerSegments(l: AnyLedger): LedgerSegments {
  const awarded = Math.max(0, l.awardedCents);
  const paid = Math.min(awarded, Math.max(0, l.paidCents - l.recoveredCents));
  if (l.allottedCents === undefined) {
    const left = Math.max(0, l.leftCents);
    return { paid, unpaid: awarded - paid, open: 0, left, total: Math.max(l.totalCents, awarded + left) };
  }
  const open = Math.max(0, l.allottedCents - awarded);
  const left = Math.max(0, l.totalCents - Math.max(l.allottedCents, awarded));
  return { paid, unpaid: awarded - paid, open, left, total: Math.max(l.totalCents, awarded + open + left) };
}
