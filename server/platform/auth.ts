import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { and, eq, gt } from 'drizzle-orm';
import type { Role, SessionUser } from '../../shared/accounts';
import { officerLinks, sessions, users } from '../domains/accounts/accounts.schema';
import type { AppContext } from './context';
import type { Db } from './db';
import { forbidden, unauthorized } from './errors';

export const SESSION_COOKIE = 'tb_session';
const SESSION_DAYS = 30;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Set false on routes that must work with a stale cookie (sign-in, sign-up). */
    csrf?: boolean;
  }
}

/** SHA-256 hex of a secret token: only hashes are stored, so a copy of the table opens nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Start a session for a user and set its HttpOnly cookie. */
export async function startSession(db: Db, reply: FastifyReply, userId: string, secure: boolean): Promise<string> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, csrfToken, expiresAt });
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
export async function endSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Load the user behind a session token, with the authority they act for. */
export async function userForToken(db: Db, token: string): Promise<{ user: SessionUser; csrf: string } | null> {
  const rows = await db
    .select({ user: users, csrf: sessions.csrfToken, link: officerLinks })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(officerLinks, eq(officerLinks.userId, users.id))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())))
    .limit(1);
  const row = rows[0];
  if (!row || row.user.disabledAt) return null;
  const link = row.link;
  return {
    csrf: row.csrf,
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      role: row.user.role as Role,
      locale: row.user.locale === 'en' ? 'en' : 'tr',
      authorityCode: link?.status === 'approved' ? link.authorityCode : null,
      officerRequest: link
        ? { authorityCode: link.authorityCode, status: link.status as 'pending' | 'approved' | 'rejected' }
        : null,
    },
  };
}

/**
 * Resolve the session cookie on every request and guard cookie-authenticated writes with a CSRF
 * token the page got from /api/auth/me (sent back as X-CSRF-Token).
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { ctx: AppContext }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('preHandler', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await userForToken(opts.ctx.db, token);
    if (!found) return;
    request.user = found.user;
    request.csrfToken = found.csrf;
    if (UNSAFE.has(request.method) && request.routeOptions.config?.csrf !== false) {
      if (request.headers['x-csrf-token'] !== found.csrf) throw forbidden('Missing or wrong CSRF token');
    }
  });
});

/** The signed-in user, or 401. */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
