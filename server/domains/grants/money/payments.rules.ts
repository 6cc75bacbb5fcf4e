import { BUDGET_HEADINGS, type BudgetHeading, type CallRules } from '../../../../shared/grants';
import { type Problem, problem } from '../../../../shared/problems';
import { mulDivFloor } from '../../../../shared/grants.budget.rules';

/**
 * Money after the award: pre-financing, the final payment or recovery, the call's ledger and contract
 * amendments. Integer cents and basis points throughout; shares are taken in BigInt and rounded down,
 * so a payment can never come out a cent above what the rate allows. Pure: no clock.
 */

/** `cents` × `bp` / 10 000, rounded down; exact for any amount (integers only: BigInt throws on a fraction). */
export function shareOf(cents: number, bp: number): number {
  return Number((BigInt(cents) * BigInt(bp)) / 10_000n);
}

/** The advance paid on signature; rounded down so the final payment carries any odd cent. */
export function preFinancing(grantCents: number, preFinancingBp: number): number {
  return shareOf(grantCents, preFinancingBp);
}

export type PaymentKind = 'pre_financing' | 'interim' | 'final';
export interface PlannedPayment {
  kind: 'pre_financing' | 'final';
  amountCents: number;
}

/**
 * The payments a contract foresees; they add up to the grant. The final line is always there, even at
 * 0 with full pre-financing, because the final report and its settlement still follow; a zero
 * pre-financing line is left out.
 */
export function paymentPlan(grantCents: number, rules: Pick<CallRules, 'preFinancingBp'>): PlannedPayment[] {
  const pre = preFinancing(grantCents, rules.preFinancingBp);
  const final: PlannedPayment = { kind: 'final', amountCents: grantCents - pre };
  return pre > 0 ? [{ kind: 'pre_financing', amountCents: pre }, final] : [final];
}

export interface FinalPaymentInput {
  grantCents: number;
  /** The contracted budget's total: the grant's share of costs is grant ÷ this, exactly (no rounded rate). */
  plannedCostsCents: number;
  acceptedEligibleCostsCents: number;
  /** Income of the action besides the grant (revenue, other donors' contributions to the same costs): receipts for the no-profit rule. */
  otherIncomeCents?: number;
  paidCents: number;
}

/**
 * Settle a contract on its final report. The grant is the accepted eligible costs × grant ÷ planned
 * costs (so a project whose planned costs are all accepted gets exactly its maximum, which a rate
 * rounded to basis points would miss by a few euros), never above the contracted grant. Then the
 * no-profit rule: a profit is the surplus of the receipts (that grant plus the action's other income:
 * revenue, other donors' contributions to the same costs) over the accepted eligible costs, and the
 * grant is reduced by the share of the profit that the EU's contribution to those costs represents
 * (grant ÷ accepted costs), not by the whole profit. Sources, checked with the search tool: PRAG
 * section 6.3.10 "No-profit rule" (online PRAG, ec.europa.eu/europeaid/prag: "reduce the final amount
 * of the grant by the percentage of the profit corresponding to the final Union contribution"), and
 * the Financial Regulation (EU, Euratom) 2018/1046 art. 192(2) and (4). Exact in BigInt, rounded
 * down. Less what was already paid: a balance is paid, an overpayment becomes a recovery order.
 */
export function finalPayment(input: FinalPaymentInput): { finalGrantCents: number; dueCents: number; recoveryCents: number } {
  const accepted = input.acceptedEligibleCostsCents;
  const byShare = input.plannedCostsCents > 0 ? mulDivFloor(accepted, input.grantCents, input.plannedCostsCents) : 0;
  const grant = Math.min(input.grantCents, byShare);
  const profit = Math.max(0, grant + (input.otherIncomeCents ?? 0) - accepted);
  // grant − profit × grant ÷ accepted, i.e. grant × (accepted − profit) ÷ accepted; nothing once the profit reaches the costs.
  const finalGrantCents = profit === 0 ? grant : accepted - profit > 0 ? mulDivFloor(grant, accepted - profit, accepted) : 0;
  const balance = finalGrantCents - input.paidCents;
  return { finalGrantCents, dueCents: Math.max(balance, 0), recoveryCents: Math.max(-balance, 0) };
}

/**
 * Where an award stands for the ledger. 'closed': the contract is settled (completed or terminated)
 * and its grantCents is the final grant, so what was not used returns to the budget. 'declined' and
 * 'withdrawn' awards hold no money.
 */
export type AwardStatus = 'awarded' | 'contracted' | 'closed' | 'declined' | 'withdrawn';

export interface LedgerInput {
  budgetCents: number;
  awards: readonly { grantCents: number; status: AwardStatus }[];
  payments: readonly { amountCents: number; kind: PaymentKind }[];
  /** Recoveries collected (money actually back). */
  recoveries: readonly { amountCents: number }[];
  /** Recovery orders issued and not yet collected: owed back to the call. */
  recoveryDueCents?: number;
}

/**
 * A call's money in one view. The identities (see ledgerBalances):
 *   total = awarded + left;  awarded = selected-not-yet-contracted + committed;
 *   committed = (paid − recovered) + still owed to beneficiaries, with nothing owed below 0.
 */
export interface Ledger {
  totalCents: number;
  /** Held by live awards: selected, contracted or settled. */
  awardedCents: number;
  /** Held by signed contracts ('contracted' or 'closed'), a part of awarded. */
  committedCents: number;
  paidCents: number;
  recoveredCents: number;
  /** Committed but not yet paid out net of recoveries (collected or still due). */
  owedCents: number;
  /** Not awarded: free for the reserve list or a later call. */
  leftCents: number;
  /** Recovery orders issued but not yet collected. */
  recoveryDueCents: number;
}

