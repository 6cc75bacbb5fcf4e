import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  authorityProfile,
  authorityProfileUpdate,
  authoritySearchQuery,
  authoritySearchResult,
  directoryFacets as facetsSchema,
  mapPoints as mapPointsSchema,
} from '../../../shared/authorities';
import { apiError } from '../../../shared/errors';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { sendPrepared } from '../../platform/prepared';
import { profileAnswers, profileChanged, SearchAnswers } from './authorities.answers';
import { directoryFacets, mapPoints } from './authorities.stats';
import { getProfile, updateProfile } from './authorities.service';
import { signalsChanged } from '../matching/matching.changes';

const codeParams = z.object({ code: z.string().min(2).max(40) });
const tags = ['authorities'];

/** The directory: search, map points, facets, profiles and profile edits. */
export function authoritiesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const searches = new SearchAnswers(ctx.directory);
    app.get('/authorities', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'searchAuthorities',
        summary: 'Search authorities',
        description: 'Searches the directory of Turkish and EU local authorities by name (accent-, case- and typo-tolerant) and filters, one page at a time. Anyone may call it.',
        querystring: authoritySearchQuery,
        response: { 200: authoritySearchResult, 400: apiError },
      },
    }, async (req, reply) => sendPrepared(req, reply, searches.answer(req.query)) as unknown as z.infer<typeof authoritySearchResult>);

    app.get('/authorities/points', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'listAuthorityPoints',
        summary: 'Authority map points',
        description: 'Every authority with a location as compact points for the directory map. Anyone may call it.',
        response: { 200: mapPointsSchema },
      },
    }, async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return mapPoints(ctx.directory.all());
    });

    app.get('/authorities/facets', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'getAuthorityFacets',
        summary: 'Authority counts',
        description: "Counts of authorities by country and type, for the directory's filters. Anyone may call it.",
        response: { 200: facetsSchema },
      },
    }, async () => directoryFacets(ctx.directory.all()));

    app.get('/authorities/:code', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'getAuthority',
        summary: 'Authority profile',
        description: 'The profile of one authority by its code; contact officers are shown to signed-in users only. Anyone may call it; 404 for an unknown code.',
        params: codeParams,
        response: { 200: authorityProfile, 404: apiError },
      },
    }, async (req, reply) => {
      // Contact officers are for signed-in readers: their view is read each time, the public one is kept.
      if (req.user !== null) return getProfile(ctx.db, req.params.code, true, !ctx.config.demo);
      return sendPrepared(req, reply, await profileAnswers(ctx).answer(req.params.code)) as unknown as z.infer<typeof authorityProfile>;
    });

    app.patch('/authorities/:code', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'updateAuthority',
        summary: 'Edit an authority profile',
        description: "Changes an authority's profile. Only the authority's own officers and admins may call it.",
        params: codeParams,
        body: authorityProfileUpdate,
        response: { 200: authorityProfile, 400: apiError, 401: apiError, 403: apiError, 404: apiError },
      },
    }, async (req) => {
      const profile = await updateProfile(ctx.db, requireUser(req), req.params.code, req.body);
      await profileChanged(ctx, req.params.code);
      await signalsChanged(ctx); // themes feed the recommendations
      return profile;
    });
  };
}
