import { BUDGET_HEADINGS, type ApplicationContent, type BudgetHeading, type BudgetLine, type CallRules } from './grants';
import { problem, type Problem } from './problems';

/**
 * Pure money rules of an application's budget. Amounts are integer cents and rates integer basis
 * points; products of cents and basis points are taken in BigInt, because a 200-line budget times
 * 10,000 can pass 2^53 and a float comparison could let a budget slip over a cap by a cent.
 */

export const BUDGET_PROBLEM_CODES = [
  'budget_empty', 'amount_negative', 'year_beyond_duration', 'indirect_above_cap', 'required',
  'grant_below_minimum', 'grant_above_maximum', 'grant_above_total', 'co_financing_below_minimum',
  'contingency_above_cap',
] as const;
export type BudgetProblemCode = (typeof BUDGET_PROBLEM_CODES)[number];

const p = (field: string, code: BudgetProblemCode, params?: Record<string, string | number>): Problem =>
  problem(field, code, params);

export interface BudgetSummary {
  /** All headings except `indirect` and the `contingency` reserve. */
  directCents: number;
  indirectCents: number;
  totalCents: number;
  byHeading: Record<BudgetHeading, number>;
  /** Index 0 is project year 1; as long as the latest year with a line, gap years hold 0. */
  byYear: number[];
  /** The requested grant, 0 when none is entered yet. */
  requestedGrantCents: number;
  /** What the applicants pay themselves: total − grant (negative when the grant exceeds the total). */
  coFinancingCents: number;
  /** grant ÷ total and co-financing ÷ total in basis points, each rounded down (0 for an empty budget). */
  grantRateBp: number;
  coFinancingRateBp: number;
}

/** ⌊a × b ÷ c⌋ exactly, for integer a, b and positive c. */
export function mulDivFloor(a: number, b: number, c: number): number {
  const q = (BigInt(a) * BigInt(b)) / BigInt(c);
  const r = (BigInt(a) * BigInt(b)) % BigInt(c);
  return Number(r < 0n ? q - 1n : q); // BigInt division truncates towards zero
}

/**
 * Totals of a budget by heading and year, with the grant and co-financing shares. Rates round down
 * to whole basis points so that a rounded co-financing rate never reaches a minimum the exact rate
 * misses; the two rates may therefore add up to 9,999 bp rather than 10,000.
 */
export function summariseBudget(lines: readonly BudgetLine[], requestedGrantCents: number | null): BudgetSummary {
  const byHeading = Object.fromEntries(BUDGET_HEADINGS.map((h) => [h, 0])) as Record<BudgetHeading, number>;
  const byYear: number[] = [];
  let totalCents = 0;
  for (const line of lines) {
    byHeading[line.heading] += line.amountCents;
    for (let y = byYear.length; y < line.year; y++) byYear.push(0);
    byYear[line.year - 1] = (byYear[line.year - 1] ?? 0) + line.amountCents;
    totalCents += line.amountCents;
  }
  const indirectCents = byHeading.indirect;
  const grant = requestedGrantCents ?? 0;
  const coFinancingCents = totalCents - grant;
  const rate = (part: number) => (totalCents > 0 ? mulDivFloor(part, 10_000, totalCents) : 0);
  return {
    directCents: totalCents - indirectCents - byHeading.contingency,
    indirectCents,
    totalCents,
    byHeading,
    byYear,
    requestedGrantCents: grant,
    coFinancingCents,
    grantRateBp: rate(grant),
    coFinancingRateBp: rate(coFinancingCents),
  };
}

/** Project years a duration spans: 18 months → 2 years. */
export function projectYears(durationMonths: number): number {
  return Math.ceil(durationMonths / 12);
}

/** Highest indirect costs the call allows on these direct costs, rounded down to the cent. */
export function maxIndirectCents(directCents: number, rules: Pick<CallRules, 'maxIndirectBp'>): number {
  return mulDivFloor(directCents, rules.maxIndirectBp, 10_000);
}

/**
 * The provision for a contingency reserve may not exceed 5 % of the direct eligible costs (PRAG 2016,
 * 6.2.10.1 "Eligible direct costs": contingency reserve ≤ 5 % of direct eligible costs; Annex II art.
 * 14.3 of the 15 January 2016 General Conditions: used only with the contracting authority's prior
 * written authorisation).
 */
export const MAX_CONTINGENCY_BP = 500;
/** Highest contingency reserve on these direct costs, rounded down to the cent. */
export function maxContingencyCents(directCents: number): number {
  return mulDivFloor(directCents, MAX_CONTINGENCY_BP, 10_000);
}

/** Every budget and grant rule of the call the content breaks; field paths start at 'content.'. */
export function budgetProblems(content: ApplicationContent, rules: CallRules): Problem[] {
  return [...lineProblems(content), ...shareProblems(content, rules)];
}

function lineProblems(content: ApplicationContent): Problem[] {
  const out: Problem[] = [];
  const maxYear = content.durationMonths === null ? null : projectYears(content.durationMonths);
  content.budget.forEach((line, i) => {
    if (line.amountCents < 0) out.push(p(`content.budget.${i}.amountCents`, 'amount_negative'));
    // A missing duration is reported by the submission rules; years are then not judged.
    if (maxYear !== null && line.year > maxYear) out.push(p(`content.budget.${i}.year`, 'year_beyond_duration', { year: line.year, maxYear }));
  });
  return out;
}

function shareProblems(content: ApplicationContent, rules: CallRules): Problem[] {
  const s = summariseBudget(content.budget, content.requestedGrantCents);
  const out: Problem[] = [];
  if (s.totalCents <= 0) out.push(p('content.budget', 'budget_empty'));
  const cap = maxIndirectCents(s.directCents, rules);
  if (s.indirectCents > cap) out.push(p('content.budget', 'indirect_above_cap', { indirectCents: s.indirectCents, maxIndirectCents: cap, maxIndirectBp: rules.maxIndirectBp }));
  const reserveCap = maxContingencyCents(s.directCents);
  if (s.byHeading.contingency > reserveCap) out.push(p('content.budget', 'contingency_above_cap', { contingencyCents: s.byHeading.contingency, maxContingencyCents: reserveCap, maxContingencyBp: MAX_CONTINGENCY_BP }));
  const grant = content.requestedGrantCents;
  const field = 'content.requestedGrantCents';
  if (grant === null) return [...out, p(field, 'required')];
  if (grant < rules.minGrantCents) out.push(p(field, 'grant_below_minimum', { minGrantCents: rules.minGrantCents }));
  if (grant > rules.maxGrantCents) out.push(p(field, 'grant_above_maximum', { maxGrantCents: rules.maxGrantCents }));
  if (s.totalCents <= 0) return out;
  // A grant above the total already implies too little co-financing: one message, not two.
  if (grant > s.totalCents) return [...out, p(field, 'grant_above_total', { totalCents: s.totalCents })];
  // Exact integer comparison: co-financing × 10,000 ≥ min × total.
  if (BigInt(s.coFinancingCents) * 10_000n < BigInt(rules.minCoFinancingBp) * BigInt(s.totalCents))
    out.push(p(field, 'co_financing_below_minimum', { minCoFinancingBp: rules.minCoFinancingBp, coFinancingRateBp: s.coFinancingRateBp }));
  return out;
}
