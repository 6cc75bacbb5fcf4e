import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { NewsInput, NewsList, NewsPost, NewsStatus } from '../../../shared/news';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { userNames } from '../accounts/accounts.users';
import { dropOldCover } from './news.coverStore';
import { canWriteNews } from './news.policy';
import { newsPosts } from './news.schema';

type NewsRow = typeof newsPosts.$inferSelect;

function toView(row: NewsRow, authorName: string, reader: SessionUser | null): NewsPost {
  return {
    id: row.id,
    titleTr: row.titleTr,
    titleEn: row.titleEn,
    summaryTr: row.summaryTr,
    summaryEn: row.summaryEn,
    bodyTr: row.bodyTr,
    bodyEn: row.bodyEn,
    themes: row.themes,
    coverImage: row.coverImage,
    status: row.status as NewsStatus,
    demo: row.demo,
    authorName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    canEdit: canWriteNews(reader),
  };
}

async function views(ctx: AppContext, rows: NewsRow[], reader: SessionUser | null): Promise<NewsPost[]> {
  const names = await userNames(ctx.db, new Set(rows.map((r) => r.authorId)));
  return rows.map((r) => toView(r, names.get(r.authorId) ?? 'TwinBridge', reader));
}

/** Demo posts exist only in demo mode. */
const shown = (ctx: AppContext) => (ctx.config.demo ? undefined : eq(newsPosts.demo, false));

/**
 * Posts newest first: published ones for everyone (by publication time); drafts, by last change, only
 * for those who write news (others asking for drafts are refused).
 */
export async function listNews(ctx: AppContext, reader: SessionUser | null, q: { limit: number; offset: number; status: NewsStatus }): Promise<NewsList> {
  if (q.status === 'draft' && !canWriteNews(reader)) throw forbidden('Only programme managers and admins read drafts');
  const where = and(eq(newsPosts.status, q.status), shown(ctx));
  const order = q.status === 'published' ? [desc(newsPosts.publishedAt), desc(newsPosts.id)] : [desc(newsPosts.updatedAt), desc(newsPosts.id)];
  const [rows, [total]] = await Promise.all([
    ctx.db.select().from(newsPosts).where(where).orderBy(...order).limit(q.limit).offset(q.offset),
    ctx.db.select({ n: count() }).from(newsPosts).where(where),
  ]);
  return { items: await views(ctx, rows, reader), total: total?.n ?? 0 };
}

async function rowOf(ctx: AppContext, id: string): Promise<NewsRow> {
  const [row] = await ctx.db.select().from(newsPosts).where(eq(newsPosts.id, id));
  if (!row || (row.demo && !ctx.config.demo)) throw notFound('No such news post');
  return row;
}

/** One post: published ones for everyone; a draft only for those who write news (404 for others, as if absent). */
export async function getNews(ctx: AppContext, reader: SessionUser | null, id: string): Promise<NewsPost> {
  const row = await rowOf(ctx, id);
  if (row.status !== 'published' && !canWriteNews(reader)) throw notFound('No such news post');
  return (await views(ctx, [row], reader))[0]!;
}

/** A published post for the share tags and the feed, or null (drafts and demo posts outside demo mode are not public). */
export async function publicNews(ctx: AppContext, id: string): Promise<NewsPost | null> {
  const [row] = await ctx.db.select().from(newsPosts).where(and(eq(newsPosts.id, id), eq(newsPosts.status, 'published'), shown(ctx)));
  return row ? (await views(ctx, [row], null))[0]! : null;
}

function requireWriter(user: SessionUser): void {
  if (!canWriteNews(user)) throw forbidden('Only programme managers and admins write news');
}

/** A new draft (audited). */
export async function createNews(ctx: AppContext, user: SessionUser, input: NewsInput): Promise<NewsPost> {
  requireWriter(user);
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(newsPosts).values({ ...input, authorId: user.id }).returning();
    await audit(tx, { actorId: user.id, action: 'news.created', entityType: 'news', entityId: created!.id, after: { titleEn: input.titleEn } });
    return created!;
  });
  return (await views(ctx, [row], user))[0]!;
}

/** Changes a post's text, themes and image, draft or published (audited). */
export async function updateNews(ctx: AppContext, user: SessionUser, id: string, input: NewsInput): Promise<NewsPost> {
  requireWriter(user);
  const before = await rowOf(ctx, id);
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx.update(newsPosts).set({ ...input, updatedAt: sql`now()` }).where(eq(newsPosts.id, id)).returning();
    await audit(tx, { actorId: user.id, action: 'news.updated', entityType: 'news', entityId: id, before: { titleEn: before.titleEn }, after: { titleEn: input.titleEn } });
    return updated!;
  });
  await dropOldCover(ctx, id, before.coverImage, row.coverImage);
  return (await views(ctx, [row], user))[0]!;
}

/** Publishes a draft now (audited); a second publish is a 409 news_already_published, checked on the locked row. */
export async function publishNews(ctx: AppContext, user: SessionUser, id: string): Promise<NewsPost> {
  requireWriter(user);
  await rowOf(ctx, id);
  const row = await ctx.db.transaction(async (tx) => {
    const [locked] = await tx.select().from(newsPosts).where(eq(newsPosts.id, id)).for('update');
    if (locked!.status === 'published') throw conflict('news_already_published', 'This post is already published', { publishedAt: locked!.publishedAt?.toISOString() ?? '' });
    const [published] = await tx.update(newsPosts).set({ status: 'published', publishedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(newsPosts.id, id)).returning();
    await audit(tx, { actorId: user.id, action: 'news.published', entityType: 'news', entityId: id, after: { status: 'published' } });
    return published!;
  });
  return (await views(ctx, [row], user))[0]!;
}
