import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { comment, commentEdit, commentInput, commentList, commentQuery, moderationDecisionInput, moderationItem, moderationQueue, moderationQuery, reportInput, reportResult } from '../../../shared/comments';
import { apiError } from '../../../shared/errors';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { decideComment, moderationQueue as queueOf } from './comments.moderation';
import { reportComment } from './comments.reports';
import { deleteComment, editComment, listComments, postComment } from './comments.service';

const tags = ['comments'];
const moderation = ['moderation'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

/** Comments on public pages (projects, partner requests, twinnings, consultations), reports and their moderation. */
export function commentsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/comments', {
      config: { access: 'public' },
      schema: { tags, operationId: 'listComments', summary: 'Comments on a page', description: 'The comments on one page (target kind:id), oldest first, each with its replies. Held, hidden and deleted comments only for their author and moderators; others see a placeholder where a reply they read needs it. Anyone who may read the page; 404 when it does not exist or they may not.', querystring: commentQuery, response: { 200: commentList, 400: apiError, 404: apiError } },
    }, async (req) => listComments(ctx, req.user, req.query.target));

    app.post('/comments', {
      config: { access: 'user' },
      schema: { tags, operationId: 'postComment', summary: 'Post a comment', description: 'A comment with a stance on a page, or a reply to a shown top-level comment of the same page (one level deep). Anyone signed in who may read the page.', body: commentInput, response: { 201: comment, ...errors, 409: apiError } },
    }, async (req, reply) => reply.status(201).send(await postComment(ctx, requireUser(req), req.body)));

    app.patch('/comments/:id', {
      config: { access: 'user' },
      schema: { tags, operationId: 'editComment', summary: 'Change my comment', description: 'Changes the text and stance of a shown comment within 15 minutes of posting it. Its author only.', params: idParams, body: commentEdit, response: { 200: comment, ...errors, 409: apiError } },
    }, async (req) => editComment(ctx, requireUser(req), req.params.id, req.body));

    app.delete('/comments/:id', {
      config: { access: 'user' },
      schema: { tags, operationId: 'deleteComment', summary: 'Delete my comment', description: 'Marks a comment deleted; its replies stay, under a placeholder. Its author only; a comment a moderator hid stays hidden.', params: idParams, response: { 204: z.null(), ...errors, 409: apiError } },
    }, async (req, reply) => {
      await deleteComment(ctx, requireUser(req), req.params.id);
      return reply.status(204).send(null);
    });

    app.post('/comments/:id/reports', {
      config: { access: 'user' },
      schema: { tags, operationId: 'reportComment', summary: 'Report a comment', description: 'Reports a shown comment with a reason, once per user; reports by 3 different users hold it until a moderator decides. Anyone signed in but its author.', params: idParams, body: reportInput, response: { 201: reportResult, ...errors, 409: apiError } },
    }, async (req, reply) => reply.status(201).send(await reportComment(ctx, requireUser(req), req.params.id, req.body.reason)));

    app.get('/moderation/comments', {
      config: { access: { roles: ['admin', 'programme_manager'] } },
      schema: { tags: moderation, operationId: 'listModerationQueue', summary: 'Comment moderation queue', description: 'Comments held by reports, shown but reported, or hidden, with their open reports (reporters unnamed) and latest decision; the longest waiting first. Admins and programme managers.', querystring: moderationQuery, response: { 200: moderationQueue, 400: apiError, 401: apiError, 403: apiError } },
    }, async (req) => queueOf(ctx, req.user, req.query.state));

    app.post('/moderation/comments/:id/decision', {
      config: { access: { roles: ['admin', 'programme_manager'] } },
      schema: { tags: moderation, operationId: 'decideComment', summary: 'Moderate a comment', description: 'Keep (shown, open reports dismissed), hide, or restore (shown again, reports dismissed) a comment with a reason; audited, and its author is told in the app and by mail. Admins and programme managers.', params: idParams, body: moderationDecisionInput, response: { 200: moderationItem, ...errors, 409: apiError } },
    }, async (req) => decideComment(ctx, req.user, req.params.id, req.body.action, req.body.reason));
  };
}
