import { ADMIN_CHECKS, type AdminCheck } from './grants';
import type { AuthorityType } from './authorities';
import type { ApplicationContent, CallRules } from './grants';
import { budgetProblems, summariseBudget } from './grants.budget.rules';
import { deadlinePassed } from './grants.call.rules';
import { problem, type Problem } from './problems';

/**
 * Pure submission rules of an application: what must hold when the lead authority submits, the
 * two-stage amount rule, and the administrative check the secretariat ticks off afterwards.
 */

export const ELIGIBILITY_PROBLEM_CODES = [
  'call_not_open', 'deadline_passed', 'lead_type_ineligible', 'lead_country_ineligible',
  'partner_is_lead', 'partner_duplicate', 'partner_not_confirmed', 'partner_country_ineligible', 'partner_type_ineligible', 'too_few_partners',
  'required', 'theme_not_in_call', 'duration_above_maximum', 'activity_ends_before_start', 'activity_beyond_duration',
  'grant_change_above_limit', 'lead_excluded', 'partner_excluded', 'duration_below_minimum', 'eu_share_below_minimum',
] as const;
export type EligibilityProblemCode = (typeof ELIGIBILITY_PROBLEM_CODES)[number];

const p = (field: string, code: EligibilityProblemCode, params?: Record<string, string | number>): Problem =>
  problem(field, code, params);

export interface SubmissionLead {
  code: string;
  type: AuthorityType;
  country: string;
}

export interface SubmissionPartner {
  code: string;
  country: string;
  /** Null for a code the directory does not know. */
  type: AuthorityType | null;
  /** The partner authority confirmed its participation (mandate / partnership statement). */
  confirmed: boolean;
}

export interface SubmissionInput {
  lead: SubmissionLead;
  partners: readonly SubmissionPartner[];
  content: ApplicationContent;
}

/** Every reason an application cannot be submitted to the call at `now` (the server's clock), in form order. */
export function submissionProblems(input: SubmissionInput, rules: CallRules, now: Date): Problem[] {
  return [
    ...timingProblems(rules, now),
    ...leadProblems(input.lead, rules),
    ...partnerProblems(input, rules),
    ...contentProblems(input.content, rules),
    ...budgetProblems(input.content, rules),
    ...euShareProblems(input.content, rules),
  ];
}

/**
 * The call's EU share floor: grant × 10,000 ≥ floor × total, exact in BigInt. Left to the budget rules
 * when there is no grant, no budget or a grant above the total (they report those already).
 */
export function euShareProblems(c: Pick<ApplicationContent, 'budget' | 'requestedGrantCents'>, rules: Pick<CallRules, 'minEuShareBp'>): Problem[] {
  const grant = c.requestedGrantCents;
  if (rules.minEuShareBp === undefined || grant === null) return [];
  const s = summariseBudget(c.budget, grant);
  if (s.totalCents <= 0 || grant > s.totalCents) return [];
  if (BigInt(grant) * 10_000n >= BigInt(rules.minEuShareBp) * BigInt(s.totalCents)) return [];
  const minGrantCents = Number((BigInt(rules.minEuShareBp) * BigInt(s.totalCents) + 9_999n) / 10_000n);
  return [p('content.requestedGrantCents', 'eu_share_below_minimum', { minEuShareBp: rules.minEuShareBp, grantRateBp: s.grantRateBp, minGrantCents })];
}

const isExcluded = (code: string, rules: CallRules): boolean => (rules.excludedAuthorities ?? []).includes(code);

function timingProblems(rules: CallRules, now: Date): Problem[] {
  if (deadlinePassed(rules, now)) return [p('call.deadlineAt', 'deadline_passed', { deadlineAt: rules.deadlineAt })];
  const opens = Date.parse(rules.opensAt);
  // An unparsable opening counts as not open, to fail closed like the deadline.
  if (Number.isNaN(opens) || now.getTime() < opens) return [p('call.opensAt', 'call_not_open', { opensAt: rules.opensAt })];
  return [];
}

function leadProblems(lead: SubmissionLead, rules: CallRules): Problem[] {
  const out: Problem[] = [];
  if (!rules.leadTypes.includes(lead.type)) out.push(p('lead.type', 'lead_type_ineligible', { value: lead.type }));
  if (!rules.leadCountries.includes(lead.country)) out.push(p('lead.country', 'lead_country_ineligible', { value: lead.country }));
  if (isExcluded(lead.code, rules)) out.push(p('lead.code', 'lead_excluded', { code: lead.code }));
  return out;
}

