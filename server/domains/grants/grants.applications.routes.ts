import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';

/** Routes of the grant scheme's applications (being built). */
export function applicationsRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
