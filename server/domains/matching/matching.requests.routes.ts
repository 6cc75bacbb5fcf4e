import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { partnerRequest, partnerRequestBody, partnerRequestPatch, partnerRequestQuery } from '../../../shared/matching';
import { partnerRequestPage } from '../../../shared/matching.api';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { createRequest, getRequest, listRequests, updateRequest } from './matching.requests.service';

const tags = ['partner requests'];
const idParams = z.object({ id: z.uuid() });
/** The partner-request board: list, read, publish, edit, close. */
export function requestRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/partner-requests', {
      config: { access: 'public' },
      schema: { tags, operationId: 'listPartnerRequests', summary: 'Partner requests', description: 'Partner requests, open ones by default, newest first. Anyone may call it.', querystring: partnerRequestQuery, response: { 200: partnerRequestPage, 400: apiError } },
    }, async (req) => listRequests(ctx, req.query));

    app.get('/partner-requests/:id', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getPartnerRequest', summary: 'Partner request', description: 'One partner request. Anyone may call it.', params: idParams, response: { 200: partnerRequest, 400: apiError, 404: apiError } },
    }, async (req) => getRequest(ctx, req.params.id));

    app.post('/partner-requests', {
      config: { access: 'user' },
      schema: { tags, operationId: 'createPartnerRequest', summary: 'Publish a partner request', description: "Publishes a partner request for the caller's authority. Officers only.", body: partnerRequestBody, response: { 201: partnerRequest, 400: apiError, 401: apiError, 403: apiError } },
    }, async (req, reply) => reply.status(201).send(await createRequest(ctx, requireUser(req), req.body)));

    app.patch('/partner-requests/:id', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'updatePartnerRequest',
        summary: 'Edit a partner request',
        description: 'Edits, closes or reopens a partner request. Officers of its authority; admins may also close it.',
        params: idParams,
        body: partnerRequestPatch,
        response: { 200: partnerRequest, 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError },
      },
    }, async (req) => updateRequest(ctx, requireUser(req), req.params.id, req.body));
  };
}