/** Names each partner that does not count, then whether enough do; only confirmed, eligible, distinct partners count. */
function partnerProblems({ lead, partners }: SubmissionInput, rules: CallRules): Problem[] {
  const out: Problem[] = [];
  const counted = new Set<string>();
  partners.forEach((partner, i) => {
    const before = out.length;
    const params = { code: partner.code };
    if (partner.code === lead.code) out.push(p(`partners.${i}`, 'partner_is_lead', params));
    else if (partners.findIndex((x) => x.code === partner.code) < i) out.push(p(`partners.${i}`, 'partner_duplicate', params));
    if (!partner.confirmed) out.push(p(`partners.${i}.confirmed`, 'partner_not_confirmed', params));
    if (!rules.partnerCountries.includes(partner.country))
      out.push(p(`partners.${i}.country`, 'partner_country_ineligible', { ...params, value: partner.country }));
    if (rules.partnerTypes && !(partner.type && rules.partnerTypes.includes(partner.type)))
      out.push(p(`partners.${i}.type`, 'partner_type_ineligible', { ...params, value: partner.type ?? '' }));
    if (isExcluded(partner.code, rules)) out.push(p(`partners.${i}`, 'partner_excluded', params));
    if (out.length === before) counted.add(partner.code);
  });
  if (counted.size < rules.minPartners) out.push(p('partners', 'too_few_partners', { minPartners: rules.minPartners, count: counted.size }));
  return out;
}

function contentProblems(c: ApplicationContent, rules: CallRules): Problem[] {
  const out: Problem[] = [];
  const required = (field: string, missing: boolean) => {
    if (missing) out.push(p(`content.${field}`, 'required'));
  };
  for (const field of ['titleEn', 'titleTr'] as const) required(field, c[field].trim() === '');
  if (c.theme === null) required('theme', true);
  else if (!rules.themes.includes(c.theme)) out.push(p('content.theme', 'theme_not_in_call', { value: c.theme }));
  for (const field of ['summaryEn', 'summaryTr'] as const) required(field, c[field].trim() === '');
  required('objectives', c.objectives.length === 0);
  required('activities', c.activities.length === 0);
  c.activities.forEach((a, i) => {
    const field = `content.activities.${i}.endMonth`;
    if (a.endMonth < a.startMonth) out.push(p(field, 'activity_ends_before_start', { startMonth: a.startMonth }));
    if (c.durationMonths !== null && a.endMonth > c.durationMonths) out.push(p(field, 'activity_beyond_duration', { durationMonths: c.durationMonths }));
  });
  required('indicators', c.indicators.length === 0);
  required('durationMonths', c.durationMonths === null);
  if (c.durationMonths !== null && c.durationMonths > rules.maxDurationMonths)
    out.push(p('content.durationMonths', 'duration_above_maximum', { maxDurationMonths: rules.maxDurationMonths }));
  if (c.durationMonths !== null && rules.minDurationMonths !== undefined && c.durationMonths < rules.minDurationMonths)
    out.push(p('content.durationMonths', 'duration_below_minimum', { minDurationMonths: rules.minDurationMonths }));
  return out;
}

/**
 * Two-stage calls: the full application's requested grant may differ from the concept note's by at
 * most `amountChangeLimitBp` either way; exactly the limit (e.g. +20 % or −20 %) is allowed. Exact
 * integer arithmetic: |full − concept| × 10,000 ≤ limit × concept. The caller applies it to two-stage calls.
 */
export function stageTwoAmountProblems(conceptGrantCents: number, fullGrantCents: number, rules: Pick<CallRules, 'amountChangeLimitBp'>): Problem[] {
  const change = BigInt(Math.abs(fullGrantCents - conceptGrantCents));
  if (change * 10_000n <= BigInt(rules.amountChangeLimitBp) * BigInt(conceptGrantCents)) return [];
  const allowed = Number((BigInt(conceptGrantCents) * BigInt(rules.amountChangeLimitBp)) / 10_000n);
  return [
    p('content.requestedGrantCents', 'grant_change_above_limit', {
      conceptGrantCents,
      amountChangeLimitBp: rules.amountChangeLimitBp,
      minGrantCents: conceptGrantCents - allowed,
      maxGrantCents: conceptGrantCents + allowed,
    }),
  ];
}

export { ADMIN_CHECKS, type AdminCheck };

export interface AdminCheckOutcome {
  /** Every check answered yes or no. */
  complete: boolean;
  /** Complete and every answer yes: the application goes on to evaluation. */
  eligible: boolean;
  /** Checks answered no, in ADMIN_CHECKS order: the reasons an application is ineligible. */
  failed: AdminCheck[];
  /** Checks not answered yet (null or missing). */
  unanswered: AdminCheck[];
}

/** Outcome of the administrative check: a single "no" already fails it, but it is only final once complete. */
export function adminCheckOutcome(answers: Partial<Record<AdminCheck, boolean | null>>): AdminCheckOutcome {
  const failed = ADMIN_CHECKS.filter((k) => answers[k] === false);
  const unanswered = ADMIN_CHECKS.filter((k) => answers[k] !== true && answers[k] !== false);
  const complete = unanswered.length === 0;
  return { complete, eligible: complete && failed.length === 0, failed, unanswered };
}
