import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ApiError, type ConflictCode, type ConflictParams, DATABASE_UNAVAILABLE, type Refusal } from '../../shared/errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './crash';

/** An error a service throws on purpose: it becomes a 4xx with this status and message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: ApiError['fields'],
    /** A 409's stable reason and its figures, for the UI to translate. */
    readonly reason?: { code: ConflictCode; params?: ConflictParams },
  ) {
    super(message);
  }
}


export const badRequest = (message: string, fields?: ApiError['fields']) =>
  new HttpError(400, 'bad_request', message, fields);
export const unauthorized = (message = 'Sign in first') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message = 'You may not do this') => new HttpError(403, 'forbidden', message);
export const notFound = (message = 'Not found') => new HttpError(404, 'not_found', message);
/** A state conflict (409) with its stable reason code; `message` is the English sentence of the same. */
export const conflict = (code: ConflictCode, message: string, params?: ConflictParams) =>
  new HttpError(409, 'conflict', message, undefined, params ? { code, params } : { code });
/** The 409 of a rule's refusal. */
export const refused = (r: Refusal) => conflict(r.code, r.message, r.params);

function fieldPath(instancePath: string, fallback: string): string {
  const p = instancePath.replace(/^\//, '').replace(/\//g, '.');
  return p || fallback;
}

/** One error shape for every failure; input errors are 4xx with field messages, never a 500; a database that is away is a 503. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        path: fieldPath(v.instancePath, err.validationContext ?? 'input'),
        message: v.message ?? 'invalid',
      }));
      const body: ApiError = { error: 'bad_request', message: `Invalid ${err.validationContext ?? 'input'}`, fields };
      return reply.status(400).send(body);
    }
    if (err instanceof HttpError) {
      const body: ApiError = {
        error: err.code,
        message: err.message,
        ...(err.fields ? { fields: err.fields } : {}),
        ...(err.reason ? { reason: err.reason.code, ...(err.reason.params ? { params: err.reason.params } : {}) } : {}),
      };
      return reply.status(err.status).send(body);
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own 4xx: malformed JSON, body too large, unsupported media type, rate limits.
      return reply.status(status).send({ error: err.code ?? 'bad_request', message: err.message });
    }
    if (isDatabaseUnavailable(err)) {
      // Not the caller's fault nor a bug: the database is away. Say so, and when to try again.
      request.log.warn(`database unavailable: ${err.message}`);
      const body: ApiError = { error: DATABASE_UNAVAILABLE, message: DATABASE_UNAVAILABLE_MESSAGE };
      return reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send(body);
    }
    request.log.error(err);
    return reply.status(500).send({ error: 'internal', message: 'Something went wrong on our side' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` });
  });
}
