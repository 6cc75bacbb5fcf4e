import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { TWINNING_STATUSES, twinningPartner } from '../../../shared/twinnings';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { acceptedInterest } from '../matching/matching.contact.service';
import { changeTwinning, proposeTwinning, twinningWithTimeline } from './twinnings.lifecycle.service';

const tags = ['twinnings'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const status = z.enum(TWINNING_STATUSES);
const twinning = z.object({
  id: z.string(),
  a: twinningPartner,
  b: twinningPartner,
  status,
  pending: z.object({ target: status, approvals: z.array(z.enum(['a', 'b'])) }).nullable(),
  since: z.number().nullable(),
  source: z.string(),
  createdAt: z.string(),
});
const withTimeline = twinning.extend({
  timeline: z.array(z.object({ at: z.string(), who: z.string().nullable(), action: z.string(), from: status.nullable(), to: status.nullable(), side: z.enum(['a', 'b']).nullable() })),
});

/** Twinnings made on the platform and their lifecycle: propose, move, approve, withdraw, timeline. */
export function lifecycleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/twinnings', {
      schema: { tags, summary: 'Propose a twinning between your authority and another (officers)', body: z.object({ partnerCode: z.string().min(2).max(40) }), response: { 201: twinning, ...errors } },
    }, async (req, reply) => reply.status(201).send(await proposeTwinning(ctx, requireUser(req), req.body.partnerCode)));

    app.post('/expressions-of-interest/:id/twinning', {
      schema: { tags, summary: 'Turn an accepted expression of interest into a proposed twinning, in one click', params: idParams, response: { 201: twinning, ...errors } },
    }, async (req, reply) => {
      const user = requireUser(req);
      const eoi = await acceptedInterest(ctx, user, req.params.id);
      return reply.status(201).send(await proposeTwinning(ctx, user, eoi.partnerCode, eoi.id));
    });

    app.get('/twinnings/:id', {
      schema: { tags, summary: 'A twinning with its timeline (who, when, from which state)', params: idParams, response: { 200: withTimeline, ...errors } },
    }, async (req) => twinningWithTimeline(ctx, req.params.id));

    app.post('/twinnings/:id/move', {
      schema: {
        tags,
        summary: 'Ask for the next state; agreed, signed and ended take effect once both sides approved',
        params: idParams,
        body: z.object({ to: status }),
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
