import { BUDGET_HEADINGS, type BudgetHeading, type CallRules } from './grants';
import { maxContingencyCents, mulDivFloor } from './grants.budget.rules';
import { problem, type Problem } from './problems';

/**
 * Budget flexibility of a signed contract (pure). A transfer between headings that moves no heading by
 * more than 25 % of its amount as last set by addendum is made by the beneficiary with a notification;
 * a larger one needs an addendum, which the contracting authority signs (Annex II, 15 January 2016,
 * art. 9.4: "variation of 25 % or less of the amount originally entered … for each relevant heading").
 * Checked with the search tool: STGM's EU grants FAQ (stgm.org.tr, "Which circumstances can the
 * beneficiary make unilateral amendments", citing the General Conditions and the Companion) confirms a
 * transfer between main headings without addendum while no heading concerned varies, up or down, by more
 * than 25 %, counted cumulatively against the original budget or as last modified by addendum, and an
 * addendum (its art. 9.3 in the edition it cites) beyond that.
 * The contingency reserve is never spent directly: it moves to a heading with prior written approval.
 */

export type HeadingAmounts = Record<BudgetHeading, number>;
export const TRANSFER_NOTIFICATION_BP = 2_500;
export type TransferKind = 'notification' | 'addendum' | 'contingency';

export interface Transfer {
  from: BudgetHeading;
  to: BudgetHeading;
  amountCents: number;
}

/** Every heading at 0, then the given amounts. */
export function headingAmounts(partial: Partial<Record<string, number>>): HeadingAmounts {
  return Object.fromEntries(BUDGET_HEADINGS.map((h) => [h, partial[h] ?? 0])) as HeadingAmounts;
}

export function applyTransfer(current: HeadingAmounts, t: Transfer): HeadingAmounts {
  return { ...current, [t.from]: current[t.from] - t.amountCents, [t.to]: current[t.to] + t.amountCents };
}

/**
 * What the transfer takes: the contingency reserve moves only with approval; otherwise a notification
 * while both headings stay within 25 % of their basis (the contract as last amended by addendum).
 */
export function transferKind(basis: HeadingAmounts, current: HeadingAmounts, t: Transfer): TransferKind {
  if (t.from === 'contingency') return 'contingency';
  const after = applyTransfer(current, t);
  const within = (h: BudgetHeading) => BigInt(Math.abs(after[h] - basis[h])) * 10_000n <= BigInt(basis[h]) * BigInt(TRANSFER_NOTIFICATION_BP);
  return within(t.from) && within(t.to) ? 'notification' : 'addendum';
}

const direct = (a: HeadingAmounts) => BUDGET_HEADINGS.reduce((s, h) => (h === 'indirect' || h === 'contingency' ? s : s + a[h]), 0);

/** What is wrong with a transfer on the current budget; the indirect cap holds after it. */
export function transferProblems(current: HeadingAmounts, t: Transfer, maxIndirectBp: number): Problem[] {
  const out: Problem[] = [];
  if (t.from === t.to) out.push(problem('to', 'same_heading'));
  if (t.to === 'contingency') out.push(problem('to', 'contingency_not_a_target'));
  if (!Number.isSafeInteger(t.amountCents) || t.amountCents < 1) return [...out, problem('amountCents', 'invalid_amount')];
  if (t.amountCents > current[t.from]) out.push(problem('amountCents', 'above_heading', { max: current[t.from] }));
  if (out.length) return out;
  const after = applyTransfer(current, t);
  const cap = mulDivFloor(direct(after), maxIndirectBp, 10_000);
  if (after.indirect > cap) out.push(problem('amountCents', 'indirect_above_cap', { maxIndirectCents: cap }));
  return out;
}

/**
 * Accepted costs against the budget as it stands: no heading above its amount (the contingency reserve
 * counts 0: it is spent only through an approved transfer), indirect costs within the call's cap of
 * the accepted direct costs. Fields are `acceptedCosts.<heading>`.
 */
export function acceptedCostProblems(accepted: HeadingAmounts, current: HeadingAmounts, maxIndirectBp: number): Problem[] {
  const out: Problem[] = [];
  for (const h of BUDGET_HEADINGS) {
    const max = h === 'contingency' ? 0 : current[h];
    if (accepted[h] > max) out.push(problem(`acceptedCosts.${h}`, 'above_heading_budget', { max }));
  }
  const cap = mulDivFloor(direct(accepted), maxIndirectBp, 10_000);
  if (accepted.indirect > cap) out.push(problem('acceptedCosts.indirect', 'indirect_above_cap', { maxIndirectCents: cap }));
  return out;
}

/** A contingency reserve within 5 % of the direct costs of these amounts. */
export function contingencyWithinCap(a: HeadingAmounts): boolean {
  return a.contingency <= maxContingencyCents(direct(a));
}

export interface ContractCorrection {
  awardedCents: number;
  grantCents: number;
  budget: HeadingAmounts;
  /** A reduced grant or a corrected budget was asked for: it needs a reason. */
  corrected: boolean;
  reason: string;
}

/**
 * A reduced grant or a budget correction before signature (PRAG 6.5.10: the contracting authority may
 * correct arithmetical errors or remove ineligible costs and lower the grant, never raise it): the
 * grant stays within the award and the call's minimum, the budget keeps the call's indirect cap, the
 * contingency cap and the applicants' minimum share.
 */
export function contractCorrectionProblems(c: ContractCorrection, rules: Pick<CallRules, 'minGrantCents' | 'minCoFinancingBp' | 'maxIndirectBp'>): Problem[] {
  const out: Problem[] = [];
  if (c.corrected && c.reason.trim() === '') out.push(problem('reason', 'required'));
  if (c.grantCents > c.awardedCents) out.push(problem('grantCents', 'grant_above_awarded', { max: c.awardedCents }));
  if (c.grantCents < rules.minGrantCents) out.push(problem('grantCents', 'grant_below_minimum', { minGrantCents: rules.minGrantCents }));
  const total = BUDGET_HEADINGS.reduce((s, h) => s + c.budget[h], 0);
  if (BUDGET_HEADINGS.some((h) => c.budget[h] < 0) || total <= 0) return [...out, problem('budget', 'budget_empty')];
  const cap = mulDivFloor(direct(c.budget), rules.maxIndirectBp, 10_000);
  if (c.budget.indirect > cap) out.push(problem('budget.indirect', 'indirect_above_cap', { maxIndirectCents: cap }));
  if (!contingencyWithinCap(c.budget)) out.push(problem('budget.contingency', 'contingency_above_cap', { maxContingencyCents: maxContingencyCents(direct(c.budget)) }));
  if (BigInt(total - c.grantCents) * 10_000n < BigInt(rules.minCoFinancingBp) * BigInt(total)) out.push(problem('grantCents', 'co_financing_below_minimum', { minCoFinancingBp: rules.minCoFinancingBp }));
  return out;
}
