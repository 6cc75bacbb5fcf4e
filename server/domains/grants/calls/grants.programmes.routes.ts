import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isCountry, toIsoCountry } from '../../../../shared/countries';
import { apiError } from '../../../../shared/errors';
import { callView, programmeView, projectView, type ProgrammeView } from '../../../../shared/grants.api';
import { callBody, callList, callUpdateBody, programmeBody, programmeCreated, programmeList, programmeUpdateBody, programmeUpdated, projectList } from '../../../../shared/grants.writes';
import { THEMES } from '../../../../shared/themes';
import { requireUser } from '../../../platform/auth';
import type { AppContext } from '../../../platform/context';
import { createCall, createProgramme, publishCall, updateCall, updateProgramme } from './grants.calls.service';
import { programmeIati } from '../iati/grants.iati.service';
import { getCall, getProgramme, listCalls } from './grants.programmes.service';
import { getProject } from '../awards/grants.projects.service';
import { sendPrepared } from '../../../platform/prepared';
import { managesGrants } from '../grants.policy';
import { publicProgramme, publicProgrammes, publicProjects } from './grants.programmes.public';
import { shortlistBody, shortlistView } from '../../../../shared/grants.stages';
import { shortlistCall, shortlistView as shortlistOf } from './grants.shortlist.service';

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
      config: { access: 'public' },
      schema: { tags, operationId: 'listProgrammes', summary: 'Programmes', description: 'Grant programmes with budget, awarded and paid totals and headline figures. Anyone may call it.', response: { 200: programmeList } },
    }, async (req, reply) => sendPrepared(req, reply, await publicProgrammes(ctx)) as unknown as z.infer<typeof programmeList>);

    app.get('/programmes/:id', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getProgramme', summary: 'Programme', description: 'A programme with its calls, ledger and headline figures computed from the awards. Anyone may call it; draft calls are shown to programme managers only.', params: idParams, response: { 200: programmeView, ...errors } },
    }, async (req, reply) => {
      // Managers also see draft calls: served afresh; everyone else gets the one public page, kept ready.
      if (managesGrants(req.user ?? null)) return getProgramme(ctx, req.user ?? null, req.params.id);
      return sendPrepared(req, reply, await publicProgramme(ctx, req.params.id)) as unknown as ProgrammeView;
    });

    app.post('/programmes', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'createProgramme', summary: 'Create a programme', description: 'Creates a grant programme with its envelope. Programme managers and admins only.', body: programmeBody, response: { 201: programmeCreated, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createProgramme(ctx, requireUser(req), req.body)));

    app.put('/programmes/:id', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'updateProgramme', summary: 'Edit a programme', description: "Edits a programme's titles, descriptions and envelope; 409 programme_envelope_below_calls when its calls hold more. Programme managers and admins only.", params: idParams, body: programmeUpdateBody, response: { 200: programmeUpdated, ...errors } },
    }, async (req) => updateProgramme(ctx, requireUser(req), req.params.id, req.body));

    app.get('/programmes/:id/iati.xml', {
      config: { access: 'public' },
      schema: { tags, operationId: 'exportProgrammeIati', summary: 'IATI activity file', description: "The programme's awarded projects as an IATI 2.03 activity file. Anyone may call it.", params: idParams, produces: ['application/xml'] },
    }, async (req, reply) => reply.type('application/xml; charset=utf-8').header('content-disposition', 'inline; filename="iati-activities.xml"').send(await programmeIati(ctx, req.params.id)));

    app.get('/calls', {
      config: { access: 'public' },
      schema: { tags, operationId: 'listCalls', summary: 'Calls for proposals', description: 'Calls for proposals; drafts are listed for programme managers and admins only. Anyone may call it.', response: { 200: callList } },
    }, async (req) => listCalls(ctx, req.user ?? null));

    app.get('/calls/:id', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getCall', summary: 'Call', description: 'A call: rules, evaluation grid, dates, state and application counts. Anyone may read a published call; drafts are for programme managers and admins only.', params: idParams, response: { 200: callView, ...errors } },
    }, async (req) => getCall(ctx, req.user ?? null, req.params.id));

    app.post('/programmes/:id/calls', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'createCall', summary: 'Create a call', description: 'Creates a draft call in a programme; its rules are checked for consistency. Programme managers and admins only.', params: idParams, body: callBody, response: { 201: callView, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createCall(ctx, requireUser(req), req.params.id, req.body)));

    app.put('/calls/:id', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'updateCall', summary: 'Edit a call', description: 'Edits a call; once published only the deadline may be extended (409 names the locked fields). Programme managers and admins only.', params: idParams, body: callUpdateBody, response: { 200: callView, ...errors } },
    }, async (req) => updateCall(ctx, requireUser(req), req.params.id, req.body));

    app.post('/calls/:id/publish', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'publishCall', summary: 'Publish a call', description: 'Publishes a draft call so that authorities can apply. Programme managers and admins only.', params: idParams, response: { 200: callView, ...errors } },
    }, async (req) => publishCall(ctx, requireUser(req), req.params.id));

    app.get('/calls/:id/shortlist', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'getShortlist', summary: 'Concept notes and shortlist', description: "A two-stage call's evaluated concept notes with their scores against the pre-selection threshold, and after the shortlist who was invited to the full stage. Programme managers and admins only.", params: idParams, response: { 200: shortlistView, ...errors } },
    }, async (req) => shortlistOf(ctx, requireUser(req), req.params.id));

    app.post('/calls/:id/shortlist', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'shortlistCall', summary: 'Shortlist concept notes', description: 'After the concept deadline and once every concept note is evaluated: shortlists at most `count` of the best concept notes at or above the pre-selection threshold, moves the call to its full stage and invites only their leads to submit a full application by the full-application deadline. Programme managers and admins only.', params: idParams, body: shortlistBody, response: { 200: shortlistView, ...errors } },
    }, async (req) => shortlistCall(ctx, requireUser(req), req.params.id, req.body.count));

    app.get('/projects', {
      config: { access: 'public' },
      schema: { tags, operationId: 'listProjects', summary: 'Awarded projects', description: 'Awarded projects with lead and partner authorities, amount, theme and status. Anyone may call it.', querystring: projectQuery, response: { 200: projectList, 400: apiError } },
    }, async (req, reply) => sendPrepared(req, reply, await publicProjects(ctx, req.query)) as unknown as z.infer<typeof projectList>);

    app.get('/projects/:id', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getProject', summary: 'Awarded project', description: "An awarded project's public page. Anyone may call it.", params: idParams, response: { 200: projectView, ...errors } },
    }, async (req) => getProject(ctx, req.params.id));
  };
}
