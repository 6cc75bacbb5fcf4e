import { z } from 'zod';
import { applicationContent, BUDGET_HEADINGS } from './grants';
import { ledgerView } from './grants.api';
import { applicationAuthority, budgetSummaryView } from './grants.applications';

// Request and response shapes of the evaluation (assessors, consensus), the award and the money.

export const ASSIGNMENT_STATUSES = ['assigned', 'declared', 'conflicted', 'submitted'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const declarationBody = z.object({ noConflict: z.boolean(), note: z.string().trim().max(1000).optional() });

/** Assessors given to a call's applications: new ones per application id, and applications still short of assessors. */
export const assignmentResult = z.object({ added: z.record(z.string(), z.array(z.string())), unfilled: z.array(z.string()) });

export const criterionScore = z.object({ score: z.number().int().min(0).max(100), comment: z.string().trim().max(3000) });
export const scoresBody = z.object({ scores: z.record(z.string().max(40), criterionScore) });
/** Submitting sends the sheet, or nothing to submit the saved draft as it stands. */
export const submitBody = z.object({ scores: scoresBody.shape.scores.optional() }).nullish(); // Fastify passes null when nothing is sent

/**
 * The application as submitted (its frozen version), whole, as an assessor reads it: content with
 * activities, indicators and budget lines, the budget's figures, the lead and the partner authorities.
 * The attached files are read at /applications/{id}/files, which assessors of the application may use.
 */
export const assessedApplication = z.object({
  version: z.number().int(),
  submittedAt: z.string(),
  lead: applicationAuthority,
  partners: z.array(applicationAuthority),
  content: applicationContent,
  budget: budgetSummaryView,
});
export type AssessedApplication = z.infer<typeof assessedApplication>;

/** An assessor's own view of an assignment: the application only after declaring no conflict. */
export const assignmentView = z.object({
  id: z.string(),
  applicationId: z.string(),
  reference: z.string(),
  titleEn: z.string(),
  titleTr: z.string(),
  callId: z.string(),
  status: z.enum(ASSIGNMENT_STATUSES),
  further: z.boolean(),
  scores: z.record(z.string(), criterionScore),
  total: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  /** The frozen submitted application, present once the assessor declared no conflict. */
  application: assessedApplication.nullable(),
  /** A concept note (two-stage calls) is scored on the concept-note grid. */
  stage: z.enum(['concept', 'full']).optional(),
});
export type AssignmentView = z.infer<typeof assignmentView>;
export const assignmentList = z.object({ items: z.array(assignmentView) });

export const sheetView = z.object({
  assignmentId: z.string(),
  assessor: z.string(),
  status: z.enum(ASSIGNMENT_STATUSES),
  further: z.boolean(),
  total: z.number().int().nullable(),
  sections: z.record(z.string(), z.number().int()),
  scores: z.record(z.string(), criterionScore),
});

export const consensusView = z.object({
  /** Per section: the score that counts, the assessors' mean (null on scores recorded before means were kept), and the committee's reason where it changed it ('' otherwise). */
  sections: z.record(z.string(), z.object({ score: z.number(), average: z.number().nullable(), justification: z.string() })),
  total: z.number(),
  passed: z.boolean(),
  eliminatedBy: z.string().nullable(),
  recordedAt: z.string(),
});

/** The committee's view of one application's evaluation (programme managers only). */
export const evaluationView = z.object({
  applicationId: z.string(),
  reference: z.string(),
  status: z.string(),
  sheets: z.array(sheetView),
  spread: z.number().int().nullable(),
  diverges: z.boolean(),
  consensus: consensusView.nullable(),
});
export type EvaluationView = z.infer<typeof evaluationView>;

/**
 * The committee closes an application's evaluation: its score is the assessors' mean per section;
 * each section it changes names the new score (to hundredths) and the written justification.
 */
export const consensusBody = z.object({
  changes: z.record(z.string().max(40), z.object({ score: z.number().min(0).max(1000), justification: z.string().trim().min(1).max(3000) })).default({}),
});

export const rankingItem = z.object({
  applicationId: z.string(),
  reference: z.string(),
  leadName: z.string(),
  theme: z.string().nullable(),
  total: z.number(),
  passed: z.boolean(),
  rank: z.number().int().nullable(),
  requestedGrantCents: z.number().int(),
  outcome: z.enum(['awarded', 'reserve', 'rejected', 'excluded']),
});
export const rankingView = z.object({
  items: z.array(rankingItem),
  budgetCents: z.number().int(),
  awardedCents: z.number().int(),
  leftCents: z.number().int(),
  /** Applications still under evaluation: the award waits for them. */
  pending: z.number().int(),
  /** The award is confirmed: outcomes are the recorded decisions, no longer a preview. */
  decided: z.boolean(),
  /** The call's budget ledger as it stands (before confirming: without this preview's awards). */
  ledger: ledgerView,
  /** When the evaluation report was approved (awards wait for it), and the award decision proposed on it. */
  reportApprovedAt: z.string().nullable().optional(),
  awardProposedAt: z.string().nullable().optional(),
  awardProposedBy: z.string().nullable().optional(),
});
export type RankingView = z.infer<typeof rankingView>;

/** A declined or withdrawn award: reserve applications moved up and the grant freed. */
export const promotion = z.object({ promoted: z.array(z.string()), freedCents: z.number().int() });

export const contractBody = z.object({
  startsOn: z.iso.date(),
  durationMonths: z.number().int().min(1).max(60),
  /** Before signature: a reduced grant and/or a corrected budget by heading, with the reason. */
  grantCents: z.number().int().min(1).optional(),
  budget: z.partialRecord(z.enum(BUDGET_HEADINGS), z.number().int().min(0)).optional(),
  reason: z.string().trim().max(3000).optional(),
});

export const REPORT_KINDS = ['interim', 'final'] as const;
export const reportBody = z.object({
  kind: z.enum(REPORT_KINDS),
  narrative: z.string().trim().min(1).max(20_000),
  indicators: z.array(z.object({ name: z.string().max(200), achieved: z.number().min(0) })).max(30),
  costs: z.partialRecord(z.enum(BUDGET_HEADINGS), z.number().int().min(0)),
  /** The expenditure verification report (auditor, date), required with a final report above the threshold. */
  verification: z.object({ auditor: z.string().trim().min(1).max(300), issuedOn: z.iso.date() }).optional(),
  /** Income of the action besides the grant (no-profit rule). */
  otherIncomeCents: z.number().int().min(0).optional(),
});
export const reportDecisionBody = z.object({
  decision: z.enum(['approved', 'returned']),
  comments: z.string().trim().max(5000).default(''),
  acceptedCostsCents: z.number().int().min(0).optional(),
  /** Accepted costs by heading; without it the reported breakdown is checked against the headings. */
  acceptedCosts: z.partialRecord(z.enum(BUDGET_HEADINGS), z.number().int().min(0)).optional(),
});
export const transferBody = z.object({
  from: z.enum(BUDGET_HEADINGS),
  to: z.enum(BUDGET_HEADINGS),
  amountCents: z.number().int().min(1),
  reason: z.string().trim().max(3000),
});
/** Money collected on a recovery order: how much and on which day (absent: today), never before the order. */
export const collectionBody = z.object({ amountCents: z.number().int().min(1), collectedOn: z.iso.date().optional() });
export const amendmentBody = z.object({
  reason: z.string().trim().max(3000),
  endsOn: z.iso.date().optional(),
  grantCents: z.number().int().min(0).optional(),
});

export const awardView = z.object({
  id: z.string(),
  applicationId: z.string(),
  reference: z.string(),
  leadCode: z.string(),
  rank: z.number().int(),
  grantCents: z.number().int(),
  status: z.string(),
  grantRateBp: z.number().int().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  plan: z.array(z.object({ kind: z.string(), period: z.number().int(), amountCents: z.number().int() })),
  /** status 'requested' (waits for a second manager) or 'paid'; paidOn is the request's day until paid. */
  payments: z.array(z.object({ id: z.string(), kind: z.string(), amountCents: z.number().int(), paidOn: z.string(), status: z.string(), period: z.number().int() })),
  reports: z.array(z.object({ id: z.string(), kind: z.string(), status: z.string(), narrative: z.string(), comments: z.string(), acceptedCostsCents: z.number().int().nullable(), costs: z.record(z.string(), z.number()), indicators: z.array(z.object({ name: z.string(), achieved: z.number() })), submittedAt: z.string() })),
  amendments: z.array(z.object({ reason: z.string(), before: z.unknown(), after: z.unknown(), createdAt: z.string() })),
  paidCents: z.number().int(),
  /** This award's line of the call's ledger: paid out, recovered, still owed to the beneficiary. */
  ledger: z.object({ grantCents: z.number().int(), paidCents: z.number().int(), recoveredCents: z.number().int(), owedCents: z.number().int(), recoveryDueCents: z.number().int() }),
  /** awarded, contracted, ended (end date passed, awaiting settlement), closed, declined, withdrawn. */
  phase: z.string(),
  /** Annex II payment option: 'single' (pre-financing and balance) or 'per_period'; null before signature. */
  paymentOption: z.string().nullable(),
  reportsDue: z.array(z.object({ kind: z.string(), period: z.number().int(), periodEnd: z.string(), dueOn: z.string(), done: z.boolean() })),
  recoveries: z.array(z.object({ id: z.string(), amountCents: z.number().int(), issuedOn: z.string(), dueOn: z.string(), collectedCents: z.number().int(), outstandingCents: z.number().int() })),
  budget: z.object({ basis: z.record(z.string(), z.number().int()), current: z.record(z.string(), z.number().int()) }),
  transfers: z.array(z.object({ kind: z.string(), from: z.string(), to: z.string(), amountCents: z.number().int(), reason: z.string(), createdAt: z.string() })),
});
export type AwardView = z.infer<typeof awardView>;

// The evaluation committee of a call (PRAG 2.8.1): a non-voting chair and secretary, an odd number of voting members.
export const COMMITTEE_ROLES = ['chair', 'secretary', 'voting'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

export const committeeBody = z.object({ chairId: z.uuid(), secretaryId: z.uuid(), votingIds: z.array(z.uuid()).min(1).max(15) });
/** Both parts must be affirmed: the member is impartial and keeps the evaluation confidential. */
export const committeeDeclarationBody = z.object({ impartial: z.literal(true), confidential: z.literal(true) });

export const committeeMember = z.object({ userId: z.string(), name: z.string(), role: z.enum(COMMITTEE_ROLES), declaredAt: z.string().nullable() });
export const committeeScoreItem = z.object({
  applicationId: z.string(),
  reference: z.string(),
  average: z.number().nullable(),
  total: z.number(),
  passed: z.boolean(),
  eliminatedBy: z.string().nullable(),
  changes: z.array(z.object({ section: z.string(), average: z.number().nullable(), score: z.number(), justification: z.string() })),
});
export const committeeView = z.object({
  callId: z.string(),
  members: z.array(committeeMember),
  /** The signed-in person's seat, if any. */
  mine: committeeMember.nullable(),
  /** Averages and justified changes of the applications the committee has scored (empty for a member who has not declared). */
  scores: z.array(committeeScoreItem),
  reportApprovedAt: z.string().nullable(),
  reportApprovedBy: z.string().nullable(),
  awardProposedAt: z.string().nullable(),
  awardProposedBy: z.string().nullable(),
});
export type CommitteeView = z.infer<typeof committeeView>;
/** People who may sit on a committee: programme staff (any seat) and assessors (voting seats). */
export const committeeCandidates = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })) });
