import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isCountry, toIsoCountry } from '../../../shared/countries';
import { apiError } from '../../../shared/errors';
import { activity, activityBody, TWINNING_SOURCES, TWINNING_STATUSES } from '../../../shared/twinnings';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { addActivity, listActivities, riskOf } from './twinnings.activities.service';
import { activitiesByThemeYear, registryRows } from './twinnings.service';
import { networkLines, registryCounts } from './twinnings.stats';

const tags = ['twinnings'];
const idParams = z.object({ id: z.uuid() });
const networkQuery = z.object({
  country: z.string().transform(toIsoCountry).refine(isCountry, 'unknown country code').optional(),
  status: z.enum(TWINNING_STATUSES).optional(),
  source: z.enum(TWINNING_SOURCES).optional(),
});

/** Activities of a twinning, the dormant-at-risk flag, and the network's counts and map lines. */
export function activityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/twinnings/:id/activities', {
      schema: { tags, summary: "A twinning's activities, newest first, and whether it is dormant-at-risk", params: idParams, response: { 200: z.object({ items: z.array(activity), dormantAtRisk: z.boolean() }), 400: apiError } },
    }, async (req) => ({ ...(await listActivities(ctx, req.params.id)), dormantAtRisk: await riskOf(ctx, req.params.id) }));

    app.post('/twinnings/:id/activities', {
      schema: { tags, summary: 'Log an activity (officers of either side)', params: idParams, body: activityBody, response: { 201: activity, 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError } },
    }, async (req, reply) => reply.status(201).send(await addActivity(ctx, requireUser(req), req.params.id, req.body)));

    app.get('/twinnings/stats', {
      schema: {
        tags,
        summary: 'Twinnings per country, per Turkish province and by status; activities per theme per year',
        response: { 200: z.object({ total: z.number(), byCountry: z.record(z.string(), z.number()), byProvince: z.record(z.string(), z.number()), byStatus: z.record(z.string(), z.number()), activities: z.array(z.object({ theme: z.string(), year: z.number(), count: z.number() })) }) },
      },
    }, async () => ({ ...registryCounts(await registryRows(ctx.db, {}), ctx.directory), activities: await activitiesByThemeYear(ctx.db) }));

    app.get('/twinnings/network', {
      schema: {
        tags,
        summary: 'Lines of the twinning network for the map (both sides in the directory)',
        querystring: networkQuery,
        response: { 200: z.object({ coords: z.array(z.number()), status: z.array(z.string()), source: z.array(z.string()) }), 400: apiError },
      },
    }, async (req, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return networkLines(await registryRows(ctx.db, req.query), ctx.directory);
    });
  };
}
