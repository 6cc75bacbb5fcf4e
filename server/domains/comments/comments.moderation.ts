import { and, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { CommentStatus, ModerationAction, moderationItem, MODERATION_STATES } from '../../../shared/comments';
import type { z } from 'zod';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { forbidden, refused, unauthorized } from '../../platform/errors';
import { userNames } from '../accounts/accounts.users';
import { notifyPeople } from '../matching/matching.notify';
import { canModerate, readerOf } from './comments.policy';
import { openReportCount } from './comments.reports';
import { dismissesReports, moderate } from './comments.rules';
import { commentDecisions, commentReports, comments } from './comments.schema';
import { commentRow, targetOf } from './comments.service';
import { targetLink, targetTitle } from './comments.targets';
import { toView, viewContext, type CommentRow } from './comments.view';

type ModerationItem = z.infer<typeof moderationItem>;
type QueueState = (typeof MODERATION_STATES)[number];

/** The queue shows this many comments at most, the longest waiting first. */
const QUEUE_LIMIT = 200;

/** Only admins and programme managers moderate: 401 signed out, 403 anyone else. */
function assertModerator(user: SessionUser | null): SessionUser {
  if (!user) throw unauthorized();
  if (!canModerate(user)) throw forbidden('Only admins and programme managers moderate comments');
  return user;
}

/** Comments as moderators see them, with their open reports (reporters unnamed) and latest decision. */
async function toItems(db: Db, user: SessionUser, rows: readonly CommentRow[]): Promise<ModerationItem[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [v, reports, decisions] = await Promise.all([
    viewContext(db, rows, readerOf(user)),
    db.select().from(commentReports).where(and(inArray(commentReports.commentId, ids), isNull(commentReports.dismissedAt))).orderBy(commentReports.createdAt, commentReports.id),
    db.select().from(commentDecisions).where(inArray(commentDecisions.commentId, ids)).orderBy(desc(commentDecisions.createdAt), desc(commentDecisions.id)),
  ]);
  const moderators = await userNames(db, decisions.map((d) => d.moderatorId));
  return rows.map((r) => {
    const last = decisions.find((d) => d.commentId === r.id);
    return {
      comment: toView(r, v),
      reports: reports.filter((p) => p.commentId === r.id).map((p) => ({ reason: p.reason, at: p.createdAt.toISOString() })),
      lastDecision: last ? { action: last.action as ModerationAction, reason: last.reason, at: last.createdAt.toISOString(), by: moderators.get(last.moderatorId) ?? '' } : null,
    };
  });
}

/** When an item started waiting: its first open report, else its latest decision, else its posting. */
const waitingSince = (i: ModerationItem) => i.reports[0]?.at ?? i.lastDecision?.at ?? i.comment.createdAt;

/** The queue of one state: held by reports, shown but reported, or hidden by a moderator; the longest waiting first. */
export async function moderationQueue(ctx: AppContext, who: SessionUser | null, state: QueueState): Promise<{ items: ModerationItem[] }> {
  const user = assertModerator(who);
  const where: SQL[] = [eq(comments.status, state === 'reported' ? 'shown' : state)];
  if (state === 'reported') where.push(inArray(comments.id, ctx.db.select({ id: commentReports.commentId }).from(commentReports).where(isNull(commentReports.dismissedAt))));
  if (!ctx.config.demo) where.push(eq(comments.demo, false));
  const rows = await ctx.db.select().from(comments).where(and(...where));
  const items = await toItems(ctx.db, user, rows);
  items.sort((a, b) => waitingSince(a).localeCompare(waitingSince(b)) || a.comment.id.localeCompare(b.comment.id));
  return { items: items.slice(0, QUEUE_LIMIT) };
}

/** The page's title for the notice; a page gone since the comment was written is named by its target. */
async function titleOf(ctx: AppContext, row: CommentRow): Promise<string> {
  try {
    return await targetTitle(ctx, targetOf(row));
  } catch {
    return `${row.targetKind}:${row.targetId}`;
  }
}

/**
 * A moderator keeps, hides or restores a comment, with a reason: stored (the queue shows it),
 * audited with the status before and after, and told to the author in the app and by mail.
 */
export async function decideComment(ctx: AppContext, who: SessionUser | null, id: string, action: ModerationAction, reason: string): Promise<ModerationItem> {
  const user = assertModerator(who);
  const title = await titleOf(ctx, await commentRow(ctx, ctx.db, id));
  const row = await ctx.db.transaction(async (tx) => {
    const before = await commentRow(ctx, tx, id, true);
    const from = before.status as CommentStatus;
    const next = moderate(action, from, await openReportCount(tx, id));
    if ('code' in next) throw refused(next);
    const [after] = await tx.update(comments).set({ status: next.to }).where(eq(comments.id, id)).returning();
    if (dismissesReports(action)) await tx.update(commentReports).set({ dismissedAt: new Date() }).where(and(eq(commentReports.commentId, id), isNull(commentReports.dismissedAt)));
    await tx.insert(commentDecisions).values({ commentId: id, action, reason, moderatorId: user.id, fromStatus: from, toStatus: next.to });
    await audit(tx, { actorId: user.id, action: `comment.${action}`, entityType: 'comment', entityId: id, before: { status: from }, after: { status: next.to, reason } });
    await notifyPeople(tx, ctx, [before.authorId], 'comment_moderated', { title, link: targetLink(targetOf(before)), action }, { subject: `comment:${id}`, message: reason });
    return after!;
  });
  const [item] = await toItems(ctx.db, user, [row]);
  return item!;
}
