import { z } from 'zod';
import { AUTHORITY_TYPES } from './authorities';
import { THEMES } from './themes';

// Money is always integer cents and rates are integer basis points (100 bp = 1 %), so every
// money rule is exact integer arithmetic: no float rounding can put a call over its budget.

const cents = z.number().int().min(0).max(1_000_000_000_00);
const basisPoints = z.number().int().min(0).max(10_000);
const key = z.string().regex(/^[a-z0-9_]{1,40}$/, 'lowercase letters, digits and _ only');
const text = (max: number) => z.string().trim().min(1).max(max);

/** One sub-criterion of the grid: a score 0..maxScore counted `weight` times (PRAG grids use ×2). */
export const gridCriterion = z.object({
  key,
  titleEn: text(300),
  titleTr: text(300),
  /** What the assessor looks for under this criterion (shown on the call page and the score sheet). */
  guidanceEn: z.string().trim().max(1500).optional(),
  guidanceTr: z.string().trim().max(1500).optional(),
  maxScore: z.number().int().min(1).max(100),
  weight: z.number().int().min(1).max(10).default(1),
});
export type GridCriterion = z.infer<typeof gridCriterion>;

/** A section of the grid; below `threshold` an application fails, and if `eliminatory` it is not scored further. */
export const gridSection = z.object({
  key,
  titleEn: text(300),
  titleTr: text(300),
  criteria: z.array(gridCriterion).min(1).max(20),
  /** Minimum section score (in weighted points) to pass, or null for none. */
  threshold: z.number().int().min(0).nullable(),
  /** Failing this section's threshold stops the evaluation (PRAG: relevance, financial capacity). */
  eliminatory: z.boolean(),
  /**
   * A sub-criterion of this section whose committee score (the assessors' mean) is at or below this
   * eliminates the application whatever the section total (PRAG guidelines for applicants: a
   * financial and operational capacity sub-criterion scored 1). Absent or null: no such rule.
   */
  eliminatoryCriterionScore: z.number().int().min(1).max(100).nullable().optional(),
});
export type GridSection = z.infer<typeof gridSection>;

export const evaluationGrid = z.object({
  sections: z.array(gridSection).min(1).max(12),
  /** Minimum total (weighted points) for a fundable application. */
  overallThreshold: z.number().int().min(0),
});
export type EvaluationGrid = z.infer<typeof evaluationGrid>;

/**
 * Budget headings of an application (EU practice, simplified); `indirect` is capped by the call;
 * `contingency` is the provision for a contingency reserve (at most 5 % of direct costs), spent only
 * by moving it to another heading with the contracting authority's prior written approval.
 */
export const BUDGET_HEADINGS = ['human_resources', 'travel', 'equipment', 'local_office', 'services', 'other', 'indirect', 'contingency'] as const;
export type BudgetHeading = (typeof BUDGET_HEADINGS)[number];

/**
 * Order in which ties in the final score are broken (the 2018 call: themes not yet funded, then
 * relevance). No tie-break by submission time: applications received by the deadline are equal.
 */
export const TIE_BREAKS = ['unfunded_theme_first', 'section_score'] as const;

/**
 * Which side of an application the same-country exclusion of assessors looks at: the lead applicant's
 * country, the partners' countries, both, or off. A per-call choice, so that a Turkish assessor is not
 * excluded from every application of a call whose leads are all Turkish.
 */
export const SAME_COUNTRY_SIDES = ['off', 'lead', 'partners', 'both'] as const;
export type SameCountrySide = (typeof SAME_COUNTRY_SIDES)[number];

