import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Theme } from '../../../shared/themes';

/**
 * A news post by a programme manager or admin, in Turkish and English. Draft until published; a
 * published post is listed newest first by `published_at`. Demo posts are shown in demo mode only.
 */
export const newsPosts = pgTable(
  'news_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    titleTr: text('title_tr').notNull(),
    titleEn: text('title_en').notNull(),
    summaryTr: text('summary_tr').notNull(),
    summaryEn: text('summary_en').notNull(),
    bodyTr: text('body_tr').notNull(),
    bodyEn: text('body_en').notNull(),
    themes: jsonb('themes').$type<Theme[]>().notNull().default([]),
    /** A path on this site (shared/news.ts says which), or null. */
    coverImage: text('cover_image'),
    /** draft | published (NEWS_STATUSES) */
    status: text('status').notNull().default('draft'),
    demo: boolean('demo').notNull().default(false),
    authorId: uuid('author_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('news_posts_published_idx').on(t.status, t.publishedAt)],
);
