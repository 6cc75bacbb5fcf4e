import { mulDivFloor } from '../../../../shared/grants.budget.rules';
import { lastDayWithin, shareOf } from './payments.rules';

/**
 * How a contract is paid and when it reports, as the General Conditions of EU grant contracts for
 * external actions say. Source: PRAG Annex II "General Conditions applicable to European Union-financed
 * grant contracts for external actions" (e3h2_gencond_en, version 15 January 2016, art. 15.1 options 1
 * and 2, art. 2.5 and 15.2), as summarised by the EuropeAid helpdesk (puntosud.org helpdesk-europeaid,
 * "Payment arrangements") and the OACPS R&I FAQ: option 1 for an implementation period of at most 12
 * months OR an EU financing of at most EUR 100 000 (pre-financing, then the balance on the final report);
 * option 2 otherwise (pre-financing per 12-month reporting period with an interim report, a further
 * instalment only when at least 70 % of the previous one and 100 % of earlier ones are used); interim
 * reports within 60 days after each reporting period, the final report within 3 months after the end
 * of the implementation period. Pure: no clock. Checked again with the search tool: the puntosud.org
 * helpdesk's "Payment arrangements" page (Annex II art. 15 options) confirms option 1 for "an
 * implementation period not exceeding 12 months or where the financing … does not exceed 100,000 EURO",
 * the 80 % first pre-financing and the 70 % rule for further pre-financing.
 */

/**
 * A final report (the request for the balance) on a grant above EUR 100 000 comes with an expenditure
 * verification report by an approved auditor (Annex II, 15 January 2016, art. 15.7; the EuropeAid
 * helpdesk's "The expenditure verification": attached to the final report / request for the balance).
 * Checked again with the search tool: that page requires the report "for any final report in case of a
 * grant of more than 100,000 euro" (strictly more, as here).
 */
export const VERIFICATION_ABOVE_CENTS = 100_000_00;

export type PaymentOption = 'single' | 'per_period';
export const SINGLE_OPTION_MAX_MONTHS = 12;
export const SINGLE_OPTION_MAX_GRANT_CENTS = 100_000_00;
export const REPORTING_PERIOD_MONTHS = 12;
export const INTERIM_REPORT_DAYS = 60;
export const FINAL_REPORT_MONTHS = 3;
/** The further-pre-financing threshold: share of the previous instalment that must be used. */
export const USED_SHARE_BP = 7_000;

/** Option 1 (pre-financing and balance) up to 12 months or up to EUR 100 000; option 2 when longer and larger. */
export function paymentOption(durationMonths: number, grantCents: number): PaymentOption {
  return durationMonths <= SINGLE_OPTION_MAX_MONTHS || grantCents <= SINGLE_OPTION_MAX_GRANT_CENTS ? 'single' : 'per_period';
}

/** Reporting periods of a contract: one per started 12 months. */
export function reportingPeriods(durationMonths: number): number {
  return Math.max(1, Math.ceil(durationMonths / REPORTING_PERIOD_MONTHS));
}

export interface PlannedInstalment {
  kind: 'pre_financing' | 'final';
  /** 1-based reporting period a pre-financing instalment funds; the final line carries the last period. */
  period: number;
  amountCents: number;
}

export interface PlanInput {
  option: PaymentOption;
  grantCents: number;
  durationMonths: number;
  /** The contracted budget by project year (index 0 = year 1); its sum is the planned total. */
  plannedByYear: readonly number[];
  /** The call's ceiling on all pre-financing together, in basis points of the grant. */
  preFinancingBp: number;
}

/**
 * The instalments a contract foresees; they add up to the grant. Option 1: the call's pre-financing
 * share, then the balance. Option 2: for each reporting period the grant's share of that year's
 * budget, all pre-financing together held to the call's share (the balance follows the final report).
 * The final line is always there (the settlement follows the final report even at 0).
 */
