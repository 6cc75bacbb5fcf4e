import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isCountry, toIsoCountry } from '../../../../shared/countries';
import { apiError } from '../../../../shared/errors';
import { callView, programmeView, projectView } from '../../../../shared/grants.api';
import { callBody, callList, callUpdateBody, programmeBody, programmeCreated, programmeList, programmeUpdateBody, programmeUpdated, projectList } from '../../../../shared/grants.writes';
import { THEMES } from '../../../../shared/themes';
import { requireUser } from '../../../platform/auth';
import type { AppContext } from '../../../platform/context';
import { createCall, createProgramme, publishCall, updateCall, updateProgramme } from './grants.calls.service';
import { programmeIati } from '../iati/grants.iati.service';
import { getCall, getProgramme, listCalls, listProgrammes } from './grants.programmes.service';
import { getProject, listProjects } from '../awards/grants.projects.service';

const tags = ['grant scheme'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const projectQuery = z.object({
  programme: z.uuid().optional(),
  theme: z.enum(THEMES).optional(),
  country: z.string().transform(toIsoCountry).refine(isCountry, 'unknown country code').optional(),
  province: z.string().trim().min(1).max(60).optional(),
});

/** Programmes, calls and awarded projects: public reading, programme managers write. */
export function programmesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/programmes', {
      schema: { tags, summary: 'Grant programmes with budget, awarded and paid totals and headline figures', response: { 200: programmeList } },
    }, async () => listProgrammes(ctx));

    app.get('/programmes/:id', {
      schema: { tags, summary: 'A programme with its calls, ledger and headline figures (computed from the awards)', params: idParams, response: { 200: programmeView, ...errors } },
    }, async (req) => getProgramme(ctx, req.user ?? null, req.params.id));

    app.post('/programmes', {
      schema: { tags, summary: 'Create a programme (programme managers)', body: programmeBody, response: { 201: programmeCreated, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createProgramme(ctx, requireUser(req), req.body)));

    app.put('/programmes/:id', {
      schema: { tags, summary: "Edit a programme's titles, descriptions and envelope; 409 programme_envelope_below_calls when its calls hold more (programme managers)", params: idParams, body: programmeUpdateBody, response: { 200: programmeUpdated, ...errors } },
    }, async (req) => updateProgramme(ctx, requireUser(req), req.params.id, req.body));

    app.get('/programmes/:id/iati.xml', {
      schema: { tags, summary: 'The awarded projects as an IATI 2.03 activity file', params: idParams, produces: ['application/xml'] },
    }, async (req, reply) => reply.type('application/xml; charset=utf-8').header('content-disposition', 'inline; filename="iati-activities.xml"').send(await programmeIati(ctx, req.params.id)));

    app.get('/calls', {
      schema: { tags, summary: 'Calls for proposals (drafts only for programme managers)', response: { 200: callList } },
    }, async (req) => listCalls(ctx, req.user ?? null));

    app.get('/calls/:id', {
      schema: { tags, summary: 'A call: rules, evaluation grid, dates, state and application counts', params: idParams, response: { 200: callView, ...errors } },
    }, async (req) => getCall(ctx, req.user ?? null, req.params.id));

    app.post('/programmes/:id/calls', {
      schema: { tags, summary: 'Create a draft call; its rules are checked for consistency (programme managers)', params: idParams, body: callBody, response: { 201: callView, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createCall(ctx, requireUser(req), req.params.id, req.body)));

    app.put('/calls/:id', {
      schema: { tags, summary: 'Edit a call; once published, only extending the deadline is allowed (409 names the locked fields)', params: idParams, body: callUpdateBody, response: { 200: callView, ...errors } },
    }, async (req) => updateCall(ctx, requireUser(req), req.params.id, req.body));

    app.post('/calls/:id/publish', {
      schema: { tags, summary: 'Publish a draft call', params: idParams, response: { 200: callView, ...errors } },
    }, async (req) => publishCall(ctx, requireUser(req), req.params.id));

    app.get('/projects', {
      schema: { tags, summary: 'Awarded projects: lead and partner authorities, amount, theme, status', querystring: projectQuery, response: { 200: projectList, 400: apiError } },
    }, async (req) => ({ items: await listProjects(ctx, req.query) }));

    app.get('/projects/:id', {
      schema: { tags, summary: "An awarded project's public page", params: idParams, response: { 200: projectView, ...errors } },
    }, async (req) => getProject(ctx, req.params.id));
  };
}