/** The rules of a call that applicants rely on; frozen once the call is published. */
export const callRules = z.object({
  currency: z.literal('EUR'),
  budgetCents: cents.min(1),
  minGrantCents: cents.min(1),
  maxGrantCents: cents.min(1),
  /** Minimum share of the total eligible costs the applicants pay themselves. */
  minCoFinancingBp: basisPoints,
  /** Maximum indirect costs as a share of direct costs (e.g. 700 = 7 %). */
  maxIndirectBp: basisPoints,
  themes: z.array(z.enum(THEMES)).min(1),
  leadTypes: z.array(z.enum(AUTHORITY_TYPES)).min(1),
  leadCountries: z.array(z.string().length(2)).min(1),
  /** ISO codes a partner authority may come from, and how many such partners are needed. */
  partnerCountries: z.array(z.string().length(2)).min(1),
  /** Kinds of authority a partner may be; absent (calls published before it existed) means every kind. */
  partnerTypes: z.array(z.enum(AUTHORITY_TYPES)).min(1).optional(),
  minPartners: z.number().int().min(1).max(20),
  /** Instants (ISO 8601 with offset); the UI shows and enters them in Europe/Istanbul time. */
  opensAt: z.iso.datetime({ offset: true }),
  deadlineAt: z.iso.datetime({ offset: true }),
  maxDurationMonths: z.number().int().min(1).max(60),
  grid: evaluationGrid,
  assessorsPerApplication: z.number().int().min(2).max(5),
  /** Two assessors' totals further apart than this (weighted points) call for a further assessor. */
  divergenceThreshold: z.number().int().min(1),
  /** Exclude an assessor from the same country as the lead or a partner authority. */
  excludeSameCountryAssessors: z.boolean(),
  twoStage: z.boolean(),
  /** Two-stage calls: how far the full application's requested grant may move from the concept note's. */
  amountChangeLimitBp: basisPoints,
  preFinancingBp: basisPoints,
  tieBreaks: z.array(z.enum(TIE_BREAKS)),
  /** The grid section whose score breaks ties after themes (usually relevance). */
  tieBreakSection: key.nullable(),
  /**
   * Minimum share of the total eligible costs the EU grant must cover (a grant-rate floor; the same
   * as capping the applicants' co-financing at 100 % minus it). Absent: no floor.
   */
  minEuShareBp: basisPoints.optional(),
  /** Shortest project the call funds, in months. Absent: no minimum. */
  minDurationMonths: z.number().int().min(1).max(60).optional(),
  /**
   * Authorities (codes) that may neither lead nor partner although their kind is eligible: e.g. the
   * Union of Municipalities of Turkey (TR-BIR-TBB) when the call opens to the other unions but the
   * national union takes part in running the programme.
   */
  excludedAuthorities: z.array(z.string().trim().min(1).max(40)).max(50).optional(),
  /** Which side the same-country exclusion applies to; absent (older calls): `both` when excludeSameCountryAssessors, else `off`. */
  sameCountryExclusion: z.enum(SAME_COUNTRY_SIDES).optional(),
  /**
   * How many months after the award the reserve list stays valid (the evaluation report states its
   * validity); past it a declined award's money returns to the call instead of moving down the list.
   * Absent: the list stays valid.
   */
  reserveValidMonths: z.number().int().min(1).max(36).optional(),
  /** Two-stage calls: the concept notes' own grid (absent: PRAG's 50-point concept-note grid, shared/grants.concept.ts). */
  conceptGrid: evaluationGrid.optional(),
  /** Two-stage calls: the lowest concept-note score (weighted points) that may be shortlisted. */
  preSelectionThreshold: z.number().int().min(0).optional(),
  /** Two-stage calls: the deadline of the full applications the shortlisted leads are invited to submit. */
  fullDeadlineAt: z.iso.datetime({ offset: true }).optional(),
});
export type CallRules = z.infer<typeof callRules>;

export const budgetLine = z.object({
  heading: z.enum(BUDGET_HEADINGS),
  /** Project year, 1-based. */
  year: z.number().int().min(1).max(5),
  description: z.string().trim().max(300),
  amountCents: cents,
});
export type BudgetLine = z.infer<typeof budgetLine>;

export const plannedActivity = z.object({
  title: text(200),
  description: z.string().trim().max(3000),
  /** Months from the project start, 1-based and inclusive. */
  startMonth: z.number().int().min(1).max(60),
  endMonth: z.number().int().min(1).max(60),
});
export type PlannedActivity = z.infer<typeof plannedActivity>;

export const indicator = z.object({
  name: text(200),
  unit: z.string().trim().max(50),
  baseline: z.number().min(0),
  target: z.number().min(0),
});
export type Indicator = z.infer<typeof indicator>;

/** What the lead authority writes; a draft may be incomplete, submission checks it against the call. */
export const applicationContent = z.object({
  titleEn: z.string().trim().max(300),
  titleTr: z.string().trim().max(300),
  theme: z.enum(THEMES).nullable(),
  summaryEn: z.string().trim().max(5000),
  summaryTr: z.string().trim().max(5000),
  objectives: z.array(text(1000)).max(20),
  activities: z.array(plannedActivity).max(50),
  expectedResults: z.array(text(1000)).max(20),
  indicators: z.array(indicator).max(30),
  durationMonths: z.number().int().min(1).max(60).nullable(),
  budget: z.array(budgetLine).max(200),
  requestedGrantCents: cents.nullable(),
});
export type ApplicationContent = z.infer<typeof applicationContent>;

/** The administrative check after submission (PRAG: opening session and administrative check grid), in order. */
export const ADMIN_CHECKS = [
  'submitted_in_time', 'lead_eligible', 'partners_eligible', 'partner_confirmations',
  'budget_within_limits', 'documents_complete', 'signed_declaration',
] as const;
export type AdminCheck = (typeof ADMIN_CHECKS)[number];

/** Lifecycle of an application (DESIGN.md glossary). */
export const APPLICATION_STATUSES = [
  'draft', 'submitted', 'admin_check', 'ineligible', 'evaluation', 'evaluated', 'shortlisted',
  'awarded', 'reserve', 'rejected', 'withdrawn', 'declined',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const CALL_STATUSES = ['draft', 'published', 'closed', 'evaluation', 'awarded'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
