import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  authResponse,
  consentBody,
  consentRecord,
  linkTokenBody,
  mailedAnswer,
  meResponse,
  resetConfirmBody,
  resetRequestAnswer,
  resetRequestBody,
  sessionUser,
  signInBody,
  signInLinkAnswer,
  signUpBody,
  updateMeBody,
} from '../../../shared/accounts';
import { apiError } from '../../../shared/errors';
import { mailPreferences } from '../../../shared/notifications';
import { endSession, requireUser, startSession } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { unauthorized } from '../../platform/errors';
import { adminRoutes, officerRequestRoutes } from './accounts.admin.routes';
import { mailPreferencesOf, setMailPreferences } from './accounts.mailprefs';
import { privacyRoutes } from './accounts.privacy.routes';
import { RateLimited } from './accounts.requests';
import { confirmPasswordReset, requestPasswordReset } from './accounts.reset';
import * as service from './accounts.service';
import { ownSessionRoutes } from './accounts.sessions.routes';
import { signIn, signInWithLink } from './accounts.signin';
import { confirmSignUp, requestSignUp } from './accounts.signup';

const tags = ['accounts'];
const security = [{ session: [], csrf: [] }];
const empty = z.null().describe('No body');

/** The accounts domain: sessions, password reset, officer requests and the admin pages' API. */
export function accountsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(sessionRoutes(ctx));
    await app.register(passwordResetRoutes(ctx));
    await app.register(officerRequestRoutes(ctx));
    await app.register(adminRoutes(ctx));
    await app.register(privacyRoutes(ctx));
  };
}

/** Secure cookies in production and whenever the site is served over HTTPS, directly or behind a proxy. */
function secureCookies(ctx: AppContext) {
  return (req: FastifyRequest) => ctx.config.production || req.protocol === 'https' || ctx.config.publicUrl.startsWith('https://');
}

/** A 429 from a throttle carries Retry-After. */
async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof RateLimited) reply.header('retry-after', String(err.retryAfterSeconds));
    throw err;
  }
}

const MAILED = 'If this email can be used, a message is on its way to it';

/** Sign-up (by mailed link) and sign-in start a session (no CSRF: the caller has no token yet); sign-out ends it. */
function sessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const secure = secureCookies(ctx);
  return async (app) => {
    app.post('/auth/signup', {
      config: { csrf: false, access: 'public' },
      schema: {
        tags,
        operationId: 'signUp',
        summary: 'Ask for an account',
        description: 'Mails a link that creates the account (or, for an email that has one, a note to its owner): the answer and its timing are the same either way. A weak password gives 400 with a field code. Throttled per address and per email (429 with Retry-After). Anyone may call it.',
        body: signUpBody,
        response: { 202: mailedAnswer, 400: apiError, 429: apiError },
      },
    }, async (req, reply) => {
      const { email, name, password, locale } = req.body;
      await withRetryAfter(reply, () => requestSignUp(ctx.db, ctx.mail, ctx.config, { email, name, password, locale }, req.ip));
      return reply.code(202).send({ message: MAILED });
    });

    app.post('/auth/signup/confirm', {
      config: { csrf: false, access: 'public' },
      schema: { tags, operationId: 'confirmSignUp', summary: 'Finish a sign-up', description: 'Creates the account of a mailed sign-up link and signs it in. Anyone holding a valid link may call it; 409 when the email got an account meanwhile.', body: linkTokenBody, response: { 201: authResponse, 400: apiError, 409: apiError } },
    }, async (req, reply) => {
      const user = await confirmSignUp(ctx.db, req.body.token);
      const csrfToken = await startSession(ctx.sessions, req, reply, user.id, secure(req));
      return reply.code(201).send({ user, csrfToken });
    });

    app.post('/auth/signin', {
      config: { csrf: false, access: 'public' },
      schema: {
        tags,
        operationId: 'signIn',
        summary: 'Sign in',
        description: 'Signs in with email and password and sets the session cookie. An address that failed 5 times for an account waits (429 with Retry-After, doubling); after 20 failures for the account from any addresses, a right password answers 202 and mails a one-time sign-in link instead.',
        body: signInBody,
        response: { 200: authResponse, 202: signInLinkAnswer, 400: apiError, 401: apiError, 429: apiError },
      },
    }, async (req, reply) => {
      const result = await signIn(ctx.db, ctx.mail, ctx.config, req.body.email, req.body.password, req.ip);
      if (result.kind === 'limited') {
        reply.code(429).header('retry-after', String(result.retryAfterSeconds));
        return { error: 'rate_limited', message: 'Too many failed sign-ins from here; try again later' };
      }
      if (result.kind === 'wrong') throw unauthorized('Wrong email or password');
      if (result.kind === 'link') return reply.code(202).send({ secondFactor: 'mail' as const, message: 'We mailed you a link to finish signing in' });
      const csrfToken = await startSession(ctx.sessions, req, reply, result.user.id, secure(req));
      return { user: result.user, csrfToken };
    });

    app.post('/auth/signin/link', {
      config: { csrf: false, access: 'public' },
      schema: { tags, operationId: 'signInWithLink', summary: 'Sign in with a mailed link', description: 'Finishes a sign-in with the one-time link mailed after a right password for an account under a guessing attack. Anyone holding a valid link may call it.', body: linkTokenBody, response: { 200: authResponse, 400: apiError } },
    }, async (req, reply) => {
      const user = await signInWithLink(ctx.db, req.body.token, req.ip);
      const csrfToken = await startSession(ctx.sessions, req, reply, user.id, secure(req));
      return { user, csrfToken };
    });

    app.post('/auth/signout', {
      config: { access: 'public' },
      schema: { tags, operationId: 'signOut', summary: 'Sign out', description: 'Ends the current session. Anyone may call it; without a session it changes nothing.', security, response: { 204: empty, 403: apiError } },
    }, async (req, reply) => {
      if (req.user) await service.recordSignOut(ctx.db, req.user.id);
      await endSession(ctx.sessions, req, reply);
      return reply.code(204).send(null);
    });

    await app.register(meRoutes(ctx));
    await app.register(ownSessionRoutes(ctx));
  };
}

