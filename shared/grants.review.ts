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
  sections: z.record(z.string(), z.object({ score: z.number().int(), justification: z.string() })),
  total: z.number().int(),
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

export const consensusBody = z.object({
  sections: z.record(z.string().max(40), z.object({ score: z.number().int().min(0).max(1000), justification: z.string().trim().min(1).max(3000) })),
});

export const rankingItem = z.object({
  applicationId: z.string(),
  reference: z.string(),
  leadName: z.string(),
  theme: z.string().nullable(),
  total: z.number().int(),
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
});
export type RankingView = z.infer<typeof rankingView>;

/** A declined or withdrawn award: reserve applications moved up and the grant freed. */
export const promotion = z.object({ promoted: z.array(z.string()), freedCents: z.number().int() });

export const contractBody = z.object({ startsOn: z.iso.date(), durationMonths: z.number().int().min(1).max(60) });

export const REPORT_KINDS = ['interim', 'final'] as const;
export const reportBody = z.object({
  kind: z.enum(REPORT_KINDS),
  narrative: z.string().trim().min(1).max(20_000),
  indicators: z.array(z.object({ name: z.string().max(200), achieved: z.number().min(0) })).max(30),
  costs: z.partialRecord(z.enum(BUDGET_HEADINGS), z.number().int().min(0)),
});
export const reportDecisionBody = z.object({
  decision: z.enum(['approved', 'returned']),
  comments: z.string().trim().max(5000).default(''),
  acceptedCostsCents: z.number().int().min(0).optional(),
});
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
  plan: z.array(z.object({ kind: z.string(), amountCents: z.number().int() })),
  payments: z.array(z.object({ id: z.string(), kind: z.string(), amountCents: z.number().int(), paidOn: z.string() })),
  reports: z.array(z.object({ id: z.string(), kind: z.string(), status: z.string(), narrative: z.string(), comments: z.string(), acceptedCostsCents: z.number().int().nullable(), costs: z.record(z.string(), z.number()), indicators: z.array(z.object({ name: z.string(), achieved: z.number() })), submittedAt: z.string() })),
  amendments: z.array(z.object({ reason: z.string(), before: z.unknown(), after: z.unknown(), createdAt: z.string() })),
  paidCents: z.number().int(),
  /** This award's line of the call's ledger: paid out, recovered, still owed to the beneficiary. */
  ledger: z.object({ grantCents: z.number().int(), paidCents: z.number().int(), recoveredCents: z.number().int(), owedCents: z.number().int() }),
});
export type AwardView = z.infer<typeof awardView>;