const HOLDS: ReadonlySet<AwardStatus> = new Set(['awarded', 'contracted', 'closed']);
const CONTRACTED: ReadonlySet<AwardStatus> = new Set(['contracted', 'closed']);
const sum = (xs: readonly { amountCents: number }[]): number => xs.reduce((s, x) => s + x.amountCents, 0);
const grants = (input: LedgerInput, statuses: ReadonlySet<AwardStatus>): number =>
  input.awards.filter((a) => statuses.has(a.status)).reduce((s, a) => s + a.grantCents, 0);

/** Sum up a call's awards, payments and recoveries. */
export function ledger(input: LedgerInput): Ledger {
  const awardedCents = grants(input, HOLDS);
  const committedCents = grants(input, CONTRACTED);
  const paidCents = sum(input.payments);
  const recoveredCents = sum(input.recoveries);
  const recoveryDueCents = input.recoveryDueCents ?? 0;
  return {
    totalCents: input.budgetCents,
    awardedCents,
    committedCents,
    paidCents,
    recoveredCents,
    owedCents: committedCents - (paidCents - recoveredCents - recoveryDueCents),
    leftCents: input.budgetCents - awardedCents,
    recoveryDueCents,
  };
}

/** The books add up: no money out of nowhere, none paid beyond contracts, none recovered beyond payments. */
export function ledgerBalances(l: Ledger): boolean {
  return (
    l.totalCents === l.awardedCents + l.leftCents &&
    l.committedCents <= l.awardedCents &&
    l.committedCents === l.paidCents - l.recoveredCents - l.recoveryDueCents + l.owedCents &&
    l.owedCents >= 0 &&
    l.recoveryDueCents >= 0 &&
    l.recoveredCents + l.recoveryDueCents <= l.paidCents
  );
}

export interface ContractTerms {
  grantCents: number;
  /** The grant as first signed; amendments may lower it but never raise it above this. */
  originalGrantCents: number;
  /** Calendar dates 'YYYY-MM-DD'; the end date is the last day of the project. */
  startDate: string;
  endDate: string;
}

/** A requested amendment: new budget lines and/or grant, and/or a new end date, always with a reason. */
export interface AmendmentChange {
  reason: string;
  budget?: readonly { heading: BudgetHeading; amountCents: number }[];
  grantCents?: number;
  endDate?: string;
}

type AmendmentRules = Pick<CallRules, 'maxGrantCents' | 'maxDurationMonths' | 'minCoFinancingBp'>;

const DAY_MS = 86_400_000;
/** Epoch day of a real calendar date 'YYYY-MM-DD', or null ('2025-02-30' is not one). */
function epochDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t / DAY_MS : null;
}

/**
 * The last day of a project of `months` months from `startDate`: the same day `months` later (clamped
 * to the month's end, so 31 January + 1 month is 28/29 February), less one day.
 */
export function lastDayWithin(startDate: string, months: number): string {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, daysInTarget) - 1);
  return target.toISOString().slice(0, 10);
}

function budgetProblems(change: AmendmentChange, contract: ContractTerms, rules: AmendmentRules): Problem[] {
  const out: Problem[] = [];
  (change.budget ?? []).forEach((line, i) => {
    if (!BUDGET_HEADINGS.includes(line.heading)) out.push(problem(`budget.${i}.heading`, 'unknown_heading'));
    if (!Number.isSafeInteger(line.amountCents) || line.amountCents < 0) out.push(problem(`budget.${i}.amountCents`, 'invalid_amount'));
  });
  const grant = change.grantCents ?? contract.grantCents;
  if (!Number.isSafeInteger(grant) || grant < 1) return [...out, problem('grantCents', 'invalid_amount')];
  if (grant > contract.originalGrantCents) out.push(problem('grantCents', 'grant_above_original', { max: contract.originalGrantCents }));
  if (grant > rules.maxGrantCents) out.push(problem('grantCents', 'grant_above_call_max', { max: rules.maxGrantCents }));
  if (change.budget && out.length === 0) {
    const max = shareOf(change.budget.reduce((s, l) => s + l.amountCents, 0), 10_000 - rules.minCoFinancingBp);
    if (grant > max) out.push(problem('grantCents', 'co_financing_below_min', { minBp: rules.minCoFinancingBp, max }));
  }
  return out;
}

function endDateProblems(endDate: string, contract: ContractTerms, rules: AmendmentRules): Problem[] {
  const end = epochDay(endDate);
  const start = epochDay(contract.startDate);
  if (end === null) return [problem('endDate', 'invalid_date')];
  if (start === null) return [problem('startDate', 'invalid_date')];
  if (end < start) return [problem('endDate', 'end_before_start', { startDate: contract.startDate })];
  const last = lastDayWithin(contract.startDate, rules.maxDurationMonths);
  return endDate > last ? [problem('endDate', 'duration_above_max', { maxMonths: rules.maxDurationMonths, lastDate: last })] : [];
}

/**
 * What is wrong with an amendment request. A budget change may move money between headings and lower
 * the grant, never raise it above the signed grant or the call's max, and keeps the applicants' share;
 * a new end date keeps the project within the call's maximum duration counted from the original start.
 */
export function amendmentProblems(contract: ContractTerms, change: AmendmentChange, rules: AmendmentRules): Problem[] {
  const out: Problem[] = [];
  if (change.reason.trim() === '') out.push(problem('reason', 'required'));
  const touchesMoney = change.budget !== undefined || change.grantCents !== undefined;
  if (!touchesMoney && change.endDate === undefined) out.push(problem('change', 'nothing_to_change'));
  if (touchesMoney) out.push(...budgetProblems(change, contract, rules));
  if (change.endDate !== undefined) out.push(...endDateProblems(change.endDate, contract, rules));
  return out;
}
