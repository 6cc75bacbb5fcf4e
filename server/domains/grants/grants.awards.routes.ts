import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of the grant scheme's awards (being built). */
export function awardsRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
