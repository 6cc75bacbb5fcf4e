import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { anonymousResponseAccepted, anonymousResponseInput, CONFIRMATION_HOURS, confirmationDone, confirmationInput } from '../../../shared/participation.anonymous';
import type { AppContext } from '../../platform/context';
import { confirmAnonymousResponse, requestAnonymousResponse } from './participation.anonymous';

const tags = ['participation'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 403: apiError, 404: apiError, 409: apiError };

/** Answers without an account to public consultations, recorded once the mailed one-time link is opened. */
export function anonymousResponseRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/consultations/:id/responses/anonymous', {
      config: { access: 'public' },
      schema: {
        tags, operationId: 'respondAnonymously', summary: 'Answer without an account',
        description: `Takes a response to a public, open consultation with an email address and mails a one-time link, valid ${CONFIRMATION_HOURS} hours, that records it. The answer is the same whether or not the address answered before. The address is never stored with the response (only a keyed hash, one response per address). Anyone; signed-in and invited consultations refuse it (403).`,
        params: idParams, body: anonymousResponseInput, response: { 202: anonymousResponseAccepted, ...errors },
      },
    }, async (req, reply) => {
      await requestAnonymousResponse(ctx, req.params.id, req.body);
      return reply.status(202).send({ message: 'If the address can receive mail, a link to confirm the answer is on its way', expiresInHours: CONFIRMATION_HOURS });
    });

    app.post('/consultations/:id/responses/confirm', {
      config: { access: 'public' },
      schema: {
        tags, operationId: 'confirmAnonymousResponse', summary: 'Confirm an answer sent without an account',
        description: 'Records the response behind a mailed one-time link while the consultation is open. A link works once (409 confirmation_used), expires (409 confirmation_expired), and an address answers once (409 already_responded). Anonymous respondents are not told of the decision: their address is not kept. Anyone holding the link.',
        params: idParams, body: confirmationInput, response: { 200: confirmationDone, ...errors },
      },
    }, async (req) => confirmAnonymousResponse(ctx, req.params.id, req.body.token));
  };
}
