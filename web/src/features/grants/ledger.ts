import type { LedgerView } from '../../../../shared/grants.api';

/** The three parts of a budget bar, in cents: paid out (net of recoveries), awarded but not yet paid, left. */
export interface LedgerSegments {
  paid: number;
  unpaid: number;
  left: number;
  total: number;
}

/** Split a ledger into bar segments that add up to its total (awarded = paid + unpaid). */
export function ledgerSegments(l: LedgerView): LedgerSegments {
  const awarded = Math.max(0, l.awardedCents);
  const paid = Math.min(awarded, Math.max(0, l.paidCents - l.recoveredCents));
  const left = Math.max(0, l.leftCents);
  return { paid, unpaid: awarded - paid, left, total: Math.max(l.totalCents, awarded + left) };
}
