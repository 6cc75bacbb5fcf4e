import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { activity, activityBody } from '../../../shared/twinnings';
import { activityList } from '../../../shared/twinnings.api';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { addActivity, listActivities, riskOf } from './twinnings.activities.service';

const tags = ['twinnings'];
const idParams = z.object({ id: z.uuid() });

/** Activities of a twinning and its dormant-at-risk flag. */
export function activityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/twinnings/:id/activities', {
      config: { access: 'public' },
      schema: { tags, operationId: 'listTwinningActivities', summary: 'Twinning activities', description: "A twinning's activities, newest first, and whether the twinning is at risk of going dormant. Anyone may call it.", params: idParams, response: { 200: activityList, 400: apiError, 404: apiError } },
    }, async (req) => ({ ...(await listActivities(ctx, req.user, req.params.id)), dormantAtRisk: await riskOf(ctx, req.params.id) }));

    app.post('/twinnings/:id/activities', {
      config: { access: 'user' },
      schema: { tags, operationId: 'createTwinningActivity', summary: 'Log an activity', description: 'Records a visit, exchange, event or joint project within a twinning. Officers of either side only.', params: idParams, body: activityBody, response: { 201: activity, 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError } },
    }, async (req, reply) => reply.status(201).send(await addActivity(ctx, requireUser(req), req.params.id, req.body)));
  };
}
