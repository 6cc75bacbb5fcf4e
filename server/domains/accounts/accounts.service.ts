import { and, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import { NOTICE_VERSION, type OfficerStatus, type Role, type SessionUser } from '../../../shared/accounts';
import { audit } from '../../platform/audit';
import { hashToken, newToken } from '../../platform/auth';
import type { Db } from '../../platform/db';
import { badRequest, conflict, notFound } from '../../platform/errors';
import type { Mailer } from '../../platform/mail';
import { loginAttempts, officerLinks, passwordResets, sessions, users } from './accounts.schema';
import { resetMail } from './accounts.mail';
import { hashPassword, verifyPassword } from './accounts.passwords';
import * as rules from './accounts.rules';

type UserRow = typeof users.$inferSelect;
type LinkRow = typeof officerLinks.$inferSelect;

/** The SessionUser shape of a user row and their officer link, as /api/auth/me shows it. */
export function toSessionUser(user: UserRow, link: LinkRow | null): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    locale: user.locale === 'en' ? 'en' : 'tr',
    authorityCode: rules.actingAuthority(user.role as Role, link),
    officerRequest: link ? { authorityCode: link.authorityCode, status: link.status as OfficerStatus } : null,
  };
}

/** The signed-in view of one user. */
export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser> {
  const [row] = await db
    .select({ user: users, link: officerLinks })
    .from(users)
    .leftJoin(officerLinks, eq(officerLinks.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw notFound('No such user');
  return toSessionUser(row.user, row.link);
}

/** Whether the user accepted the notices in force (a changed version asks for consent again). */
export async function consentCurrent(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ version: users.consentVersion }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.version === NOTICE_VERSION;
}

/** The user accepts the current terms and privacy notice; the time and version are kept as proof, audited. */
export async function renewConsent(db: Db, userId: string, now = new Date()): Promise<{ consentAt: string; consentVersion: string }> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ consentAt: users.consentAt, consentVersion: users.consentVersion }).from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw notFound('No such user');
    await tx.update(users).set({ consentAt: now, consentVersion: NOTICE_VERSION }).where(eq(users.id, userId));
    await audit(tx, {
      actorId: userId, action: 'user.consent_renewed', entityType: 'user', entityId: userId,
      before: { consentAt: before.consentAt?.toISOString() ?? null, consentVersion: before.consentVersion },
      after: { consentAt: now.toISOString(), consentVersion: NOTICE_VERSION },
    });
  });
  return { consentAt: now.toISOString(), consentVersion: NOTICE_VERSION };
}

/** True when a write hit a unique index (SQLSTATE 23505), however deep the driver wrapped it. */
export function isUniqueViolation(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

async function userByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  return row;
}

/**
 * Create a public account with the consent to the terms and the privacy notice (the schema requires
 * both; the time and the notice version are kept as proof); 409 when the email (any case) is taken.
 */
export async function signUp(
  db: Db,
  input: { email: string; name: string; password: string; locale: 'tr' | 'en'; acceptTerms: true; acceptPrivacy: true },
  now = new Date(),
): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  const { email, name, locale } = input;
  const consent = { consentAt: now, consentVersion: NOTICE_VERSION };
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx.insert(users).values({ email, name, locale, passwordHash, ...consent }).returning({ id: users.id });
      if (!row) throw new Error('insert returned no row');
      await audit(tx, { actorId: row.id, action: 'user.signed_up', entityType: 'user', entityId: row.id, after: { email, name, locale, role: 'public', consentAt: now.toISOString(), consentVersion: NOTICE_VERSION } });
      return row.id;
    });
    return await loadSessionUser(db, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('email_taken', 'An account with this email exists already');
    throw err;
  }
}

async function recentFailures(db: Db, key: string, limit: number, now: Date): Promise<Date[]> {
  const since = new Date(now.getTime() - rules.SIGN_IN_WINDOW_MS);
  const rows = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(limit);
  return rows.map((r) => r.at);
}

async function recordFailure(db: Db, keys: { email: string; ip: string }, now: Date): Promise<void> {
  await db.insert(loginAttempts).values([{ key: keys.email, at: now }, { key: keys.ip, at: now }]);
  // Prune this key pair's expired rows so the table stays as small as the window.
  const since = new Date(now.getTime() - rules.SIGN_IN_WINDOW_MS);
  await db.delete(loginAttempts).where(and(inArray(loginAttempts.key, [keys.email, keys.ip]), lt(loginAttempts.at, since)));
}