/** The signed-in user: read (with the CSRF token for later writes) and edit. */
function meRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/auth/me', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getMe', summary: 'Current user', description: 'The signed-in user (or null) and the CSRF token that every write must send. Anyone may call it.', response: { 200: meResponse } },
    }, async (req) => ({ user: req.user, csrfToken: req.csrfToken, consentCurrent: req.user ? await service.consentCurrent(ctx.db, req.user.id) : null }));

    app.post('/auth/me/consent', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'acceptTerms',
        summary: 'Accept the terms',
        description: 'Records that the signed-in user accepts the current terms of use and privacy notice; they are asked again when the version changes. Signed-in users only.',
        security,
        body: consentBody,
        response: { 200: consentRecord, 400: apiError, 401: apiError, 403: apiError },
      },
    }, async (req) => service.renewConsent(ctx.db, requireUser(req).id));

    app.patch('/auth/me', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'updateMe',
        summary: 'Edit your account',
        description: "Changes the signed-in user's name or language. Signed-in users only.",
        security,
        body: updateMeBody,
        response: { 200: sessionUser, 400: apiError, 401: apiError, 403: apiError },
      },
    }, async (req) => service.updateMe(ctx.db, requireUser(req).id, req.body));

    app.get('/auth/me/mail-preferences', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getMailPreferences', summary: 'Mail preferences', description: 'Which groups of notification mail the signed-in user receives. Signed-in users only.', response: { 200: mailPreferences, 401: apiError } },
    }, async (req) => mailPreferencesOf(ctx.db, requireUser(req).id));

    app.put('/auth/me/mail-preferences', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'setMailPreferences',
        summary: 'Set mail preferences',
        description: 'Chooses which groups of notification mail the signed-in user receives; in-app notifications still arrive. Signed-in users only.',
        security,
        body: mailPreferences,
        response: { 200: mailPreferences, 400: apiError, 401: apiError, 403: apiError },
      },
    }, async (req) => setMailPreferences(ctx.db, requireUser(req).id, req.body));
  };
}

/** Password reset by mailed link; both steps work signed out, so no CSRF token. */
function passwordResetRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/auth/password-reset/request', {
      config: { csrf: false, access: 'public' },
      schema: {
        tags,
        operationId: 'requestPasswordReset',
        summary: 'Request a password reset',
        description: 'Mails a reset link valid for one hour. Always answers 202 in the same time, so it does not reveal which emails have accounts; throttled per address and per email (429 with Retry-After). Anyone may call it.',
        body: resetRequestBody,
        response: { 202: resetRequestAnswer, 400: apiError, 429: apiError },
      },
    }, async (req, reply) => {
      await withRetryAfter(reply, () => requestPasswordReset(ctx.db, ctx.mail, ctx.config, req.body.email, req.ip));
      return reply.code(202).send({ message: 'If an account exists for this email, a reset link is on its way' });
    });

    app.post('/auth/password-reset/confirm', {
      config: { csrf: false, access: 'public' },
      schema: { tags, operationId: 'confirmPasswordReset', summary: 'Set a new password', description: 'Sets a new password with a reset token and signs out every session of the account; a weak password gives 400 with a field code. Anyone holding a valid token may call it.', body: resetConfirmBody, response: { 204: empty, 400: apiError } },
    }, async (req, reply) => {
      await confirmPasswordReset(ctx.db, req.body.token, req.body.password);
      return reply.code(204).send(null);
    });
  };
}
