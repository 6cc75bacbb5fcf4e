import { and, count, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { CommentStatus } from '../../../shared/comments';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { conflict, refused } from '../../platform/errors';
import { reportRefusal, reportsHold } from './comments.rules';
import { commentReports, comments } from './comments.schema';
import { commentRow, visibleRow } from './comments.service';

/** How many different users have open reports on a comment. */
export async function openReportCount(db: Db, commentId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(commentReports).where(and(eq(commentReports.commentId, commentId), isNull(commentReports.dismissedAt)));
  return row?.n ?? 0;
}

/**
 * A signed-in reader reports someone else's shown comment, once (the unique index keeps two
 * concurrent posts to one row). The comment row is locked first, so reports posted at the same
 * moment are counted one after the other: the one that reaches HIDE_AFTER_REPORTS holds it.
 */
export async function reportComment(ctx: AppContext, user: SessionUser, id: string, reason: string): Promise<{ held: boolean }> {
  await visibleRow(ctx, user, id);
  return ctx.db.transaction(async (tx) => {
    const c = await commentRow(ctx, tx, id, true);
    const refusal = reportRefusal({ status: c.status as CommentStatus, authorId: c.authorId }, user.id);
    if (refusal) throw refused(refusal);
    const [created] = await tx
      .insert(commentReports)
      .values({ commentId: id, reporterId: user.id, reason })
      .onConflictDoNothing({ target: [commentReports.commentId, commentReports.reporterId] })
      .returning({ id: commentReports.id });
    if (!created) throw conflict('comment_already_reported', 'You have already reported this comment');
    const open = await openReportCount(tx, id);
    if (!reportsHold(open)) return { held: false };
    await tx.update(comments).set({ status: 'held' }).where(eq(comments.id, id));
    await audit(tx, { actorId: user.id, action: 'comment.held', entityType: 'comment', entityId: id, before: { status: 'shown' }, after: { status: 'held', openReports: open } });
    return { held: true };
  });
}
