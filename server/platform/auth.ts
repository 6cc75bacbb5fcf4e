import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role, SessionUser } from '../../shared/accounts';
import type { AppContext } from './context';
import { forbidden, unauthorized } from './errors';

export const SESSION_COOKIE = 'tb_session';
const SESSION_DAYS = 30;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    csrfToken: string | null;
    /** The id of the request's session (its owner's session list marks it "this one"). */
    sessionId: string | null;
  }
  interface FastifyContextConfig {
    /** Set false on routes that must work with a stale cookie (sign-in, sign-up). */
    csrf?: boolean;
    /** Who may reach the route at all (see RouteAccess); every route with an operationId declares it. */
    access?: RouteAccess;
  }
}

/**
 * Where sessions are kept, as auth needs them: the platform knows no users table, the accounts
 * domain provides the store (accounts.sessions.ts) and the composition root hands it over.
 */
export interface SessionStore {
  /** Keep a new session under its token's hash. */
  create(session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date; userAgent: string | null; ip: string | null }): Promise<void>;
  /**
   * The user (with the authority they act for), CSRF token and id of a session unexpired and not idle
   * at `now` (the store notes the use); null for none or a disabled user.
   */
  find(tokenHash: string, now: Date): Promise<{ user: SessionUser; csrf: string; id: string } | null>;
  /** End a session. */
  delete(tokenHash: string): Promise<void>;
}

/**
 * A route's coarse gate, checked before its input is validated: `public` lets anyone through, `user`
 * any signed-in user, a list of roles only those. The handlers' own resource checks (officer of this
 * authority, assessor of this application) stay where they are; the gate only answers earlier and the
 * same for every input, so a refused caller learns nothing from a validation error.
 */
export type RouteAccess = 'public' | 'user' | { roles: readonly Role[] };

/** The gate's answer for a user: null to let through, else the refusal (401 signed out, 403 wrong role). */
export function gateRefusal(access: RouteAccess, user: SessionUser | null): 401 | 403 | null {
  if (access === 'public') return null;
  if (!user) return 401;
  if (access === 'user') return null;
  return access.roles.includes(user.role) ? null : 403;
}

/** SHA-256 hex of a secret token: only hashes are stored, so a copy of the table opens nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Start a session for a user and set its HttpOnly cookie; the browser and address are kept for the owner's session list. */
export async function startSession(sessions: SessionStore, request: FastifyRequest, reply: FastifyReply, userId: string, secure: boolean): Promise<string> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  const userAgent = request.headers['user-agent']?.slice(0, 300) ?? null;
  await sessions.create({ tokenHash: hashToken(token), userId, csrfToken, expiresAt, userAgent, ip: request.ip || null });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
  return csrfToken;
}

/** End the request's session, if any, and clear the cookie. */
export async function endSession(sessions: SessionStore, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await sessions.delete(hashToken(token));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Load the user behind a session token, with the authority they act for. */
export function userForToken(sessions: SessionStore, token: string): Promise<{ user: SessionUser; csrf: string; id: string } | null> {
  return sessions.find(hashToken(token), new Date());
}

/**
 * Resolve the session cookie on every request and guard cookie-authenticated writes with a CSRF
 * token the page got from /api/auth/me (sent back as X-CSRF-Token).
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { ctx: AppContext }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionId', null);
  // A route the OpenAPI document lists must say who may call it: a new route without a gate fails
  // when the app is built, not in production.
  app.addHook('onRoute', (route) => {
    const operationId = (route.schema as { operationId?: string } | undefined)?.operationId;
    if (operationId && !route.config?.access) throw new Error(`Route ${operationId} (${route.method} ${route.url}) declares no config.access`);
  });
  // onRequest (after @fastify/cookie has read the cookies, registered before this plugin), so the
  // user is known, and the gate answers, before the body is parsed and validated.
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const found = token ? await userForToken(opts.ctx.sessions, token) : null;
    if (found) {
      request.user = found.user;
      request.csrfToken = found.csrf;
      request.sessionId = found.id;
      if (UNSAFE.has(request.method) && request.routeOptions.config?.csrf !== false) {
        if (request.headers['x-csrf-token'] !== found.csrf) throw forbidden('Missing or wrong CSRF token');
      }
    }
    const access = request.routeOptions.config?.access;
    const refusal = access ? gateRefusal(access, request.user) : null;
    if (refusal === 401) throw unauthorized();
    if (refusal === 403) throw forbidden();
  });
});

/** The signed-in user, or 401. */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
