import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** A tag of the document: a group of operations (one area), with a description for the docs page. */
export interface ApiTag {
  name: string;
  description: string;
}

type Operation = { requestBody?: { required?: boolean; content?: Record<string, { schema?: { nullable?: boolean } }> } };

/**
 * A body the route accepts as absent (a nullish zod schema, e.g. submitting the saved draft) is an
 * optional request body in OpenAPI; @fastify/swagger marks every body required.
 */
export function optionalNullableBodies<T extends { paths?: object }>(doc: T): T {
  for (const ops of Object.values(doc.paths ?? {}) as (Record<string, Operation> | undefined)[]) {
    for (const op of Object.values(ops ?? {})) {
      const body = op?.requestBody;
      if (body?.content && Object.values(body.content).every((c) => c.schema?.nullable === true)) body.required = false;
    }
  }
  return doc;
}

/**
 * OpenAPI 3 generated from the same zod schemas that validate requests; docs page at /api/docs. The
 * domains name the tags (platform knows none); the server is relative, so the document holds behind any
 * host or proxy the app is served from. `serveDocs` off (production unless API_DOCS=1): the document is
 * still built (app.swagger()) but neither the docs page nor /api/openapi.json is served, so a
 * deployment does not hand out a map of its API unless it means to.
 */
export async function registerOpenApi(app: FastifyInstance, tags: readonly ApiTag[], opts: { serveDocs: boolean }): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'TwinBridge API',
        description: 'Town twinning between Turkish and EU local authorities: directory, matching, twinnings, grants.',
        version: '0.1.0',
        contact: { name: 'TwinBridge platform team' },
      },
      servers: [{ url: '/', description: 'The deployment that serves this document' }],
      tags: [...tags],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tb_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) => ('openapiObject' in doc ? optionalNullableBodies(doc.openapiObject) : doc.swaggerObject),
  });
  if (!opts.serveDocs) return;
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
