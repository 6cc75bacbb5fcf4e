import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../../shared/errors';
import { committeeBody, committeeCandidates as candidatesView, committeeDeclarationBody, committeeView } from '../../../../shared/grants.review';
import { requireUser } from '../../../platform/auth';
import type { AppContext } from '../../../platform/context';
import { committeeCandidates, committeeOf, declareImpartiality, setCommittee } from './grants.committee.service';
import { approveReport, reportPdf } from './grants.report.service';

const tags = ['grant scheme: evaluation'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

/** The evaluation committee of a call, its declarations, and the evaluation report with its approval. */
export function committeeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/calls/:id/committee', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getCommittee', summary: 'Evaluation committee', description: "The call's committee (chair, secretary, voting members) with their declarations, the averages and justified changes, the report's approval and the award proposal. Programme managers and the committee's members (scores only after their declaration).", params: idParams, response: { 200: committeeView, ...errors } },
    }, async (req) => committeeOf(ctx, requireUser(req), req.params.id));

    app.put('/calls/:id/committee', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'setCommittee', summary: 'Appoint the committee', description: 'Appoints a non-voting chair and secretary (programme staff) and an odd number, at least three, of voting members (programme staff or assessors). Members who keep their seat keep their declaration. Refused once the report is approved. Programme managers and admins only.', params: idParams, body: committeeBody, response: { 200: committeeView, ...errors } },
    }, async (req) => setCommittee(ctx, requireUser(req), req.params.id, req.body));

    app.get('/calls/:id/committee/candidates', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'listCommitteeCandidates', summary: 'People who may sit on the committee', description: 'Programme staff and assessors who are not disabled. Programme managers and admins only.', params: idParams, response: { 200: candidatesView, ...errors } },
    }, async (req) => committeeCandidates(ctx, requireUser(req)));

    app.post('/calls/:id/committee/declaration', {
      config: { access: 'user' },
      schema: { tags, operationId: 'signCommitteeDeclaration', summary: 'Sign the declaration of impartiality and confidentiality', description: 'A committee member declares impartiality and confidentiality; before it, every evaluation view of the call is refused to them (409). The committee member only, once.', params: idParams, body: committeeDeclarationBody, response: { 200: committeeView, ...errors } },
    }, async (req) => declareImpartiality(ctx, requireUser(req), req.params.id));

    app.get('/calls/:id/evaluation-report', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getEvaluationReport', summary: 'Evaluation report (PDF)', description: 'The evaluation report in Turkish or English: the committee and its declarations, the ranked list with the averages, the changes with their justifications, the proposed awards and the reserve list. Programme managers and the committee after its declaration.', params: idParams, querystring: z.object({ lang: z.enum(['tr', 'en']).default('en') }), produces: ['application/pdf'] },
    }, async (req, reply) => {
      const file = await reportPdf(ctx, requireUser(req), req.params.id, req.query.lang);
      reply.header('content-disposition', `attachment; filename="${file.filename}"`);
      return reply.type('application/pdf').send(Buffer.from(file.body));
    });

    app.post('/calls/:id/evaluation-report/approval', {
      config: { access: 'user' },
      schema: { tags, operationId: 'approveEvaluationReport', summary: 'Approve the evaluation report', description: 'Approves the report once every member signed the declaration and every application is scored; awards wait for it and scores are final after it. The chair, or a programme manager who is not the secretary.', params: idParams, response: { 200: committeeView, ...errors } },
    }, async (req) => {
      const user = requireUser(req);
      await approveReport(ctx, user, req.params.id);
      return committeeOf(ctx, user, req.params.id);
    });
  };
}
