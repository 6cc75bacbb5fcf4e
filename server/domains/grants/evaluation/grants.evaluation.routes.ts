import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../../shared/errors';
import { assignmentList, assignmentResult, assignmentView, consensusBody, declarationBody, evaluationView, scoresBody, submitBody } from '../../../../shared/grants.review';
import { requireUser } from '../../../platform/auth';
import type { AppContext } from '../../../platform/context';
import { evaluationOf, recordConsensus } from './grants.consensus.service';
import { assignCall, declare, getAssignment, myAssignments, saveScores } from './grants.review.service';

const tags = ['grant scheme: evaluation'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

/** Independent evaluation: assignment, conflict-of-interest declarations, score sheets, divergence and consensus. */
export function evaluationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/calls/:id/assignments', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'assignAssessors', summary: 'Assign assessors', description: "Assigns assessors to the call's applications under evaluation, with the workload balanced. Programme managers and admins only.", params: idParams, response: { 200: assignmentResult, ...errors } },
    }, async (req) => assignCall(ctx, requireUser(req), req.params.id));

    app.get('/assessments', {
      config: { access: { roles: ['assessor'] } },
      schema: { tags, operationId: 'listMyAssignments', summary: 'Your assignments', description: "The signed-in assessor's own assignments. Assessors only.", response: { 200: assignmentList, ...errors } },
    }, async (req) => myAssignments(ctx, requireUser(req)));

    app.get('/assignments/:id', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getAssignment', summary: 'Assignment', description: 'An assignment: the application once no conflict is declared, and only your own scores. The assigned assessor only.', params: idParams, response: { 200: assignmentView, ...errors } },
    }, async (req) => getAssignment(ctx, requireUser(req), req.params.id));

    app.post('/assignments/:id/declaration', {
      config: { access: 'user' },
      schema: { tags, operationId: 'declareConflict', summary: 'Declare a conflict of interest', description: 'Declares no conflict of interest, to read the application, or a conflict, to step aside. The assigned assessor only.', params: idParams, body: declarationBody, response: { 200: assignmentView, ...errors } },
    }, async (req) => declare(ctx, requireUser(req), req.params.id, req.body.noConflict, req.body.note));

    app.put('/assignments/:id/scores', {
      config: { access: 'user' },
      schema: { tags, operationId: 'saveScoreSheet', summary: 'Save a draft score sheet', description: 'Saves a draft score sheet without submitting it. The assigned assessor only.', params: idParams, body: scoresBody, response: { 200: assignmentView, ...errors } },
    }, async (req) => saveScores(ctx, requireUser(req), req.params.id, req.body.scores, false));

    app.post('/assignments/:id/submit', {
      config: { access: 'user' },
      schema: { tags, operationId: 'submitScoreSheet', summary: 'Submit a score sheet', description: 'Submits the score sheet sent or the saved draft: every criterion scored with a comment; divergent totals call a further assessor. The assigned assessor only.', params: idParams, body: submitBody, response: { 200: assignmentView, ...errors } },
    }, async (req) => saveScores(ctx, requireUser(req), req.params.id, req.body?.scores, true));

    app.get('/applications/:id/evaluation', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'getEvaluation', summary: 'Evaluation', description: "The committee's view of an application: every score sheet, the spread, divergence and the committee's score. Programme managers and admins only; a committee member after signing the declaration.", params: idParams, response: { 200: evaluationView, ...errors } },
    }, async (req) => evaluationOf(ctx, requireUser(req), req.params.id));

    app.put('/applications/:id/consensus', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'recordConsensus', summary: "Record the committee's score", description: "Records the committee's score: the assessors' mean per section, with any change justified in writing. The committee's chair or secretary only, after signing the declaration.", params: idParams, body: consensusBody, response: { 200: evaluationView, ...errors } },
    }, async (req) => recordConsensus(ctx, requireUser(req), req.params.id, req.body.changes));
  };
}
