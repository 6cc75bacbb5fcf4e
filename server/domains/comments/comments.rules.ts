import { EDIT_WINDOW_MINUTES, HIDE_AFTER_REPORTS, type CommentStatus, type ModerationAction } from '../../../shared/comments';
import type { Refusal } from '../../../shared/errors';

// The pure rules of comments: who reads a comment in full, how a thread is laid out for a reader,
// the edit window, when reports hold a comment, and which moderation action fits which status.

/** Who reads: their id and whether they moderate (admins and programme managers); null when signed out. */
export type Reader = { id: string; moderator: boolean } | null;

/** What the rules need of a comment. */
export interface CommentFacts {
  id: string;
  parentId: string | null;
  authorId: string;
  status: CommentStatus;
}

/** A shown comment is everyone's; a held, hidden or deleted one only its author's and the moderators'. */
export function readsInFull(c: Pick<CommentFacts, 'status' | 'authorId'>, reader: Reader): boolean {
  if (c.status === 'shown') return true;
  return reader !== null && (reader.moderator || reader.id === c.authorId);
}

/** One top-level entry of a thread as a reader gets it: in full, or a placeholder that carries visible replies. */
export interface Laid<T> {
  comment: T;
  placeholder: boolean;
  replies: T[];
}

/**
 * A target's comments laid out for a reader: top-level ones oldest first, each with the replies the
 * reader reads in full. A top-level comment the reader may not read stays only as a placeholder when
 * a reply they read hangs under it; otherwise it is left out with its unread replies. Rows come in
 * creation order.
 */
export function layOut<T extends CommentFacts>(rows: readonly T[], reader: Reader): Laid<T>[] {
  const repliesOf = new Map<string, T[]>();
  for (const r of rows) {
    if (r.parentId && readsInFull(r, reader)) repliesOf.set(r.parentId, [...(repliesOf.get(r.parentId) ?? []), r]);
  }
  const out: Laid<T>[] = [];
  for (const top of rows) {
    if (top.parentId) continue;
    const replies = repliesOf.get(top.id) ?? [];
    if (readsInFull(top, reader)) out.push({ comment: top, placeholder: false, replies });
    else if (replies.length) out.push({ comment: top, placeholder: true, replies });
  }
  return out;
}

const MINUTE = 60_000;

/** Until when the author may still change a comment posted at `createdAt`. */
export function editDeadline(createdAt: Date): Date {
  return new Date(createdAt.getTime() + EDIT_WINDOW_MINUTES * MINUTE);
}

/** Why the author may not change their comment now, or null when they may. */
export function editRefusal(c: { status: CommentStatus; createdAt: Date }, now: Date): Refusal | null {
  if (c.status !== 'shown') return { code: 'comment_not_shown', message: 'Only a shown comment can be changed' };
  if (now.getTime() >= editDeadline(c.createdAt).getTime()) {
    return { code: 'comment_edit_closed', message: `A comment can be changed only within ${EDIT_WINDOW_MINUTES} minutes of posting it`, params: { minutes: EDIT_WINDOW_MINUTES } };
  }
  return null;
}

/** Why the author may not delete their comment: already deleted, or hidden by a moderator (whose decision stands). */
export function deleteRefusal(status: CommentStatus): Refusal | null {
  return status === 'shown' || status === 'held' ? null : { code: 'comment_not_shown', message: `This comment is ${status}; it cannot be deleted` };
}

/** Why a reply may not hang under this parent: replies go one level deep, under a shown comment. */
export function replyRefusal(parent: { parentId: string | null; status: CommentStatus }): Refusal | null {
  if (parent.parentId) return { code: 'comment_reply_depth', message: 'Replies go one level deep: answer the top-level comment instead' };
  if (parent.status !== 'shown') return { code: 'comment_not_shown', message: 'This comment is not shown; it cannot be answered' };
  return null;
}

/** Why this reader may not report this comment, or null. */
export function reportRefusal(c: { status: CommentStatus; authorId: string }, readerId: string): Refusal | null {
  if (c.authorId === readerId) return { code: 'comment_own', message: 'You cannot report your own comment' };
  if (c.status !== 'shown') return { code: 'comment_not_shown', message: 'Only a shown comment can be reported' };
  return null;
}

/** Open reports by this many different users hold a shown comment until a moderator decides. */
export function reportsHold(openReports: number): boolean {
  return openReports >= HIDE_AFTER_REPORTS;
}

/**
 * The status a moderation action leads to from this one, or the refusal: keep a held comment or a
 * shown one that carries open reports; hide a shown or held one; restore a hidden or held one.
 */
export function moderate(action: ModerationAction, status: CommentStatus, openReports: number): { to: CommentStatus } | Refusal {
  const fits =
    action === 'keep' ? status === 'held' || (status === 'shown' && openReports > 0)
      : action === 'hide' ? status === 'shown' || status === 'held'
        : status === 'hidden' || status === 'held';
  if (!fits) return { code: 'comment_moderation_state', message: `A ${status} comment${status === 'shown' && openReports === 0 ? ' without reports' : ''} cannot be given “${action}”`, params: { action, status } };
  return { to: action === 'hide' ? 'hidden' : 'shown' };
}

/** Keeping or restoring a comment answers its open reports: they no longer count toward holding it. */
export function dismissesReports(action: ModerationAction): boolean {
  return action !== 'hide';
}
