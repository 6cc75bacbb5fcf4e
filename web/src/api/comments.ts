import type { z } from 'zod';
import type { commentList, moderationQueue, Comment, CommentInput, ModerationAction, Stance } from '../../../shared/comments';
import { request, send } from './client';

export type { Comment, ModerationAction, Stance };
export type CommentList = z.infer<typeof commentList>;
export type ModerationItem = z.infer<typeof moderationQueue>['items'][number];
export type ModerationState = 'held' | 'reported' | 'hidden';

const enc = encodeURIComponent;

/** The comments on a page (`project:<id>`, `twinning:<id>`…), as the reader may see them. */
export const listComments = (target: string, signal?: AbortSignal) => request<typeof commentList>('/comments', { query: { target }, signal });

/** A new comment, or a reply to a top-level one; the page reloads the list after it. */
export const postComment = (body: CommentInput) => send('/comments', { method: 'POST', body });

/** The author changes their comment, within the edit window. */
export const editComment = (id: string, body: { body: string; stance: Stance }) => send(`/comments/${enc(id)}`, { method: 'PATCH', body });

export const deleteComment = (id: string) => send(`/comments/${enc(id)}`, { method: 'DELETE' });

export const reportComment = (id: string, reason: string) => send(`/comments/${enc(id)}/reports`, { method: 'POST', body: { reason } });

/** The moderation queue of one state (admins and programme managers). */
export const getModerationQueue = (state: ModerationState, signal?: AbortSignal) =>
  request<typeof moderationQueue>('/moderation/comments', { query: { state }, signal });

export const decideComment = (id: string, action: ModerationAction, reason: string) =>
  send(`/moderation/comments/${enc(id)}/decision`, { method: 'POST', body: { action, reason } });
