import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  authResponse,
  meResponse,
  resetConfirmBody,
  resetRequestBody,
  sessionUser,
  signInBody,
  signUpBody,
  updateMeBody,
} from '../../../shared/accounts';
import { apiError } from '../../../shared/errors';
import { endSession, requireUser, startSession } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { unauthorized } from '../../platform/errors';
import { accountsAdminRoutes } from './accounts.admin.routes';
import * as service from './accounts.service';

const tags = ['accounts'];
const session = [{ session: [], csrf: [] }];
const empty = z.null().describe('No body');

/** Sign-up, sign-in, sign-out, the current user and password reset; admin routes mount alongside. */
export function accountsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  // Secure cookies whenever the site is served over HTTPS, directly or behind a proxy.
  const secure = (req: FastifyRequest) => req.protocol === 'https' || ctx.config.publicUrl.startsWith('https://');
  return async (app) => {
    app.post('/auth/signup', {
      config: { csrf: false },
      schema: { tags, summary: 'Create an account and sign in', body: signUpBody, response: { 201: authResponse, 400: apiError, 409: apiError } },
    }, async (req, reply) => {
      const user = await service.signUp(ctx.db, req.body);
      const csrfToken = await startSession(ctx.db, reply, user.id, secure(req));
      return reply.code(201).send({ user, csrfToken });
    });

    app.post('/auth/signin', {
      config: { csrf: false },
      schema: {
        tags,
        summary: 'Sign in with email and password (throttled per email and per IP)',
        body: signInBody,
        response: { 200: authResponse, 400: apiError, 401: apiError, 429: apiError },
      },
    }, async (req, reply) => {
      const result = await service.signIn(ctx.db, req.body.email, req.body.password, req.ip);
      if (result.kind === 'limited') {
        reply.code(429).header('retry-after', String(result.retryAfterSeconds));
        return { error: 'rate_limited', message: 'Too many failed sign-ins; try again later' };
      }
      if (result.kind === 'wrong') throw unauthorized('Wrong email or password');
      const csrfToken = await startSession(ctx.db, reply, result.user.id, secure(req));
      return { user: result.user, csrfToken };
    });

    app.post('/auth/signout', {
      schema: { tags, summary: 'End the current session', security: session, response: { 204: empty, 403: apiError } },
    }, async (req, reply) => {
      if (req.user) await service.recordSignOut(ctx.db, req.user.id);
      await endSession(ctx.db, req, reply);
      return reply.code(204).send(null);
    });

    app.get('/auth/me', {
      schema: { tags, summary: 'The signed-in user (or null) and the CSRF token for writes', response: { 200: meResponse } },
    }, async (req) => ({ user: req.user, csrfToken: req.csrfToken }));

    app.patch('/auth/me', {
      schema: {
        tags,
        summary: "Change the signed-in user's name or language",
        security: session,
        body: updateMeBody,
        response: { 200: sessionUser, 400: apiError, 401: apiError, 403: apiError },
      },
    }, async (req) => service.updateMe(ctx.db, requireUser(req).id, req.body));

    app.post('/auth/password-reset/request', {
      config: { csrf: false },
      schema: {
        tags,
        summary: 'Mail a one-hour reset link; always 202 so it does not reveal which emails have accounts',
        body: resetRequestBody,
        response: { 202: z.object({ message: z.string() }), 400: apiError },
      },
    }, async (req, reply) => {
      await service.requestPasswordReset(ctx.db, ctx.mail, ctx.config.publicUrl, req.body.email);
      return reply.code(202).send({ message: 'If an account exists for this email, a reset link is on its way' });
    });

    app.post('/auth/password-reset/confirm', {
      config: { csrf: false },
      schema: { tags, summary: 'Set a new password with a reset token; signs out every session', body: resetConfirmBody, response: { 204: empty, 400: apiError } },
    }, async (req, reply) => {
      await service.confirmPasswordReset(ctx.db, req.body.token, req.body.password);
      return reply.code(204).send(null);
    });

    await app.register(accountsAdminRoutes(ctx));
  };
}
