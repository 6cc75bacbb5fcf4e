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
      config: { access: 'user' },
      schema: { tags, operationId: 'proposeTwinning', summary: 'Propose a twinning', description: "Proposes a twinning between the caller's authority and another. Officers only.", body: proposeTwinningBody, response: { 201: twinning, ...errors } },
    }, async (req, reply) => reply.status(201).send(await proposeTwinning(ctx, requireUser(req), req.body.partnerCode)));

    app.post('/expressions-of-interest/:id/twinning', {
      config: { access: 'user' },
      schema: { tags, operationId: 'createTwinningFromInterest', summary: 'Twinning from an approach', description: 'Turns an accepted expression of interest into a proposed twinning in one step. Officers of either authority only.', params: idParams, response: { 201: twinning, ...errors } },
    }, async (req, reply) => {
      const user = requireUser(req);
      const eoi = await acceptedInterest(ctx, user, req.params.id);
      return reply.status(201).send(await proposeTwinning(ctx, user, eoi.partnerCode, eoi.id));
    });

    app.get('/twinnings/:id', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getTwinning', summary: 'Twinning', description: "A twinning with its timeline of steps and dates. The two sides' officers and admins also see who did each step and the file entries, and a proposal the partner has not yet taken part in (404 for anyone else). Anyone may call it.", params: idParams, response: { 200: twinningDetail, ...errors } },
    }, async (req) => twinningWithTimeline(ctx, req.params.id, req.user));

    app.post('/twinnings/:id/move', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'moveTwinning',
        summary: 'Ask for the next state',
        description: "Asks for the twinning's next state; agreed, signed and ended take effect once both sides approved. Officers of either side only.",
        params: idParams,
        body: moveTwinningBody,
        response: { 200: twinning, ...errors },
      },
    }, async (req) => changeTwinning(ctx, requireUser(req), req.params.id, { kind: 'move', to: req.body.to }));

    app.post('/twinnings/:id/approve', {
      config: { access: 'user' },
      schema: { tags, operationId: 'approveTwinningStep', summary: 'Approve a binding step', description: "Approves the other side's pending binding step, which then takes effect. Officers of the other side only.", params: idParams, response: { 200: twinning, ...errors } },
    }, async (req) => changeTwinning(ctx, requireUser(req), req.params.id, { kind: 'approve' }));

    app.post('/twinnings/:id/withdraw', {
      config: { access: 'user' },
      schema: { tags, operationId: 'withdrawTwinningStep', summary: 'Withdraw an approval', description: "Withdraws your side's approval before the other side approves. Officers of the side that asked only.", params: idParams, response: { 200: twinning, ...errors } },
    }, async (req) => changeTwinning(ctx, requireUser(req), req.params.id, { kind: 'withdraw' }));
  };
}
