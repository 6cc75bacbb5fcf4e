import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { recommendationList, recommendationQuery } from '../../../shared/matching';
import { hiddenCandidateList } from '../../../shared/matching.api';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { prepare, sendPrepared, type PreparedJson } from '../../platform/prepared';
import { canManageHiddenCandidates } from './matching.policy';
import { hiddenCandidatesOf, hiddenCodes, hideCandidate, unhideCandidate } from './matching.hidden.service';

const tags = ['matching'];

/** Each kept answer of the engine, ready to send; it goes when the engine drops the answer. */
const preparedAnswers = new WeakMap<object, PreparedJson>();
const codeParams = z.object({ code: z.string().min(2).max(40) });

/** Recommendations (public) and the hidden-candidate list of an authority (its officers). */
export function matchingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/authorities/:code/recommendations', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'listRecommendations',
        summary: 'Partner recommendations',
        description: "Ranked partner candidates with the reasons in plain words: EU authorities for a Turkish one, Turkish for an EU one. Anyone may call it; the authority's officers do not see the candidates they hid.",
        params: codeParams,
        querystring: recommendationQuery,
        response: { 200: recommendationList, 400: apiError, 404: apiError },
      },
    }, async (req, reply) => {
      const { code } = req.params;
      if (!ctx.directory.get(code)) throw notFound(`No authority with code ${code}`);
      const hidden = canManageHiddenCandidates(req.user, code) ? await hiddenCodes(ctx.db, code) : new Set<string>();
      const lang = req.query.lang ?? req.user?.locale ?? (req.headers['accept-language']?.startsWith('tr') ? 'tr' : 'en');
      const answer = await ctx.matching.recommendations(ctx.db, code, { ...req.query, lang }, hidden);
      // The engine keeps one answer per query, language and hidden list until its graph or signals
      // change (the change feed tells every process); its text and compressed forms go with it.
      let prepared = preparedAnswers.get(answer);
      if (!prepared) preparedAnswers.set(answer, (prepared = prepare(recommendationList, answer)));
      return sendPrepared(req, reply.header('vary', 'accept-language'), prepared) as unknown as z.infer<typeof recommendationList>;
    });

    app.get('/authorities/:code/hidden-candidates', {
      config: { access: 'user' },
      schema: { tags, operationId: 'listHiddenCandidates', summary: 'Hidden candidates', description: "Candidates the authority's officers hid from its recommendations. The authority's officers only.", params: codeParams, response: { 200: hiddenCandidateList, 401: apiError, 403: apiError } },
    }, async (req) => ({ items: await hiddenCandidatesOf(ctx, requireUser(req), req.params.code) }));

    app.put('/authorities/:code/hidden-candidates/:candidate', {
      config: { access: 'user' },
      schema: { tags, operationId: 'hideCandidate', summary: 'Hide a candidate', description: "Hides a candidate from the authority's recommendations. The authority's officers only.", params: codeParams.extend({ candidate: z.string().min(2).max(40) }), response: { 204: z.null(), 401: apiError, 403: apiError, 404: apiError } },
    }, async (req, reply) => {
      await hideCandidate(ctx, requireUser(req), req.params.code, req.params.candidate);
      return reply.status(204).send(null);
    });

    app.delete('/authorities/:code/hidden-candidates/:candidate', {
      config: { access: 'user' },
      schema: { tags, operationId: 'showCandidate', summary: 'Show a hidden candidate', description: "Shows a hidden candidate in the authority's recommendations again. The authority's officers only.", params: codeParams.extend({ candidate: z.string().min(2).max(40) }), response: { 204: z.null(), 401: apiError, 403: apiError } },
    }, async (req, reply) => {
      await unhideCandidate(ctx, requireUser(req), req.params.code, req.params.candidate);
      return reply.status(204).send(null);
    });
  };
}
