import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AdminCheck, ApplicationContent, CallRules } from '../../../shared/grants';

// Money columns are integer cents (bigint as JS number: safe far beyond any grant scheme's budget).
const cents = (name: string) => bigint(name, { mode: 'number' });
const at = (name: string) => timestamp(name, { withTimezone: true });

/** A grant scheme with one or more calls (e.g. the 2018 Town Twinning scheme, EUR 2.6 M). */
export const programmes = pgTable('programmes', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  titleEn: text('title_en').notNull(),
  titleTr: text('title_tr').notNull(),
  descriptionEn: text('description_en').notNull().default(''),
  descriptionTr: text('description_tr').notNull().default(''),
  currency: text('currency').notNull().default('EUR'),
  /** The programme's own envelope, set by the manager; its calls' budgets together never exceed it (0: not yet set, see backfillEnvelopes). */
  budgetCents: cents('budget_cents').notNull().default(0),
  /** Demo data is marked so that no one mistakes it for the real scheme's results. */
  demo: boolean('demo').notNull().default(false),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** A call for proposals; its rules are frozen once published (applicants rely on them). */
export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull().unique(),
    titleEn: text('title_en').notNull(),
    titleTr: text('title_tr').notNull(),
    status: text('status').notNull().default('draft'),
    rules: jsonb('rules').$type<CallRules>().notNull(),
    /** Two-stage calls: 'concept' until the shortlist, then 'full'. */
    stage: text('stage').notNull().default('full'),
    publishedAt: at('published_at'),
    awardedAt: at('awarded_at'),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('calls_programme_idx').on(t.programmeId)],
);

/** A joint proposal of a lead authority with partner authorities to a call. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id').notNull().references(() => calls.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull().unique(),
    leadCode: text('lead_code').notNull(),
    status: text('status').notNull().default('draft'),
    stage: text('stage').notNull().default('full'),
    content: jsonb('content').$type<ApplicationContent>().notNull(),
    /** Frozen versions count up at each submission; the draft is edited between them. */
    version: integer('version').notNull().default(0),
    /** The requested grant at the concept stage, which the full application may move by the call's limit. */
    conceptGrantCents: cents('concept_grant_cents'),
    submittedAt: at('submitted_at'),
    decidedAt: at('decided_at'),
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('applications_call_idx').on(t.callId, t.status), index('applications_lead_idx').on(t.leadCode)],
);

/** A partner authority of an application and whether it confirmed its participation. */
export const applicationPartners = pgTable(
  'application_partners',
  {
    applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    authorityCode: text('authority_code').notNull(),
    confirmedAt: at('confirmed_at'),
    confirmedBy: uuid('confirmed_by'),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.authorityCode] }), index('application_partners_code_idx').on(t.authorityCode)],
);

/** What was submitted, frozen: the evaluation reads these, never the editable draft. */
export const applicationVersions = pgTable(
  'application_versions',
  {
    applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    stage: text('stage').notNull(),
    content: jsonb('content').$type<ApplicationContent>().notNull(),
    partners: jsonb('partners').$type<string[]>().notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: at('submitted_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.version] })],
);

/** Files attached to an application (declarations, statutes, budgets). */
export const applicationFiles = pgTable('application_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  storageKey: text('storage_key').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  uploadedAt: at('uploaded_at').notNull().defaultNow(),
});

/** The administrative and eligibility check of a submitted application. */
export const adminChecks = pgTable('admin_checks', {
  applicationId: uuid('application_id').primaryKey().references(() => applications.id, { onDelete: 'cascade' }),
  answers: jsonb('answers').$type<Partial<Record<AdminCheck, boolean | null>>>().notNull(),
  eligible: boolean('eligible'),
  reasons: text('reasons').notNull().default(''),
  checkedBy: uuid('checked_by').notNull(),
  checkedAt: at('checked_at').notNull().defaultNow(),
});

/** An assessor's assignment to an application: conflict declaration, then a score sheet. */
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    assessorId: uuid('assessor_id').notNull(),
    /** assigned → declared (no conflict) → submitted; or conflicted (declared a conflict). */
    status: text('status').notNull().default('assigned'),
    /** Assigned because the first scores diverged beyond the call's threshold. */
    further: boolean('further').notNull().default(false),
    scores: jsonb('scores').$type<Record<string, { score: number; comment: string }>>().notNull().default({}),
    total: integer('total'),
    declaredAt: at('declared_at'),
    submittedAt: at('submitted_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assignments_unique_idx').on(t.applicationId, t.assessorId), index('assignments_assessor_idx').on(t.assessorId)],
);

