import { eventsRoutes } from './domains/events/events.routes';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import { COMPRESS_MIN_BYTES, registerTextCompression } from './platform/compress';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountsRoutes } from './domains/accounts/accounts.routes';
import { authoritiesRoutes } from './domains/authorities/authorities.routes';
import { twinningsRoutes } from './domains/twinnings/twinnings.routes';
import { lifecycleRoutes } from './domains/twinnings/twinnings.lifecycle.routes';
import { activityRoutes } from './domains/twinnings/twinnings.activities.routes';
import { filesRoutes } from './domains/twinnings/twinnings.files.routes';
import { networkRoutes } from './domains/twinnings/twinnings.network.routes';
import { grantsRoutes } from './domains/grants/grants.routes';
import { matchingRoutes } from './domains/matching/matching.routes';
import { requestRoutes } from './domains/matching/matching.requests.routes';
import { contactRoutes } from './domains/matching/matching.contact.routes';
import { homeRoutes } from './domains/home/home.routes';
import { participationRoutes } from './domains/participation/participation.routes';
import { commentsRoutes } from './domains/comments/comments.routes';
import { newsRoutes } from './domains/news/news.routes';
import { shareResolver } from './domains/news/news.share';
import { libraryRoutes } from './domains/knowledge/knowledge.routes';
import { statsRoutes } from './domains/stats/stats.routes';
import { authPlugin } from './platform/auth';
import type { AppContext } from './platform/context';
import { databaseUp } from './platform/crash';
import { registerErrorHandler } from './platform/errors';
import { registerSecurityHeaders } from './platform/headers';
import { registerOpenApi } from './platform/openapi';
import { registerTextGuard } from './platform/text';
import { registerWebApp } from './platform/static';
import { API_TAGS } from './openapi.tags';

export interface AppOptions {
  logger?: boolean | { level: string };
  /** Serve the built web app from dist/web when it exists (off in API tests). */
  serveWeb?: boolean;
  /** Where the built web app is (default dist/web); share-tag tests use a folder of their own. */
  webDir?: string;
}

/** The domain plugins, in one explicit list; each gets the context and mounts under /api. */
const DOMAINS = [authoritiesRoutes, accountsRoutes, activityRoutes, twinningsRoutes, lifecycleRoutes, filesRoutes, networkRoutes, matchingRoutes, requestRoutes, contactRoutes, grantsRoutes, participationRoutes, commentsRoutes, newsRoutes, libraryRoutes, homeRoutes, eventsRoutes, statsRoutes];

/** Fastify takes a hop count too, but its types do not: a count is the function it would make of it. */
function trustProxyOption(t: AppContext['config']['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof t === 'number' ? (_address, hop) => hop < t : t;
}

/** Build the Fastify app from a context; no listening, so tests drive it with inject(). */
export async function buildApp(ctx: AppContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  // X-Forwarded-For/-Proto are believed only from the proxies TRUST_PROXY names (default none):
  // otherwise any client picks the address the rate limits and logs see.
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: trustProxyOption(ctx.config.trustProxy), bodyLimit: 1_048_576 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerTextGuard(app);
  // The API speaks JSON (files travel inside it): a body of any other type is a 415, never read as
  // text and then ignored by a route without a body.
  app.removeContentTypeParser('text/plain');
  registerSecurityHeaders(app);
  registerTextCompression(app); // before the plugin: its onSend then finds the answer compressed
  await app.register(compress, { threshold: COMPRESS_MIN_BYTES });
  await app.register(cookie);
  await registerOpenApi(app, API_TAGS, { serveDocs: ctx.config.apiDocs });
  await app.register(authPlugin, { ctx });

  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['platform'],
      operationId: 'getHealth',
      summary: 'Health check',
      description: 'Answers ok while the server runs and its database answers, for load balancers and monitors; 503 with `database: down` while the database cannot be reached (the process stays up and recovers by itself). Anyone may call it.',
      response: { 200: z.object({ status: z.literal('ok'), database: z.literal('up') }), 503: z.object({ status: z.literal('unavailable'), database: z.literal('down') }) },
    },
  }, async (_req, reply) => ((await databaseUp(ctx.db)) ? { status: 'ok' as const, database: 'up' as const } : reply.status(503).send({ status: 'unavailable' as const, database: 'down' as const })));
  for (const domain of DOMAINS) await app.register(domain(ctx), { prefix: '/api' });
  if (opts.serveWeb) await registerWebApp(app, { share: shareResolver(ctx), ...(opts.webDir ? { dir: opts.webDir } : {}) });
  return app;
}
