import { and, eq, inArray } from 'drizzle-orm';
import type { Comment, CommentStatus, Stance } from '../../../shared/comments';
import type { Db } from '../../platform/db';
import { userNames } from '../accounts/accounts.users';
import { editDeadline, type Reader } from './comments.rules';
import { commentReports, comments } from './comments.schema';

export type CommentRow = typeof comments.$inferSelect;
export type CommentView = Omit<Comment, 'replies'>;

/** What a batch of comments needs beyond its rows: authors' names and what the reader reported. */
export interface ViewContext {
  reader: Reader;
  names: Map<string, string>;
  reportedByMe: Set<string>;
  now: Date;
}

/** Names and the reader's reports for a batch of rows, in one query each. */
export async function viewContext(db: Db, rows: readonly CommentRow[], reader: Reader, now = new Date()): Promise<ViewContext> {
  const ids = rows.map((r) => r.id);
  const [names, reported] = await Promise.all([
    userNames(db, rows.map((r) => r.authorId)),
    reader && ids.length
      ? db.select({ id: commentReports.commentId }).from(commentReports).where(and(eq(commentReports.reporterId, reader.id), inArray(commentReports.commentId, ids)))
      : Promise.resolve([]),
  ]);
  return { reader, names, reportedByMe: new Set(reported.map((r) => r.id)), now };
}

/** A comment as this reader sees it; a placeholder keeps only its place (status, date) in the thread. */
export function toView(r: CommentRow, v: ViewContext, placeholder = false): CommentView {
  const status = r.status as CommentStatus;
  const mine = v.reader?.id === r.authorId;
  const deadline = editDeadline(r.createdAt);
  const reportedByMe = v.reportedByMe.has(r.id);
  return {
    id: r.id,
    target: `${r.targetKind}:${r.targetId}`,
    parentId: r.parentId,
    author: placeholder ? null : { name: v.names.get(r.authorId) ?? '', authorityCode: r.authorAuthority },
    body: placeholder ? '' : r.body,
    stance: placeholder ? 'neutral' : (r.stance as Stance),
    status,
    createdAt: r.createdAt.toISOString(),
    editedAt: placeholder ? null : (r.editedAt?.toISOString() ?? null),
    mine: !placeholder && mine,
    editableUntil: mine && !placeholder && status === 'shown' && v.now < deadline ? deadline.toISOString() : null,
    canReport: v.reader !== null && !mine && !reportedByMe && status === 'shown',
    reportedByMe,
  };
}
