import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuthorityType } from '../../../shared/authorities';
import type { Theme } from '../../../shared/themes';

/** An authority's public note of what partner it looks for. */
export const partnerRequests = pgTable(
  'partner_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityCode: text('authority_code').notNull(),
    createdBy: uuid('created_by').notNull(),
    title: text('title').notNull(),
    // Typed, not parsed: only the request body (zod-checked) and the demo seed write them.
    themes: jsonb('themes').$type<Theme[]>().notNull().default([]),
    targetCountries: jsonb('target_countries').$type<string[]>().notNull().default([]),
    authorityTypes: jsonb('authority_types').$type<AuthorityType[]>().notNull().default([]),
    minPopulation: integer('min_population'),
    maxPopulation: integer('max_population'),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    timeframe: text('timeframe').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionTr: text('description_tr').notNull().default(''),
    status: text('status').notNull().default('open'),
    /** Seeded for the demo (demo mode only); the UI marks it so nobody answers it as a real one. */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partner_requests_authority_idx').on(t.authorityCode), index('partner_requests_status_idx').on(t.status)],
);

/** Candidates an authority's officers hid from its recommendations. */
export const hiddenCandidates = pgTable(
  'hidden_candidates',
  {
    authorityCode: text('authority_code').notNull(),
    candidateCode: text('candidate_code').notNull(),
    hiddenBy: uuid('hidden_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.authorityCode, t.candidateCode] })],
);

/** One authority's approach to another; accepted, it opens a conversation. */
export const expressionsOfInterest = pgTable(
  'expressions_of_interest',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromCode: text('from_code').notNull(),
    toCode: text('to_code').notNull(),
    requestId: uuid('request_id'),
    message: text('message').notNull(),
    status: text('status').notNull().default('pending'),
    createdBy: uuid('created_by').notNull(),
    decidedBy: uuid('decided_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('eoi_from_idx').on(t.fromCode), index('eoi_to_idx').on(t.toCode)],
);

/** The conversation between the two authorities of an accepted expression of interest. */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eoiId: uuid('eoi_id').notNull().unique(),
    aCode: text('a_code').notNull(),
    bCode: text('b_code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conversations_a_idx').on(t.aCode), index('conversations_b_idx').on(t.bCode)],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').notNull(),
    authorCode: text('author_code'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('messages_conversation_idx').on(t.conversationId, t.createdAt)],
);

/** A file attached to a message; the bytes live in the file store under `storageKey`. */
export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  messageId: uuid('message_id').notNull().references(() => messages.id, { onDelete: 'cascade' }),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  storageKey: text('storage_key').notNull(),
});

/** In-app notifications; the same events also go out by email. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, string>>().notNull().default({}),
    /** What it is about ('twinning:<id>', 'eoi:<id>', 'conversation:<id>', 'application:<id>'): acting on that settles it. */
    subject: text('subject'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** The authority whose officers were told (null: told as themselves): shown only while the reader still acts for it. */
    authorityCode: text('authority_code'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt), index('notifications_subject_idx').on(t.subject)],
);
