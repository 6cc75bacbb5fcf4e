import { and, eq, gt } from 'drizzle-orm';
import type { SessionStore } from '../../platform/auth';
import type { Db } from '../../platform/db';
import { officerLinks, sessions, users } from './accounts.schema';
import { toSessionUser } from './accounts.service';

/** The session store platform/auth asks: sessions live beside the users they belong to. */
export function sessionStore(db: Db): SessionStore {
  return {
    async create(session) {
      await db.insert(sessions).values(session);
    },
    async find(tokenHash, now) {
      const [row] = await db
        .select({ user: users, csrf: sessions.csrfToken, link: officerLinks })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .leftJoin(officerLinks, eq(officerLinks.userId, users.id))
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
        .limit(1);
      if (!row || row.user.disabledAt) return null;
      return { user: toSessionUser(row.user, row.link), csrf: row.csrf };
    },
    async delete(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
  };
}
