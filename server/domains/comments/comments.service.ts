import { and, asc, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import { parseTarget, type Comment, type CommentInput, type Stance } from '../../../shared/comments';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { forbidden, notFound, refused } from '../../platform/errors';
import { readerOf } from './comments.policy';
import { deleteRefusal, editRefusal, layOut, readsInFull, replyRefusal } from './comments.rules';
import { comments } from './comments.schema';
import { readableTarget, type Target } from './comments.targets';
import { toView, viewContext, type CommentRow } from './comments.view';

/** A comment row by id (locked inside a transaction when asked); demo comments exist in demo mode only. */
export async function commentRow(ctx: AppContext, db: Db, id: string, lock = false): Promise<CommentRow> {
  const query = db.select().from(comments).where(eq(comments.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || (row.demo && !ctx.config.demo)) throw notFound('No such comment');
  return row;
}

export const targetOf = (row: CommentRow): Target => ({ kind: row.targetKind as Target['kind'], id: row.targetId });

/**
 * A comment the user may act on: its page is readable to them and they read the comment itself
 * (a held or hidden comment of someone else is as good as absent). Read outside any transaction:
 * the transaction then locks the row again and checks its state on what it locked.
 */
export async function visibleRow(ctx: AppContext, user: SessionUser, id: string): Promise<CommentRow> {
  const row = await commentRow(ctx, ctx.db, id);
  await readableTarget(ctx, user, targetOf(row));
  if (!readsInFull({ status: row.status as Comment['status'], authorId: row.authorId }, readerOf(user))) throw notFound('No such comment');
  return row;
}

/** A target's comments as this reader may see them: threads oldest first, placeholders where replies need them. */
export async function listComments(ctx: AppContext, user: SessionUser | null, target: string): Promise<{ items: Comment[]; total: number }> {
  const t = parseTarget(target);
  await readableTarget(ctx, user, t);
  const where = [eq(comments.targetKind, t.kind), eq(comments.targetId, t.id)];
  if (!ctx.config.demo) where.push(eq(comments.demo, false));
  const rows = await ctx.db.select().from(comments).where(and(...where)).orderBy(asc(comments.createdAt), asc(comments.id));
  const reader = readerOf(user);
  const laid = layOut(rows.map((r) => ({ ...r, status: r.status as Comment['status'] })), reader);
  const v = await viewContext(ctx.db, rows, reader);
  const items = laid.map((l) => ({ ...toView(l.comment, v, l.placeholder), replies: l.replies.map((r) => toView(r, v)) }));
  // The total counts what the reader reads in full, replies included, not the placeholders.
  const total = laid.reduce((n, l) => n + (l.placeholder ? 0 : 1) + l.replies.length, 0);
  return { items, total };
}

/** One comment as its reader sees it, with its replies (none for a reply). */
async function viewOf(ctx: AppContext, user: SessionUser, row: CommentRow): Promise<Comment> {
  return { ...toView(row, await viewContext(ctx.db, [row], readerOf(user))), replies: [] };
}

/** Post a comment or a reply on a page the user may read; a reply hangs under a shown top-level comment of the same page. */
export async function postComment(ctx: AppContext, user: SessionUser, input: CommentInput): Promise<Comment> {
  const t = parseTarget(input.target);
  await readableTarget(ctx, user, t);
  if (input.parentId) {
    // Not visibleRow: a hidden parent shows as a placeholder, so answering it is a 409, not a 404.
    const parent = await commentRow(ctx, ctx.db, input.parentId);
    if (parent.targetKind !== t.kind || parent.targetId !== t.id) throw notFound('No such comment to answer on this page');
  }
  const row = await ctx.db.transaction(async (tx) => {
    if (input.parentId) {
      // Locked, so a parent hidden or held at this moment takes no reply.
      const parent = await commentRow(ctx, tx, input.parentId, true);
      const refusal = replyRefusal({ parentId: parent.parentId, status: parent.status as Comment['status'] });
      if (refusal) throw refused(refusal);
    }
    const [created] = await tx
      .insert(comments)
      .values({ targetKind: t.kind, targetId: t.id, parentId: input.parentId, authorId: user.id, authorAuthority: user.role === 'officer' ? user.authorityCode : null, body: input.body, stance: input.stance })
      .returning();
    return created!;
  });
  return viewOf(ctx, user, row);
}

/** The caller wrote this comment, or the refusal: 404 when they may not see it, 403 when it is not theirs. */
async function ownRow(ctx: AppContext, user: SessionUser, id: string): Promise<void> {
  const row = await visibleRow(ctx, user, id);
  if (row.authorId !== user.id) throw forbidden('Only its author may change or delete a comment');
}

/** The author changes their shown comment within the edit window. */
export async function editComment(ctx: AppContext, user: SessionUser, id: string, change: { body: string; stance: Stance }): Promise<Comment> {
  await ownRow(ctx, user, id);
  const row = await ctx.db.transaction(async (tx) => {
    const before = await commentRow(ctx, tx, id, true);
    const refusal = editRefusal({ status: before.status as Comment['status'], createdAt: before.createdAt }, new Date());
    if (refusal) throw refused(refusal);
    const [after] = await tx.update(comments).set({ body: change.body, stance: change.stance, editedAt: new Date() }).where(eq(comments.id, id)).returning();
    return after!;
  });
  return viewOf(ctx, user, row);
}

/** The author deletes their comment: it stays as a row (status deleted) so its replies keep their context. */
export async function deleteComment(ctx: AppContext, user: SessionUser, id: string): Promise<void> {
  await ownRow(ctx, user, id);
  await ctx.db.transaction(async (tx) => {
    const before = await commentRow(ctx, tx, id, true);
    const refusal = deleteRefusal(before.status as Comment['status']);
    if (refusal) throw refused(refusal);
    await tx.update(comments).set({ status: 'deleted' }).where(eq(comments.id, id));
    await audit(tx, { actorId: user.id, action: 'comment.deleted', entityType: 'comment', entityId: id, before: { status: before.status }, after: { status: 'deleted' } });
  });
}
