import { and, eq, inArray } from 'drizzle-orm';
import { MAIL_GROUPS, type MailGroup, type MailPreferences } from '../../../shared/notifications';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { mailOptOuts } from './accounts.schema';

/** The user's mail choices: every group on unless they turned it off. */
export async function mailPreferencesOf(db: Db, userId: string): Promise<MailPreferences> {
  const off = await db.select({ group: mailOptOuts.mailGroup }).from(mailOptOuts).where(eq(mailOptOuts.userId, userId));
  const muted = new Set(off.map((o) => o.group));
  return Object.fromEntries(MAIL_GROUPS.map((g) => [g, !muted.has(g)])) as MailPreferences;
}

/** Replace the user's mail choices (their own only: the route passes the signed-in user's id). */
export async function setMailPreferences(db: Db, userId: string, prefs: MailPreferences): Promise<MailPreferences> {
  const muted = MAIL_GROUPS.filter((g) => !prefs[g]);
  await db.transaction(async (tx) => {
    const before = await tx.delete(mailOptOuts).where(eq(mailOptOuts.userId, userId)).returning({ group: mailOptOuts.mailGroup });
    if (muted.length) await tx.insert(mailOptOuts).values(muted.map((mailGroup) => ({ userId, mailGroup })));
    await audit(tx, { actorId: userId, action: 'user.mail_preferences_changed', entityType: 'user', entityId: userId, before: { muted: before.map((b) => b.group).sort() }, after: { muted } });
  });
  return mailPreferencesOf(db, userId);
}

/** Of these users, those who turned this group of mail off. */
export async function mailMuted(db: Db, userIds: readonly string[], group: MailGroup): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows = await db.select({ userId: mailOptOuts.userId }).from(mailOptOuts).where(and(inArray(mailOptOuts.userId, [...userIds]), eq(mailOptOuts.mailGroup, group)));
  return new Set(rows.map((r) => r.userId));
}
