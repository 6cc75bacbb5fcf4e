import { bigint, boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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

/**
 * The committee's score per section: the assessors' mean (`average`, absent on rows from before it was
 * kept), the score that counts, and the justification where the committee changed it ('' otherwise).
 * Means are fractional, so the total is a double (to hundredths).
 */
export const consensusScores = pgTable('consensus_scores', {
  applicationId: uuid('application_id').primaryKey().references(() => applications.id, { onDelete: 'cascade' }),
  sections: jsonb('sections').$type<Record<string, { score: number; justification: string; average?: number }>>().notNull(),
  total: doublePrecision('total').notNull(),
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
    /** Annex II payment option chosen at signature: 'single' (pre-financing, balance) or 'per_period'. */
    paymentOption: text('payment_option'),
    /** The contracted budget by heading (the application's, or its correction before signature). */
    budget: jsonb('budget').$type<Record<string, number>>(),
    /** The contracted budget by project year, for option 2's instalments. */
    budgetByYear: jsonb('budget_by_year').$type<number[]>(),
    /** Why the grant or budget was corrected before signature (empty when signed as awarded). */
    correctionReason: text('correction_reason'),
    /**
     * The grant as signed (null until the contract is): the final payment and addenda change
     * `grantCents` later, while IATI's commitment keeps the original amount.
     */
    signedGrantCents: cents('signed_grant_cents'),
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
  /** The expenditure verification report with a final report above the threshold: auditor and date. */
  verification: jsonb('verification').$type<{ auditor: string; issuedOn: string }>(),
  /** Income of the action besides the grant (no-profit rule). */
  otherIncomeCents: cents('other_income_cents').notNull().default(0),
  /** Accepted costs by heading (checked against the budget's headings and the indirect cap). */
  acceptedCosts: jsonb('accepted_costs').$type<Record<string, number>>(),
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
    /** Four eyes: 'requested' by one manager (createdBy), 'paid' once another approves; only paid rows count. */
    status: text('status').notNull().default('paid'),
    approvedBy: uuid('approved_by'),
    /** The reporting period a pre-financing instalment funds (option 2). */
    period: integer('period').notNull().default(1),
  },
  (t) => [index('payments_award_idx').on(t.awardId)],
);

/** A recovery order: what is owed back, by when, and what was actually collected (collections are 'recovery' payments). */
export const recoveryOrders = pgTable('recovery_orders', {
  id: uuid('id').primaryKey().defaultRandom(),
  awardId: uuid('award_id').notNull().references(() => awards.id, { onDelete: 'cascade' }),
  amountCents: cents('amount_cents').notNull(),
  issuedOn: text('issued_on').notNull(),
  dueOn: text('due_on').notNull(),
  collectedCents: cents('collected_cents').notNull().default(0),
  createdBy: uuid('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** A move of money between the headings of a signed contract: by notification, addendum or approved use of the contingency reserve. */
export const budgetTransfers = pgTable('budget_transfers', {
  id: uuid('id').primaryKey().defaultRandom(),
  awardId: uuid('award_id').notNull().references(() => awards.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  fromHeading: text('from_heading').notNull(),
  toHeading: text('to_heading').notNull(),
  amountCents: cents('amount_cents').notNull(),
  reason: text('reason').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

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

/** A call's evaluation committee: a non-voting chair and secretary and the voting members, each with their declaration. */
export const committeeMembers = pgTable(
  'committee_members',
  {
    callId: uuid('call_id').notNull().references(() => calls.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    /** chair | secretary | voting */
    role: text('role').notNull(),
    /** When the member signed the declaration of impartiality and confidentiality; nothing is read before. */
    declaredAt: at('declared_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.userId] }), index('committee_members_user_idx').on(t.userId)],
);

/** A call's evaluation report: its approval (before any award) and the award decision proposed on it (four eyes). */
export const evaluationReports = pgTable('evaluation_reports', {
  callId: uuid('call_id').primaryKey().references(() => calls.id, { onDelete: 'cascade' }),
  approvedBy: uuid('approved_by'),
  approvedAt: at('approved_at'),
  awardProposedBy: uuid('award_proposed_by'),
  awardProposedAt: at('award_proposed_at'),
});

/**
 * A concept note's evaluation as the shortlist left it (two-stage calls). The sheets and consensus
 * move here at the shortlist, so the full application of a shortlisted lead is assessed afresh.
 */
export const conceptNotes = pgTable('concept_notes', {
  applicationId: uuid('application_id').primaryKey().references(() => applications.id, { onDelete: 'cascade' }),
  total: doublePrecision('total').notNull(),
  passed: boolean('passed').notNull(),
  shortlisted: boolean('shortlisted').notNull(),
  sections: jsonb('sections').$type<Record<string, { score: number; justification: string }>>().notNull(),
  /** `further` and `submittedAt` are kept since the scores export lists these sheets; older rows lack them. */
  sheets: jsonb('sheets').$type<{ assessorId: string; total: number | null; scores: Record<string, { score: number; comment: string }>; further?: boolean; submittedAt?: string | null }[]>().notNull(),
  decidedBy: uuid('decided_by').notNull(),
  decidedAt: at('decided_at').notNull().defaultNow(),
});