/** The committee's consensus score per section with its justification. */
export const consensusScores = pgTable('consensus_scores', {
  applicationId: uuid('application_id').primaryKey().references(() => applications.id, { onDelete: 'cascade' }),
  sections: jsonb('sections').$type<Record<string, { score: number; justification: string }>>().notNull(),
  total: integer('total').notNull(),
  passed: boolean('passed').notNull(),
  eliminatedBy: text('eliminated_by'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: at('recorded_at').notNull().defaultNow(),
});

/** A grant awarded to an application, and its contract once signed. */
export const awards = pgTable(
  'awards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id').notNull().references(() => calls.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').notNull().unique().references(() => applications.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    grantCents: cents('grant_cents').notNull(),
    /** awarded → contracted → closed; or declined / withdrawn (the money returns to the call). */
    status: text('status').notNull().default('awarded'),
    grantRateBp: integer('grant_rate_bp'),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    contractedAt: at('contracted_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('awards_call_idx').on(t.callId)],
);

/** Interim and final reports: narrative against the indicators and costs by heading. */
export const grantReports = pgTable('grant_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  awardId: uuid('award_id').notNull().references(() => awards.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  narrative: text('narrative').notNull(),
  indicators: jsonb('indicators').$type<{ name: string; achieved: number }[]>().notNull(),
  costs: jsonb('costs').$type<Record<string, number>>().notNull(),
  /** submitted → approved or returned (with comments). */
  status: text('status').notNull().default('submitted'),
  acceptedCostsCents: cents('accepted_costs_cents'),
  comments: text('comments').notNull().default(''),
  submittedBy: uuid('submitted_by').notNull(),
  submittedAt: at('submitted_at').notNull().defaultNow(),
  decidedAt: at('decided_at'),
});

/** Money out (pre-financing, interim, final) and back (recovery orders), in cents. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    awardId: uuid('award_id').notNull().references(() => awards.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    amountCents: cents('amount_cents').notNull(),
    paidOn: text('paid_on').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('payments_award_idx').on(t.awardId)],
);

/** What an amendment changes; only grants.money.service amend() writes it. */
type AmendedTerms = { grantCents: number; endsOn: string | null };

/** A change to an awarded project's budget or dates, with its reason. */
export const amendments = pgTable('amendments', {
  id: uuid('id').primaryKey().defaultRandom(),
  awardId: uuid('award_id').notNull().references(() => awards.id, { onDelete: 'cascade' }),
  reason: text('reason').notNull(),
  before: jsonb('before').$type<AmendedTerms>().notNull(),
  after: jsonb('after').$type<AmendedTerms>().notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/**
 * A concept note's evaluation as the shortlist left it (two-stage calls). The sheets and consensus
 * move here at the shortlist, so the full application of a shortlisted lead is assessed afresh.
 */
export const conceptNotes = pgTable('concept_notes', {
  applicationId: uuid('application_id').primaryKey().references(() => applications.id, { onDelete: 'cascade' }),
  total: integer('total').notNull(),
  passed: boolean('passed').notNull(),
  shortlisted: boolean('shortlisted').notNull(),
  sections: jsonb('sections').$type<Record<string, { score: number; justification: string }>>().notNull(),
  sheets: jsonb('sheets').$type<{ assessorId: string; total: number | null; scores: Record<string, { score: number; comment: string }> }[]>().notNull(),
  decidedBy: uuid('decided_by').notNull(),
  decidedAt: at('decided_at').notNull().defaultNow(),
});
