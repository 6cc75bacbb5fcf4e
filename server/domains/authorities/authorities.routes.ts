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
import { forbidden } from '../../platform/errors';
import { canEditProfile } from './authorities.policy';
import { directoryFacets, mapPoints } from './authorities.stats';
import { getProfile, updateProfile } from './authorities.service';

const codeParams = z.object({ code: z.string().min(2).max(40) });
const tags = ['authorities'];

/** The directory: search, map points, facets, profiles and profile edits. */
export function authoritiesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/authorities', {
      schema: {
        tags,
        summary: 'Search the directory of Turkish and EU local authorities',
        querystring: authoritySearchQuery,
        response: { 200: authoritySearchResult, 400: apiError },
      },
    }, async (req) => ctx.directory.search(req.query));

    app.get('/authorities/points', {
      schema: {
        tags,
        summary: 'Every located authority as compact map points',
        response: { 200: mapPointsSchema },
      },
    }, async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return mapPoints(ctx.directory.all());
    });

    app.get('/authorities/facets', {
      schema: {
        tags,
        summary: 'Counts of authorities by country and type',
        response: { 200: facetsSchema },
      },
    }, async () => directoryFacets(ctx.directory.all()));

    app.get('/authorities/:code', {
      schema: {
        tags,
        summary: 'Profile of one authority (contact officers for signed-in users)',
        params: codeParams,
        response: { 200: authorityProfile, 404: apiError },
      },
    }, async (req) => getProfile(ctx.db, req.params.code, req.user !== null, !ctx.config.demo));

    app.patch('/authorities/:code', {
      schema: {
        tags,
        summary: "Edit an authority's profile (its own officers and admins)",
        params: codeParams,
        body: authorityProfileUpdate,
        response: { 200: authorityProfile, 400: apiError, 401: apiError, 403: apiError, 404: apiError },
      },
    }, async (req) => {
      const user = requireUser(req);
      if (!canEditProfile(user, req.params.code)) throw forbidden('Only officers of this authority can edit its profile');
      const profile = await updateProfile(ctx.db, req.params.code, req.body, user.id);
      ctx.matching.invalidate(); // themes feed the recommendations
      return profile;
    });
  };
}
