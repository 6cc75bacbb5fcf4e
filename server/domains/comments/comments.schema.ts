import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A comment on a public page (target kind and id, as `kind:id` in the API), with a stance; a reply
 * names its top-level parent. Status: shown | held (by reports) | hidden (by a moderator) | deleted
 * (by its author): nothing is ever removed, so replies keep their context and decisions their subject.
 */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** project | request | twinning | consultation | library | event (COMMENT_TARGET_KINDS) */
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => comments.id),
    authorId: uuid('author_id').notNull(),
    /** The authority the author acted for when writing (officers), null for everyone else. */
    authorAuthority: text('author_authority'),
    body: text('body').notNull(),
    /** for | against | neutral (STANCES) */
    stance: text('stance').notNull().default('neutral'),
    /** COMMENT_STATUSES */
    status: text('status').notNull().default('shown'),
    /** Seeded for the demo (shown in demo mode only). */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [index('comments_target_idx').on(t.targetKind, t.targetId, t.createdAt), index('comments_status_idx').on(t.status), index('comments_parent_idx').on(t.parentId)],
);

/**
 * A user's report of a comment: once per user and comment (the unique index keeps two concurrent
 * posts to one row). Open until a moderator keeps or restores the comment, which dismisses it.
 */
export const commentReports = pgTable(
  'comment_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commentId: uuid('comment_id').notNull().references(() => comments.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('comment_reports_once_idx').on(t.commentId, t.reporterId), index('comment_reports_open_idx').on(t.commentId, t.dismissedAt)],
);

/** A moderator's decision on a comment (keep, hide, restore) with its reason: the queue shows the latest. */
export const commentDecisions = pgTable(
  'comment_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commentId: uuid('comment_id').notNull().references(() => comments.id, { onDelete: 'cascade' }),
    /** keep | hide | restore (MODERATION_ACTIONS) */
    action: text('action').notNull(),
    reason: text('reason').notNull(),
    moderatorId: uuid('moderator_id').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('comment_decisions_comment_idx').on(t.commentId, t.createdAt)],
);
