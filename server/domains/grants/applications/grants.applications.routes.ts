import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../../shared/errors';
import {
  adminCheckBody, applicationList, applicationListQuery, applicationPatch, applicationView, partnersBody, versionList, versionView,
} from '../../../../shared/grants.applications';
import { requireUser } from '../../../platform/auth';
import type { AppContext } from '../../../platform/context';
import { applicationFilesRoutes } from './grants.applications.files.routes';
import { answerPartnership, setPartners } from './grants.applications.partners';
import { createApplication, getApplication, listApplications, updateApplication, withdrawApplication } from './grants.applications.service';
import { getVersion, listVersions, submitApplication } from './grants.applications.submit';
import { recordAdminCheck } from './grants.checks.service';

const tags = ['grant applications'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const view = { 200: applicationView, ...errors };

/**
 * Applications to calls: drafts the lead's officers edit (autosave), partners who confirm, files,
 * submission with every rule at the server's clock, frozen versions, withdrawal, and the
 * secretariat's administrative check. Readers: the lead's and partners' officers, programme managers.
 */
export function applicationsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/calls/:id/applications', {
      schema: { tags, summary: "Start a draft application to an open call for the officer's authority (it must be eligible to lead)", params: idParams, response: { 201: applicationView, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createApplication(ctx, requireUser(req), req.params.id)));

    app.get('/applications', {
      schema: { tags, summary: "Officers: their authority's applications as lead or partner; programme managers: all (filter by call, status)", querystring: applicationListQuery, response: { 200: applicationList, ...errors } },
    }, async (req) => listApplications(ctx, requireUser(req), req.query));

    app.get('/applications/:id', {
      schema: { tags, summary: 'An application: content, partners, budget figures, live submission problems, administrative check', params: idParams, response: view },
    }, async (req) => getApplication(ctx, requireUser(req), req.params.id));

    app.patch('/applications/:id', {
      schema: { tags, summary: "Save part of a draft's content (autosave; 409 when expectedUpdatedAt is stale or the application is submitted)", params: idParams, body: applicationPatch, response: view },
    }, async (req) => updateApplication(ctx, requireUser(req), req.params.id, req.body));

    app.put('/applications/:id/partners', {
      schema: { tags, summary: 'Set the partner authorities of a draft; removed partners lose their confirmation', params: idParams, body: partnersBody, response: view },
    }, async (req) => setPartners(ctx, requireUser(req), req.params.id, req.body.codes));

    for (const answer of ['confirm', 'decline'] as const)
      app.post(`/applications/:id/partners/${answer}`, {
        schema: { tags, summary: `An officer of a partner authority ${answer}s its participation (drafts)`, params: idParams, response: view },
      }, async (req) => answerPartnership(ctx, requireUser(req), req.params.id, answer));

    app.post('/applications/:id/submit', {
      schema: { tags, summary: 'Submit the draft: 400 names every rule it breaks; on success a frozen version', params: idParams, response: view },
    }, async (req) => submitApplication(ctx, requireUser(req), req.params.id));

    app.post('/applications/:id/withdraw', {
      schema: { tags, summary: 'The lead withdraws its application (before a decision)', params: idParams, response: view },
    }, async (req) => withdrawApplication(ctx, requireUser(req), req.params.id));

    app.get('/applications/:id/versions', {
      schema: { tags, summary: 'Submitted versions, oldest first', params: idParams, response: { 200: versionList, ...errors } },
    }, async (req) => listVersions(ctx, requireUser(req), req.params.id));

    app.get('/applications/:id/versions/:version', {
      schema: { tags, summary: 'One submitted version, frozen', params: idParams.extend({ version: z.coerce.number().int().min(1).max(1000) }), response: { 200: versionView, ...errors } },
    }, async (req) => getVersion(ctx, requireUser(req), req.params.id, req.params.version));

    app.put('/applications/:id/admin-check', {
      schema: { tags, summary: 'Record the administrative and eligibility check (programme managers): complete and eligible → evaluation; a no → ineligible with reasons', params: idParams, body: adminCheckBody, response: view },
    }, async (req) => recordAdminCheck(ctx, requireUser(req), req.params.id, req.body));

    await app.register(applicationFilesRoutes(ctx));
  };
}
