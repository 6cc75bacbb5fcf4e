import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { eoiBody, eoiDecisionBody, expressionOfInterest } from '../../../shared/matching';
import { conversationDetail, conversationList, interestList, messageUpload, notificationList, postedMessage } from '../../../shared/matching.api';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { decideInterest, listInterests, sendInterest, withdrawInterest } from './matching.contact.service';
import { getConversation, listConversations, listNotifications, markNotificationsRead, postMessage, readAttachment } from './matching.conversations.service';
import { contentDisposition } from '../../platform/uploads';

const tags = ['first contact'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

/** Expressions of interest, conversations with messages and attachments, and notifications. */
export function contactRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/expressions-of-interest', {
      config: { access: 'user' },
      schema: { tags, operationId: 'createExpressionOfInterest', summary: 'Approach an authority', description: "Sends an expression of interest from the caller's authority to another, answering a partner request or directly. Officers only.", body: eoiBody, response: { 201: expressionOfInterest, ...errors } },
    }, async (req, reply) => reply.status(201).send(await sendInterest(ctx, requireUser(req), req.body)));

    app.get('/expressions-of-interest', {
      config: { access: 'user' },
      schema: { tags, operationId: 'listExpressionsOfInterest', summary: 'Approaches', description: "Expressions of interest sent and received by the caller's authority. Officers only.", response: { 200: interestList, 401: apiError } },
    }, async (req) => listInterests(ctx, requireUser(req)));

    app.post('/expressions-of-interest/:id/decision', {
      config: { access: 'user' },
      schema: { tags, operationId: 'decideExpressionOfInterest', summary: 'Answer an approach', description: 'Accepts an expression of interest, which opens a conversation, or declines it. Officers of the receiving authority only.', params: idParams, body: eoiDecisionBody, response: { 200: expressionOfInterest, ...errors } },
    }, async (req) => decideInterest(ctx, requireUser(req), req.params.id, req.body.decision));

    app.post('/expressions-of-interest/:id/withdraw', {
      config: { access: 'user' },
      schema: { tags, operationId: 'withdrawExpressionOfInterest', summary: 'Withdraw an approach', description: 'Withdraws an approach that is not answered yet. Officers of the sending authority only.', params: idParams, response: { 200: expressionOfInterest, ...errors } },
    }, async (req) => withdrawInterest(ctx, requireUser(req), req.params.id));

    app.get('/conversations', {
      config: { access: 'user' },
      schema: { tags, operationId: 'listConversations', summary: 'Conversations', description: "The conversations of the caller's authority. Officers only.", response: { 200: conversationList, 401: apiError } },
    }, async (req) => listConversations(ctx, requireUser(req)));

    app.get('/conversations/:id', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getConversation', summary: 'Conversation', description: 'A conversation with its messages; opening it marks it read. Officers of the two authorities and admins only.', params: idParams, response: { 200: conversationDetail, ...errors } },
    }, async (req) => getConversation(ctx, requireUser(req), req.params.id));

    app.post('/conversations/:id/messages', {
      config: { access: 'user' },
      bodyLimit: 40 * 1024 * 1024,
      schema: { tags, operationId: 'postMessage', summary: 'Write a message', description: 'Writes a message in a conversation, with up to 5 files (PDF, images, office documents; 5 MB each). Officers of the two authorities only.', params: idParams, body: messageUpload, response: { 201: postedMessage, ...errors } },
    }, async (req, reply) => {
      const files = req.body.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, bytes: Buffer.from(a.dataBase64, 'base64') }));
      return reply.status(201).send(await postMessage(ctx, requireUser(req), req.params.id, req.body.body, files));
    });

    app.get('/conversations/:id/attachments/:attachmentId', {
      config: { access: 'user' },
      schema: { tags, operationId: 'downloadAttachment', summary: 'Download an attachment', description: 'The bytes of a message attachment with its content type. The same readers as the conversation.', params: idParams.extend({ attachmentId: z.uuid() }) },
    }, async (req, reply) => {
      const file = await readAttachment(ctx, requireUser(req), req.params.id, req.params.attachmentId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition('attachment', file.filename))
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    });

    app.get('/notifications', {
      config: { access: 'user' },
      schema: { tags: ['notifications'], operationId: 'listNotifications', summary: 'Notifications', description: "The signed-in user's notifications and how many are unread. Signed-in users only.", response: { 200: notificationList, 401: apiError } },
    }, async (req) => listNotifications(ctx, requireUser(req)));

    app.post('/notifications/read', {
      config: { access: 'user' },
      schema: { tags: ['notifications'], operationId: 'markNotificationsRead', summary: 'Mark notifications read', description: "Marks all the signed-in user's notifications read. Signed-in users only.", response: { 204: z.null(), 401: apiError } },
    }, async (req, reply) => {
      await markNotificationsRead(ctx, requireUser(req));
      return reply.status(204).send(null);
    });
  };
}
