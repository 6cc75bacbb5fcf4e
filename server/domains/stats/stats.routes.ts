import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { stats } from '../../../shared/stats';
import type { AppContext } from '../../platform/context';
import { prepare, sendPrepared, type PreparedJson } from '../../platform/prepared';
import { statsOf } from './stats.service';

/** The public dashboard's figures. */
export function statsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const cached = statsOf(ctx);
  /** The kept figures, ready to send; they go when the cache replaces its figures. */
  const prepared = new WeakMap<object, PreparedJson>();
  return async (app) => {
    app.get('/stats', {
      config: { access: 'public' },
      schema: {
        tags: ['stats'],
        operationId: 'getStats',
        summary: 'Dashboard figures',
        description: 'The public dashboard’s figures, each computed from the data: authorities registered, twinnings by state, country and year, funded projects with the money granted and the provinces and countries they reach, activities per theme per year, events held and people trained, consultations run. Cached until the data changes. Anyone may call it.',
        response: { 200: stats },
      },
    }, async (req, reply) => {
      const figures = await cached();
      let ready = prepared.get(figures);
      if (!ready) prepared.set(figures, (ready = prepare(stats, figures)));
      return sendPrepared(req, reply, ready) as unknown as z.infer<typeof stats>;
    });
  };
}
