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
      config: { access: 'user' },
      schema: { tags, operationId: 'createApplication', summary: 'Start an application', description: "Starts a draft application to an open call for the caller's authority, which must be eligible to lead (403 otherwise) and not excluded from the call by name (409 call_authority_excluded). Officers only.", params: idParams, response: { 201: applicationView, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createApplication(ctx, requireUser(req), req.params.id)));

    app.get('/applications', {
      config: { access: 'user' },
      schema: { tags, operationId: 'listApplications', summary: 'Applications', description: "Applications filtered by call and status: an officer sees its authority's as lead or partner, a programme manager sees all. Signed-in users only.", querystring: applicationListQuery, response: { 200: applicationList, ...errors } },
    }, async (req) => listApplications(ctx, requireUser(req), req.query));

    app.get('/applications/:id', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getApplication', summary: 'Application', description: "An application's content, partners, budget figures, live submission problems and administrative check. Its authorities' officers and programme managers only.", params: idParams, response: view },
    }, async (req) => getApplication(ctx, requireUser(req), req.params.id));

    app.patch('/applications/:id', {
      config: { access: 'user' },
      schema: { tags, operationId: 'updateApplication', summary: 'Save a draft', description: "Saves part of a draft's content (autosave); 409 when expectedUpdatedAt is stale or the application is submitted. Officers of the lead authority only.", params: idParams, body: applicationPatch, response: view },
    }, async (req) => updateApplication(ctx, requireUser(req), req.params.id, req.body));

    app.put('/applications/:id/partners', {
      config: { access: 'user' },
      schema: { tags, operationId: 'setApplicationPartners', summary: 'Set partners', description: 'Sets the partner authorities of a draft; removed partners lose their confirmation. Unknown authorities, the lead itself, duplicates and authorities the call excludes by name are refused by field (400). Officers of the lead authority only.', params: idParams, body: partnersBody, response: view },
    }, async (req) => setPartners(ctx, requireUser(req), req.params.id, req.body.codes));

    for (const answer of ['confirm', 'decline'] as const)
      app.post(`/applications/:id/partners/${answer}`, {
        config: { access: 'user' },
        schema: {
          tags,
          operationId: answer === 'confirm' ? 'confirmPartnership' : 'declinePartnership',
          summary: answer === 'confirm' ? 'Confirm a partnership' : 'Decline a partnership',
          description: `A partner authority ${answer}s its participation in a draft application. Officers of that partner authority only.`,
          params: idParams,
          response: view,
        },
      }, async (req) => answerPartnership(ctx, requireUser(req), req.params.id, answer));

    app.post('/applications/:id/submit', {
      config: { access: 'user' },
      schema: { tags, operationId: 'submitApplication', summary: 'Submit an application', description: 'Submits the draft as a frozen version; 400 names every rule it breaks. Officers of the lead authority only.', params: idParams, response: view },
    }, async (req) => submitApplication(ctx, requireUser(req), req.params.id));

    app.post('/applications/:id/withdraw', {
      config: { access: 'user' },
      schema: { tags, operationId: 'withdrawApplication', summary: 'Withdraw an application', description: 'Withdraws the application before a decision. Officers of the lead authority only.', params: idParams, response: view },
    }, async (req) => withdrawApplication(ctx, requireUser(req), req.params.id));

    app.get('/applications/:id/versions', {
      config: { access: 'user' },
      schema: { tags, operationId: 'listApplicationVersions', summary: 'Submitted versions', description: "The application's submitted versions, oldest first. Its readers only.", params: idParams, response: { 200: versionList, ...errors } },
    }, async (req) => listVersions(ctx, requireUser(req), req.params.id));

    app.get('/applications/:id/versions/:version', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getApplicationVersion', summary: 'Submitted version', description: 'One submitted version of an application, frozen as sent. Its readers only.', params: idParams.extend({ version: z.coerce.number().int().min(1).max(1000) }), response: { 200: versionView, ...errors } },
    }, async (req) => getVersion(ctx, requireUser(req), req.params.id, req.params.version));

    app.put('/applications/:id/admin-check', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'recordAdminCheck', summary: 'Record the administrative check', description: 'Records the administrative and eligibility check: complete and eligible moves it to evaluation, a no makes it ineligible with reasons. Programme managers and admins only.', params: idParams, body: adminCheckBody, response: view },
    }, async (req) => recordAdminCheck(ctx, requireUser(req), req.params.id, req.body));

    await app.register(applicationFilesRoutes(ctx));
  };
}
