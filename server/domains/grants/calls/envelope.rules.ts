import type { Refusal } from '../../../../shared/errors';

/**
 * The programme's envelope: a figure the manager sets, from which its calls draw their budgets.
 * Every call counts, drafts included, because a draft's budget is already promised to it; a call
 * never raises the envelope, it only uses what is left of it.
 */

const eur = (cents: number) => `EUR ${(cents / 100).toFixed(2)}`;

/** The refusal when a call asking `askedCents` would take the calls beyond the envelope, else null. */
export function callBudgetRefusal(envelopeCents: number, otherCallsCents: number, askedCents: number): Refusal | null {
  const leftCents = envelopeCents - otherCallsCents;
  if (askedCents <= leftCents) return null;
  return {
    code: 'programme_envelope_exceeded',
    message: `The call asks ${eur(askedCents)} but only ${eur(Math.max(0, leftCents))} of the programme's ${eur(envelopeCents)} is left (${eur(otherCallsCents)} allotted to its other calls)`,
    params: { envelopeCents, allottedCents: otherCallsCents, leftCents: Math.max(0, leftCents), askedCents },
  };
}

/** The refusal when a new envelope is smaller than what the calls already hold, else null. */
export function envelopeRefusal(envelopeCents: number, allottedCents: number): Refusal | null {
  if (envelopeCents >= allottedCents) return null;
  return {
    code: 'programme_envelope_below_calls',
    message: `The programme's calls already hold ${eur(allottedCents)}; the envelope cannot be ${eur(envelopeCents)}`,
    params: { envelopeCents, allottedCents },
  };
}

/** What a programme's ledger adds to its calls' ledger: the envelope, the part allotted to calls and what is left to allot. */
export function envelopeFigures(envelopeCents: number, callBudgetsCents: readonly number[]) {
  const allottedCents = callBudgetsCents.reduce((s, c) => s + c, 0);
  return { envelopeCents, allottedCents, unallottedCents: envelopeCents - allottedCents };
}
