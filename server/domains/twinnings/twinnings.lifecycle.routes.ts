import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { moveTwinningBody, proposeTwinningBody, twinningDetail, twinningView as twinning } from '../../../shared/twinnings.api';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { acceptedInterest } from '../matching/matching.contact.service';
import { changeTwinning, proposeTwinning, twinningWithTimeline } from './twinnings.lifecycle.service';

const tags = ['twinnings'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

/** Twinnings made on the platform and their lifecycle: propose, move, approve, withdraw, timeline. */
export function lifecycleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/twinnings', {
      schema: { tags, summary: 'Propose a twinning between your authority and another (officers)', body: proposeTwinningBody, response: { 201: twinning, ...errors } },
    }, async (req, reply) => reply.status(201).send(await proposeTwinning(ctx, requireUser(req), req.body.partnerCode)));

    app.post('/expressions-of-interest/:id/twinning', {
      schema: { tags, summary: 'Turn an accepted expression of interest into a proposed twinning, in one click', params: idParams, response: { 201: twinning, ...errors } },
    }, async (req, reply) => {
      const user = requireUser(req);
      const eoi = await acceptedInterest(ctx, user, req.params.id);
      return reply.status(201).send(await proposeTwinning(ctx, user, eoi.partnerCode, eoi.id));
    });

    app.get('/twinnings/:id', {
      schema: { tags, summary: 'A twinning with its timeline (who, when, from which state)', params: idParams, response: { 200: twinningDetail, ...errors } },
    }, async (req) => twinningWithTimeline(ctx, req.params.id));

    app.post('/twinnings/:id/move', {
      schema: {
        tags,
        summary: 'Ask for the next state; agreed, signed and ended take effect once both sides approved',
        params: idParams,
        body: moveTwinningBody,
        response: { 200: twinning, ...errors },
      },
    }, async (req) => changeTwinning(ctx, requireUser(req), req.params.id, { kind: 'move', to: req.body.to }));

    app.post('/twinnings/:id/approve', {
      schema: { tags, summary: "Approve the other side's pending binding step", params: idParams, response: { 200: twinning, ...errors } },
    }, async (req) => changeTwinning(ctx, requireUser(req), req.params.id, { kind: 'approve' }));

    app.post('/twinnings/:id/withdraw', {
      schema: { tags, summary: "Withdraw your side's approval before the other side approves", params: idParams, response: { 200: twinning, ...errors } },
    }, async (req) => changeTwinning(ctx, requireUser(req), req.params.id, { kind: 'withdraw' }));
  };
}
