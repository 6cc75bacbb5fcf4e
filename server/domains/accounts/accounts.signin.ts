import { and, eq, isNull, sql } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import { audit } from '../../platform/audit';
import { hashToken, newToken } from '../../platform/auth';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { badRequest } from '../../platform/errors';
import type { Mailer } from '../../platform/mail';
import { signinLinkMail } from './accounts.authmail';
import { verifyPassword } from './accounts.passwords';
import { signinLinks, users } from './accounts.schema';
import { loadSessionUser } from './accounts.service';
import * as rules from './accounts.rules';
import { clearHits, hitsSince, hitTimes, recordHits } from './accounts.throttle';

export type SignInResult =
  | { kind: 'ok'; user: SessionUser }
  | { kind: 'wrong' }
  | { kind: 'limited'; retryAfterSeconds: number }
  /** Right password, but the account drew many failures: a one-time link went to its email. */
  | { kind: 'link' };

/**
 * Check a sign-in. No lockout a stranger could cause: the address that keeps failing for an account
 * waits longer and longer (429), other addresses are not slowed; once the account drew many failures
 * from all addresses, a right password alone no longer signs in but mails a one-time link.
 */
export async function signIn(db: Db, mail: Mailer, config: Config, email: string, password: string, ip: string, now = new Date()): Promise<SignInResult> {
  const limits = config.auth;
  const keys = rules.signInKeys(email, ip);
  const since = new Date(now.getTime() - rules.SIGN_IN_WINDOW_MS);
  const [pair, address] = await Promise.all([hitTimes(db, keys.pair, since), hitTimes(db, keys.address, since)]);
  const waits = [rules.pairDecision(pair, limits.signInPairFailures, now), rules.keyDecision(address, limits.signInAddressFailures, now)].flatMap((d) => (d.allowed ? [] : [d.retryAfterSeconds]));
  // Refused before the password is checked, so a right guess while waiting reveals nothing.
  if (waits.length) return { kind: 'limited', retryAfterSeconds: Math.max(...waits) };

  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabledAt) {
    await recordHits(db, [keys.pair, keys.account, keys.address], now, since);
    return { kind: 'wrong' };
  }
  if (rules.needsMailedLink(await hitsSince(db, keys.account, since), limits.signInAccountFailures)) {
    await mailSignInLink(db, mail, config, user, ip, now);
    return { kind: 'link' };
  }
  await signedIn(db, user.id, email, ip, 'password');
  return { kind: 'ok', user: await loadSessionUser(db, user.id) };
}

/** A success clears the failures of the account and of this address for it, and is audited. */
async function signedIn(db: Db, userId: string, email: string, ip: string, by: 'password' | 'mailed_link'): Promise<void> {
  const keys = rules.signInKeys(email, ip);
  await db.transaction(async (tx) => {
    await clearHits(tx, [keys.pair, keys.account]);
    await audit(tx, { actorId: userId, action: 'user.signed_in', entityType: 'user', entityId: userId, after: { ip, by } });
  });
}

async function mailSignInLink(db: Db, mail: Mailer, config: Config, user: typeof users.$inferSelect, ip: string, now: Date): Promise<void> {
  // The owner's mailbox is not flooded either: past the hourly mail limit the answer is the same, no new mail.
  const mailKey = rules.requestKeys(user.email, ip).mail;
  const since = new Date(now.getTime() - rules.REQUEST_WINDOW_MS);
  if ((await hitsSince(db, mailKey, since)) >= config.auth.mailsPerEmailHour) return;
  const token = newToken();
  await db.transaction(async (tx) => {
    await recordHits(tx, [mailKey], now, since);
    await tx.insert(signinLinks).values({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(now.getTime() + rules.SIGNIN_LINK_TTL_MS) });
    const link = `${config.publicUrl}/signin/link?token=${encodeURIComponent(token)}`;
    await mail.send(tx, signinLinkMail(user.email, user.name, user.locale === 'en' ? 'en' : 'tr', link));
  });
}

const BAD_LINK = 'This sign-in link is not valid, was used or has expired';

/** Finish a sign-in with the mailed one-time link (single use, 15 minutes). */
export async function signInWithLink(db: Db, token: string, ip: string, now = new Date()): Promise<SessionUser> {
  const [link] = await db.update(signinLinks).set({ usedAt: now }).where(and(eq(signinLinks.tokenHash, hashToken(token)), isNull(signinLinks.usedAt))).returning();
  const [user] = link ? await db.select().from(users).where(eq(users.id, link.userId)) : [];
  if (!link || !user || user.disabledAt || link.expiresAt.getTime() <= now.getTime()) throw badRequest(BAD_LINK, [{ path: 'token', message: BAD_LINK }]);
  await signedIn(db, user.id, user.email, ip, 'mailed_link');
  return loadSessionUser(db, user.id);
}