export type SignInResult =
  | { kind: 'ok'; user: SessionUser }
  | { kind: 'wrong' }
  | { kind: 'limited'; retryAfterSeconds: number };

/** Check a sign-in against the throttle and the password; records failures, clears them on success. */
export async function signIn(db: Db, email: string, password: string, ip: string, now = new Date()): Promise<SignInResult> {
  const keys = rules.attemptKeys(email, ip);
  const decision = rules.signInDecision(
    {
      email: await recentFailures(db, keys.email, rules.EMAIL_FAILURE_LIMIT, now),
      ip: await recentFailures(db, keys.ip, rules.IP_FAILURE_LIMIT, now),
    },
    now,
  );
  // Refused before the password is checked, so a right guess inside the lockout reveals nothing.
  if (!decision.allowed) return { kind: 'limited', retryAfterSeconds: decision.retryAfterSeconds };
  const user = await userByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabledAt) {
    await recordFailure(db, keys, now);
    return { kind: 'wrong' };
  }
  await db.transaction(async (tx) => {
    await tx.delete(loginAttempts).where(eq(loginAttempts.key, keys.email));
    await audit(tx, { actorId: user.id, action: 'user.signed_in', entityType: 'user', entityId: user.id, after: { ip } });
  });
  return { kind: 'ok', user: await loadSessionUser(db, user.id) };
}

/** Note a sign-out in the audit log (the session row itself goes in platform/auth endSession). */
export async function recordSignOut(db: Db, userId: string): Promise<void> {
  await audit(db, { actorId: userId, action: 'user.signed_out', entityType: 'user', entityId: userId });
}

/** Change the signed-in user's name or language. */
export async function updateMe(db: Db, userId: string, change: { name?: string; locale?: 'tr' | 'en' }): Promise<SessionUser> {
  const set = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return loadSessionUser(db, userId);
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ name: users.name, locale: users.locale }).from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw notFound('No such user');
    await tx.update(users).set(set).where(eq(users.id, userId));
    const old = Object.fromEntries(Object.keys(set).map((k) => [k, before[k as keyof typeof before]]));
    await audit(tx, { actorId: userId, action: 'user.profile_updated', entityType: 'user', entityId: userId, before: old, after: set });
  });
  return loadSessionUser(db, userId);
}

/** Mail a one-hour reset link to an existing, enabled account; silently nothing otherwise. */
export async function requestPasswordReset(db: Db, mail: Mailer, publicUrl: string, email: string, now = new Date()): Promise<void> {
  const user = await userByEmail(db, email);
  if (!user || user.disabledAt) return;
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(passwordResets).values({ tokenHash: hashToken(token), userId: user.id, expiresAt: rules.resetExpiry(now) });
    await audit(tx, { actorId: user.id, action: 'user.password_reset_requested', entityType: 'user', entityId: user.id });
  });
  const link = `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await mail.send(db, resetMail(user.email, user.name, user.locale === 'en' ? 'en' : 'tr', link));
}

const TOKEN_MESSAGES = {
  unknown: 'This reset link is not valid',
  used: 'This reset link was used already',
  expired: 'This reset link has expired',
} as const;

/** Set a new password from a reset token; the token and every session of the user stop working. */
export async function confirmPasswordReset(db: Db, token: string, password: string, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(passwordResets).where(eq(passwordResets.tokenHash, hashToken(token))).for('update');
    const state = rules.resetTokenState(row, now);
    if (state !== 'ok' || !row) {
      const message = TOKEN_MESSAGES[state === 'ok' ? 'unknown' : state];
      throw badRequest(message, [{ path: 'token', message }]);
    }
    // Every outstanding link of this user dies with the one used: a reset is one event.
    await tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, row.userId), isNull(passwordResets.usedAt)));
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.id, row.userId)).returning({ email: users.email });
    await tx.delete(sessions).where(eq(sessions.userId, row.userId));
    // A fresh password is a fresh start: earlier lockouts of this email no longer apply.
    if (user) await tx.delete(loginAttempts).where(eq(loginAttempts.key, rules.emailAttemptKey(user.email)));
    await audit(tx, { actorId: row.userId, action: 'user.password_reset', entityType: 'user', entityId: row.userId });
  });
}