export function instalmentPlan(input: PlanInput): PlannedInstalment[] {
  const cap = shareOf(input.grantCents, input.preFinancingBp);
  const periods = reportingPeriods(input.durationMonths);
  const out: PlannedInstalment[] = [];
  if (input.option === 'single') {
    if (cap > 0) out.push({ kind: 'pre_financing', period: 1, amountCents: cap });
  } else {
    const total = input.plannedByYear.reduce((s, x) => s + x, 0);
    let sum = 0;
    for (let k = 1; k <= periods && total > 0; k++) {
      const raw = mulDivFloor(input.grantCents, input.plannedByYear[k - 1] ?? 0, total);
      const amountCents = Math.min(raw, cap - sum);
      if (amountCents > 0) out.push({ kind: 'pre_financing', period: k, amountCents });
      sum += Math.max(amountCents, 0);
    }
  }
  const paid = out.reduce((s, x) => s + x.amountCents, 0);
  out.push({ kind: 'final', period: periods, amountCents: input.grantCents - paid });
  return out;
}

/**
 * Annex II option 2: a further pre-financing instalment only once the grant's share of the accepted
 * costs covers every earlier instalment and at least 70 % of the previous one. Returns what must be
 * used (in grant cents) and whether it is; the first instalment needs nothing.
 */
export function furtherPreFinancing(paidInstalments: readonly number[], usedCents: number): { allowed: boolean; neededCents: number } {
  if (paidInstalments.length === 0) return { allowed: true, neededCents: 0 };
  const last = paidInstalments[paidInstalments.length - 1]!;
  const earlier = paidInstalments.slice(0, -1).reduce((s, x) => s + x, 0);
  // ⌈70 % of the last⌉: used × 10 000 ≥ earlier × 10 000 + last × 7 000, exactly.
  const neededCents = earlier + Math.ceil((last * USED_SHARE_BP) / 10_000);
  return { allowed: BigInt(usedCents) * 10_000n >= BigInt(earlier) * 10_000n + BigInt(last) * BigInt(USED_SHARE_BP), neededCents };
}

/** The grant's share of accepted costs, at the contract's exact ratio grant ÷ planned total, never above the grant. */
export function grantShareOfCosts(acceptedCents: number, grantCents: number, plannedTotalCents: number): number {
  if (plannedTotalCents <= 0) return 0;
  return Math.min(grantCents, mulDivFloor(acceptedCents, grantCents, plannedTotalCents));
}

const DAY_MS = 86_400_000;
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export interface ReportDue {
  kind: 'interim' | 'final';
  period: number;
  /** Last day the report covers. */
  periodEnd: string;
  dueOn: string;
}

/**
 * The reports a contract asks for: under option 2 an interim report after each full reporting period
 * that ends before the project does, due 60 days later; always the final report, due 3 months after
 * the end date.
 */
export function reportSchedule(option: PaymentOption, startsOn: string, endsOn: string): ReportDue[] {
  const out: ReportDue[] = [];
  if (option === 'per_period') {
    for (let k = 1; ; k++) {
      const periodEnd = lastDayWithin(startsOn, REPORTING_PERIOD_MONTHS * k);
      if (periodEnd >= endsOn) break;
      out.push({ kind: 'interim', period: k, periodEnd, dueOn: addDays(periodEnd, INTERIM_REPORT_DAYS) });
    }
  }
  out.push({ kind: 'final', period: out.length + 1, periodEnd: endsOn, dueOn: lastDayWithin(addDays(endsOn, 1), FINAL_REPORT_MONTHS) });
  return out;
}

/**
 * Where a project stands for the public: a contract whose end date has passed is 'ended' (waiting for
 * its final report and settlement), not 'contracted'; a settled one is 'closed'.
 */
export function projectPhase(status: string, endsOn: string | null, today: string): string {
  return status === 'contracted' && endsOn !== null && endsOn < today ? 'ended' : status;
}
