import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A consultation: bilingual texts, its dates and audience, what it asks. Questions are stored with
 * stable ids so responses keep pointing at the same question and option whatever the order shown.
 */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    titleTr: text('title_tr').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    descriptionTr: text('description_tr').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    /** public | signed_in | invited (AUDIENCES) */
    audience: text('audience').notNull().default('public'),
    invitedAuthorities: jsonb('invited_authorities').notNull().default([]),
    /** twinning | project | call | request, with its id; both null for a consultation of its own. */
    linkKind: text('link_kind'),
    linkId: text('link_id'),
    minGroupSize: integer('min_group_size').notNull().default(5),
    allowNewStatements: boolean('allow_new_statements').notNull().default(true),
    /** Question[] of shared/participation.ts, parsed with zod on read. */
    questions: jsonb('questions').notNull().default([]),
    organiserId: uuid('organiser_id').notNull(),
    /** The authority the organiser acted for (officers), null for programme staff. */
    organiserAuthority: text('organiser_authority'),
    decisionTr: text('decision_tr'),
    decisionEn: text('decision_en'),
    decisionAt: timestamp('decision_at', { withTimezone: true }),
    /** Seeded for the demo (demo mode only) and marked as such. */
    demo: boolean('demo').notNull().default(false),
    /**
     * The key of the keyed hash of anonymous respondents' addresses, one per consultation (set on first
     * use), so the same address gives unrelated hashes in two consultations.
     */
    respondentKey: text('respondent_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set on every update through drizzle: the results cache's fingerprint reads it. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [index('consultations_link_idx').on(t.linkKind, t.linkId), index('consultations_closes_idx').on(t.closesAt)],
);

/** A statement respondents mark agree / disagree / pass; a respondent's own waits for moderation. */
export const consultationStatements = pgTable(
  'consultation_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    byRespondent: boolean('by_respondent').notNull().default(false),
    /** Who wrote it (a respondent), for moderation only: never shown with results. */
    authorId: uuid('author_id'),
    /** shown | pending | rejected */
    status: text('status').notNull().default('shown'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it was last changed (accepted, rejected): the results cache's fingerprint reads it. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [index('consultation_statements_consultation_idx').on(t.consultationId, t.status)],
);

/**
 * One response, either an account's (user_id) or an anonymous one confirmed by mail (email_hash, a
 * keyed hash of the normalised address; the address itself is never stored). Unique per consultation
 * and user, and per consultation and address hash, so two concurrent posts or confirms give one row.
 */
export const consultationResponses = pgTable(
  'consultation_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id'),
    emailHash: text('email_hash'),
    /** STAKEHOLDER_GROUPS and RESPONDENT_SIDES */
    group: text('stakeholder_group').notNull(),
    side: text('side').notNull(),
    /** Answer[] and { statementId, vote }[] of shared/participation.ts, parsed with zod on read. */
    answers: jsonb('answers').notNull().default([]),
    votes: jsonb('votes').notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex('consultation_responses_one_idx').on(t.consultationId, t.userId),
    uniqueIndex('consultation_responses_one_email_idx').on(t.consultationId, t.emailHash),
    index('consultation_responses_user_idx').on(t.userId),
    check('consultation_responses_who', sql`(${t.userId} IS NULL) <> (${t.emailHash} IS NULL)`),
  ],
);

/**
 * An anonymous response waiting for its one-time mail link. Only the token's hash is kept. Once the
 * link is used, refused or expired the row is settled: the response, the address hash and the mail
 * (the only place the address is) are deleted, and `settled` keeps the conflict code a later use of
 * the same link answers (confirmation_used, confirmation_expired, already_responded, consultation_closed).
 */
export const consultationConfirmations = pgTable(
  'consultation_confirmations',
  {
    tokenHash: text('token_hash').primaryKey(),
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    emailHash: text('email_hash'),
    /** ResponseInput of shared/participation.ts, parsed with zod on read; null once settled. */
    response: jsonb('response'),
    /** The outbox mail that carries the link, deleted when the row settles. */
    mailId: uuid('mail_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    settled: text('settled'),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultation_confirmations_email_idx').on(t.consultationId, t.emailHash), index('consultation_confirmations_expiry_idx').on(t.expiresAt)],
);

/**
 * A consultation's computed results (Results of shared/participation.ts, parsed with zod on read) and
 * the fingerprint of the data they were computed from. A row whose fingerprint differs from the
 * current one is never served (results/participation.cache.ts), so no write path has to invalidate it.
 */
export const consultationResultsCache = pgTable('consultation_results_cache', {
  consultationId: uuid('consultation_id').primaryKey().references(() => consultations.id, { onDelete: 'cascade' }),
  fingerprint: text('fingerprint').notNull(),
  results: jsonb('results').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
