import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import {
  consultation, consultationInput, consultationList, consultationQuery, decisionInput, ownResponse, pendingStatementList, responseInput, results, resultsExportQuery, statement, statementDecisionInput,
} from '../../../shared/participation';
import { requireUser } from '../../platform/auth';
import { CSV_TYPE, XLSX_TYPE } from '../../platform/exports';
import type { AppContext } from '../../platform/context';
import { anonymousResponseRoutes } from './participation.anonymous.routes';
import { decideStatement, pendingStatements, publishDecision, resultsOf } from './participation.decision';
import { exportResults } from './results/participation.export';
import { changeResponse, myResponse, respond } from './participation.responses';
import { createConsultation, getConsultation, listConsultations } from './participation.service';

const tags = ['participation'];
const idParams = z.object({ id: z.uuid() });
const statementParams = z.object({ id: z.uuid(), sid: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

/** Consultations: list, read, open, answer, results with group balance, decision and statement moderation. */
export function participationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/consultations', {
      config: { access: 'public' },
      schema: { tags, operationId: 'listConsultations', summary: 'Consultations', description: 'Consultations the caller may read (public ones for anyone; signed-in and invited ones per audience), by status and link, latest opening first.', querystring: consultationQuery, response: { 200: consultationList, 400: apiError } },
    }, async (req) => listConsultations(ctx, req.user, req.query));

    app.get('/consultations/:id', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getConsultation', summary: 'Consultation', description: 'One consultation with its questions and shown statements; respondents are a count, never named. Per audience: anyone, signed-in users, or invited authorities’ officers, the organiser and programme staff.', params: idParams, response: { 200: consultation, ...errors } },
    }, async (req) => getConsultation(ctx, req.user, req.params.id));

    app.post('/consultations', {
      config: { access: 'user' },
      schema: { tags, operationId: 'createConsultation', summary: 'Open a consultation', description: 'Opens a consultation. Programme managers and admins for anything; an officer for their own authority, or on a twinning, project or partner request of their authority.', body: consultationInput, response: { 201: consultation, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createConsultation(ctx, requireUser(req), req.body)));

    app.post('/consultations/:id/responses', {
      config: { access: 'user' },
      schema: { tags, operationId: 'respondToConsultation', summary: 'Answer a consultation', description: 'The signed-in caller’s one response (group, side, answers, votes, own statements for moderation) while the consultation is open; a second is a 409. Anyone signed in who may read it.', params: idParams, body: responseInput, response: { 201: ownResponse, ...errors, 409: apiError } },
    }, async (req, reply) => {
      const user = requireUser(req);
      await respond(ctx, user, req.params.id, req.body);
      return reply.status(201).send(await myResponse(ctx, user, req.params.id));
    });

    app.put('/consultations/:id/responses', {
      config: { access: 'user' },
      schema: { tags, operationId: 'changeConsultationResponse', summary: 'Change my response', description: 'Replaces the caller’s own response until the consultation closes. The respondent only.', params: idParams, body: responseInput, response: { 200: ownResponse, ...errors, 409: apiError } },
    }, async (req) => {
      const user = requireUser(req);
      await changeResponse(ctx, user, req.params.id, req.body);
      return myResponse(ctx, user, req.params.id);
    });

    app.get('/consultations/:id/responses/mine', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getMyConsultationResponse', summary: 'My response', description: 'The caller’s own response, to read back and change; 404 before they answered. The respondent only.', params: idParams, response: { 200: ownResponse, ...errors } },
    }, async (req) => myResponse(ctx, requireUser(req), req.params.id));

    app.get('/consultations/:id/results', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getConsultationResults', summary: 'Consultation results', description: 'Raw and group-balanced results, respondents per group and side, common-ground figures per statement and the decision. No identities, no free text. Whoever may read the consultation.', params: idParams, response: { 200: results, ...errors } },
    }, async (req) => resultsOf(ctx, req.user, req.params.id));

    app.get('/consultations/:id/results/export', {
      config: { access: 'public' },
      schema: {
        tags, operationId: 'exportConsultationResults', summary: 'Export consultation results',
        description: 'The same raw and group-balanced figures as the results, headed in Turkish or English (lang). format=csv: one figure per line (table, question or statement, option, group, side, figure, value). format=xlsx: sheets of groups, questions and statements, and for the organiser, programme managers and admins a sheet of free-text answers (question, answer, group, side; never who, sorted by question and answer). part=free_text: those answers as CSV, for the same people. Whoever may read the results.',
        params: idParams, querystring: resultsExportQuery, produces: [CSV_TYPE, XLSX_TYPE],
      },
    }, async (req, reply) => {
      const file = await exportResults(ctx, req.user, req.params.id, req.query);
      reply.header('content-disposition', `attachment; filename="${file.filename}"`);
      return reply.type(file.type).send(file.body);
    });

    app.post('/consultations/:id/decision', {
      config: { access: 'user' },
      schema: { tags, operationId: 'publishConsultationDecision', summary: 'Publish the decision', description: 'Publishes the decision (tr/en) once the consultation has closed, once; every respondent is notified in the app and by mail. The organiser, programme managers and admins.', params: idParams, body: decisionInput, response: { 200: consultation, ...errors, 409: apiError } },
    }, async (req) => publishDecision(ctx, requireUser(req), req.params.id, req.body.text));

    app.get('/consultations/:id/statements/pending', {
      config: { access: 'user' },
      schema: { tags, operationId: 'listPendingStatements', summary: 'Statements awaiting moderation', description: 'Statements respondents added that nobody sees yet. The organiser, programme managers and admins.', params: idParams, response: { 200: pendingStatementList, ...errors } },
    }, async (req) => pendingStatements(ctx, requireUser(req), req.params.id));

    app.post('/consultations/:id/statements/:sid/decision', {
      config: { access: 'user' },
      schema: { tags, operationId: 'decideStatement', summary: 'Accept or reject a statement', description: 'Accepting shows a respondent’s statement to everyone who answers; rejecting hides it for good. Once per statement. The organiser, programme managers and admins.', params: statementParams, body: statementDecisionInput, response: { 200: statement, ...errors, 409: apiError } },
    }, async (req) => decideStatement(ctx, requireUser(req), req.params.id, req.params.sid, req.body.accept));

    await app.register(anonymousResponseRoutes(ctx));
  };
}
