/**
 * The money of an IATI activity: the commitment, its changes, the payments and the budgets. Pure.
 *
 * Transaction types are those of the IATI 2.03 TransactionType codelist (IATI/IATI-Codelists,
 * xml/TransactionType.xml): 2 Outgoing Commitment ("a firm, written obligation ... to provide a
 * specified amount of funds"), 3 Disbursement (funds placed at the recipient's disposal: a
 * pre-financing is an advance), 7 Reimbursement ("a type of disbursement that covers funds that have
 * already been spent by the recipient, as agreed in the terms of the grant"). 4 Expenditure is money
 * spent on goods and services by the reporter itself and 8 is a purchase of equity: neither fits.
 */

/** Formats integer cents as a decimal with two places, by string arithmetic (no float rounding). */
export function eurosFromCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be a safe integer, got ${cents}`);
  const digits = Math.abs(cents).toString().padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A payment as the money domain records it; a recovery order is money back from the beneficiary. */
export type PaymentKind = 'pre_financing' | 'interim' | 'final' | 'recovery';

export interface IatiMoney {
  /** The contract's signature date (YYYY-MM-DD), null while it is not signed. */
  signedOn: string | null;
  /** The maximum grant the signed contract states: the commitment keeps this original amount. */
  signedGrantCents: number;
  /** The grant as it stands now (after amendments). */
  grantCents: number;
  /** Changes to the grant after signature (addenda), each dated. */
  grantChanges: Array<{ date: string; deltaCents: number }>;
  disbursements: Array<{ date: string; amountCents: number; kind: PaymentKind }>;
  /** Closed: what was committed and not paid is released. */
  closed: boolean;
}

export const TRANSACTION_TYPE = { commitment: '2', disbursement: '3', reimbursement: '7' } as const;

export type TransactionKind = PaymentKind | 'commitment' | 'increase' | 'reduction' | 'release';

export interface IatiTransaction {
  type: (typeof TRANSACTION_TYPE)[keyof typeof TRANSACTION_TYPE];
  date: string;
  cents: number;
  kind: TransactionKind;
}

/**
 * Pre-financing and further pre-financing (Annex II's interim payments under option 2) are advances:
 * disbursements. The final payment pays the balance of the costs the final report shows as already
 * incurred and accepted: a reimbursement. A recovery is money back, a negative disbursement.
 */
function paymentType(kind: PaymentKind): IatiTransaction['type'] {
  return kind === 'final' ? TRANSACTION_TYPE.reimbursement : TRANSACTION_TYPE.disbursement;
}

const byDate = <T extends { date: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/**
 * The transactions of a project, in date order. The commitment is dated at signature with the signed
 * amount; each later change of the grant is its own commitment transaction of the difference (a
 * reduction is negative: a de-commitment, as the DAC reports a decrease of an earlier commitment), so
 * the original commitment stays as signed. At closure the part committed but never paid is released
 * the same way, on the day of the last payment. Nothing is committed before signature.
 */
export function iatiTransactions(m: IatiMoney): IatiTransaction[] {
  if (m.signedOn === null) return [];
  const payments = byDate(m.disbursements).map((d): IatiTransaction => ({
    type: paymentType(d.kind),
    date: d.date,
    cents: d.kind === 'recovery' ? -d.amountCents : d.amountCents,
    kind: d.kind,
  }));
  const changes = byDate(m.grantChanges.filter((c) => c.deltaCents !== 0)).map((c): IatiTransaction => ({
    type: TRANSACTION_TYPE.commitment,
    date: c.date,
    cents: c.deltaCents,
    kind: c.deltaCents < 0 ? 'reduction' : 'increase',
  }));
  const out = byDate([{ type: TRANSACTION_TYPE.commitment, date: m.signedOn, cents: m.signedGrantCents, kind: 'commitment' as const }, ...changes, ...payments]);
  const committed = m.signedGrantCents + changes.reduce((s, c) => s + c.cents, 0);
  const paid = payments.reduce((s, p) => s + p.cents, 0);
  const last = out[out.length - 1];
  if (m.closed && paid < committed && last) out.push({ type: TRANSACTION_TYPE.commitment, date: last.date, cents: paid - committed, kind: 'release' });
  return out;
}

export interface BudgetPeriod {
  start: string;
  end: string;
  cents: number;
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** The day before the same calendar day a year later (2019-03-01 → 2020-02-29), in UTC. */
function yearEnd(start: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  const next = new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate()));
  // 29 February + 1 year rolls to 1 March; the period then ends on 28 February, still within a year.
  if (next.getUTCDate() !== d.getUTCDate()) next.setUTCDate(0);
  else next.setUTCDate(next.getUTCDate() - 1);
  return day(next);
}

const nextDay = (ymd: string): string => day(new Date(Date.parse(`${ymd}T00:00:00Z`) + 86_400_000));

/**
 * Split `totalCents` over the project years between `start` and `end` (IATI: no budget period longer
 * than a year), in proportion to `weights` (the application's costs per project year; later years
 * than there are periods count in the last one, and no weight at all splits by length in days).
 * Largest remainders make the parts add up to the total exactly.
 */
export function budgetPeriods(start: string, end: string, weights: readonly number[], totalCents: number): BudgetPeriod[] {
  if (end < start) return [];
  const spans: Array<{ start: string; end: string }> = [];
  for (let s = start; s <= end; ) {
    const e = yearEnd(s) < end ? yearEnd(s) : end;
    spans.push({ start: s, end: e });
    s = nextDay(e);
  }
  const w = spans.map((_, i) => (i < spans.length - 1 ? (weights[i] ?? 0) : weights.slice(i).reduce((a, b) => a + b, 0)));
  const days = spans.map((p) => (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 + 1);
  const basis = w.some((x) => x > 0) ? w.map((x) => Math.max(0, x)) : days;
  const sum = BigInt(basis.reduce((a, b) => a + b, 0));
  const exact = basis.map((b) => (BigInt(totalCents) * BigInt(b)));
  const parts = exact.map((x) => x / sum);
  let left = BigInt(totalCents) - parts.reduce((a, b) => a + b, 0n);
  const order = exact.map((x, i) => ({ i, r: x % sum })).sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left <= 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return spans.map((p, i) => ({ ...p, cents: Number(parts[i] ?? 0n) }));
}
