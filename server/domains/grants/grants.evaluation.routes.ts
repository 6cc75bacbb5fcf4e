import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of the grant scheme's evaluation (being built). */
export function evaluationRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
