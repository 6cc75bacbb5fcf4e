import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { recommendationList, recommendationQuery } from '../../../shared/matching';
import { hiddenCandidateList } from '../../../shared/matching.api';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { actsFor } from './matching.policy';
import { hiddenCodes, hideCandidate, unhideCandidate } from './matching.hidden.service';

const tags = ['matching'];
const codeParams = z.object({ code: z.string().min(2).max(40) });

/** Recommendations (public) and the hidden-candidate list of an authority (its officers). */
export function matchingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/authorities/:code/recommendations', {
      schema: {
        tags,
        summary: 'Ranked partner candidates with the reasons in plain words (EU for a Turkish authority, Turkish for an EU one)',
        params: codeParams,
        querystring: recommendationQuery,
        response: { 200: recommendationList, 400: apiError, 404: apiError },
      },
    }, async (req) => {
      const { code } = req.params;
      if (!ctx.directory.get(code)) throw notFound(`No authority with code ${code}`);
      const hidden = actsFor(req.user, code) ? await hiddenCodes(ctx.db, code) : new Set<string>();
      const lang = req.query.lang ?? req.user?.locale ?? (req.headers['accept-language']?.startsWith('tr') ? 'tr' : 'en');
      return ctx.matching.recommendations(ctx.db, code, { ...req.query, lang }, hidden);
    });

    app.get('/authorities/:code/hidden-candidates', {
      schema: { tags, summary: "Candidates an authority's officers hid", params: codeParams, response: { 200: hiddenCandidateList, 401: apiError, 403: apiError } },
    }, async (req) => {
      const user = requireUser(req);
      if (!actsFor(user, req.params.code)) throw forbidden('Only officers of this authority');
      return { items: [...(await hiddenCodes(ctx.db, req.params.code))].flatMap((c) => ctx.directory.get(c) ?? []) };
    });

    app.put('/authorities/:code/hidden-candidates/:candidate', {
      schema: { tags, summary: 'Hide a candidate from the recommendations', params: codeParams.extend({ candidate: z.string().min(2).max(40) }), response: { 204: z.null(), 401: apiError, 403: apiError, 404: apiError } },
    }, async (req, reply) => {
      const user = requireUser(req);
      if (!actsFor(user, req.params.code)) throw forbidden('Only officers of this authority');
      if (!ctx.directory.get(req.params.candidate)) throw notFound(`No authority with code ${req.params.candidate}`);
      await hideCandidate(ctx.db, req.params.code, req.params.candidate, user.id);
      return reply.status(204).send(null);
    });

    app.delete('/authorities/:code/hidden-candidates/:candidate', {
      schema: { tags, summary: 'Show a hidden candidate again', params: codeParams.extend({ candidate: z.string().min(2).max(40) }), response: { 204: z.null(), 401: apiError, 403: apiError } },
    }, async (req, reply) => {
      const user = requireUser(req);
      if (!actsFor(user, req.params.code)) throw forbidden('Only officers of this authority');
      await unhideCandidate(ctx.db, req.params.code, req.params.candidate, user.id);
      return reply.status(204).send(null);
    });
  };
}
