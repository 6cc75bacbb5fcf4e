import { and, desc, eq, gt, lt, ne } from 'drizzle-orm';
import type { SessionSummary } from '../../../shared/accounts';
import type { SessionStore } from '../../platform/auth';
import type { AuthLimits } from '../../platform/config';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { officerLinks, sessions, users } from './accounts.schema';
import { toSessionUser } from './accounts.service';

/** last_seen_at is written at most this often per session, not on every request. */
export const TOUCH_EVERY_MS = 60_000;

/** Whether a session last used at `lastSeenAt` is still alive at `now` given the idle limit. */
export function sessionAlive(s: { expiresAt: Date; lastSeenAt: Date }, now: Date, idleMinutes: number): boolean {
  return s.expiresAt.getTime() > now.getTime() && now.getTime() - s.lastSeenAt.getTime() < idleMinutes * 60_000;
}

/** The session store platform/auth asks: sessions live beside the users they belong to. */
export function sessionStore(db: Db, limits: AuthLimits): SessionStore {
  return {
    async create(session) {
      await db.insert(sessions).values(session);
    },
    async find(tokenHash, now) {
      const [row] = await db
        .select({ user: users, session: sessions, link: officerLinks })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .leftJoin(officerLinks, eq(officerLinks.userId, users.id))
        .where(eq(sessions.tokenHash, tokenHash))
        .limit(1);
      if (!row || row.user.disabledAt) return null;
      // Read at each request, so a changed idle limit applies to existing sessions at once.
      if (!sessionAlive(row.session, now, limits.sessionIdleMinutes)) {
        await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
        return null;
      }
      if (now.getTime() - row.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
        // Conditional, so two requests racing in the same minute write once.
        await db.update(sessions).set({ lastSeenAt: now }).where(and(eq(sessions.tokenHash, tokenHash), lt(sessions.lastSeenAt, new Date(now.getTime() - TOUCH_EVERY_MS))));
      }
      return { user: toSessionUser(row.user, row.link), csrf: row.session.csrfToken, id: row.session.id };
    },
    async delete(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
  };
}

/**
 * End every session of a user (password reset, role change, disabled account), or every one but
 * `keepId` (the user changing their own password keeps the session they did it from). Returns how many ended.
 */
export async function endAllSessions(db: Db, userId: string, keepId?: string): Promise<number> {
  const where = keepId ? and(eq(sessions.userId, userId), ne(sessions.id, keepId)) : eq(sessions.userId, userId);
  const ended = await db.delete(sessions).where(where).returning({ id: sessions.id });
  return ended.length;
}

/** The user's live sessions, newest use first, with the one of this request marked. */
export async function listSessions(db: Db, userId: string, currentId: string | null, limits: AuthLimits, now = new Date()): Promise<SessionSummary[]> {
  const rows = await db.select().from(sessions).where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now))).orderBy(desc(sessions.lastSeenAt));
  return rows
    .filter((s) => sessionAlive(s, now, limits.sessionIdleMinutes))
    .map((s) => ({ id: s.id, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), userAgent: s.userAgent, ip: s.ip, current: s.id === currentId }));
}

/** Sign out one of the user's own sessions; another user's session is as unknown as a missing one (404). */
export async function endOwnSession(db: Db, userId: string, sessionId: string): Promise<void> {
  const ended = await db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId))).returning({ id: sessions.id });
  if (ended.length === 0) throw notFound('No such session');
}
