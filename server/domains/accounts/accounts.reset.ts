import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { audit } from '../../platform/audit';
import { hashToken, newToken } from '../../platform/auth';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { badRequest, notFound } from '../../platform/errors';
import type { Mailer } from '../../platform/mail';
import { resetMail } from './accounts.mail';
import { assertStrongPassword, hashPassword, verifyPassword } from './accounts.passwords';
import { atLeastFloor, throttleRequest } from './accounts.requests';
import { passwordResets, users } from './accounts.schema';
import { endAllSessions } from './accounts.sessions';
import * as rules from './accounts.rules';
import { clearHits } from './accounts.throttle';

/** Mail a one-hour reset link to an existing, enabled account; nothing otherwise, in the same time and with the same answer. */
export async function requestPasswordReset(db: Db, mail: Mailer, config: Config, email: string, ip: string, now = new Date()): Promise<void> {
  const started = Date.now();
  await throttleRequest(db, config.auth, email, ip, now);
  await atLeastFloor(started, config.auth.requestFloorMs, async () => {
    const token = newToken();
    // The same argon2 work as a sign-up in both branches, so neither answers measurably faster.
    await hashPassword(randomBytes(16).toString('hex'));
    const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
    if (!user || user.disabledAt) return;
    await db.transaction(async (tx) => {
      await tx.insert(passwordResets).values({ tokenHash: hashToken(token), userId: user.id, expiresAt: rules.resetExpiry(now) });
      await audit(tx, { actorId: user.id, action: 'user.password_reset_requested', entityType: 'user', entityId: user.id });
      const link = `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await mail.send(tx, resetMail(user.email, user.name, user.locale === 'en' ? 'en' : 'tr', link));
    });
  });
}

const TOKEN_MESSAGES = {
  unknown: 'This reset link is not valid',
  used: 'This reset link was used already',
  expired: 'This reset link has expired',
} as const;

/** Set a new password from a reset token; the token and every session of the user stop working. */
export async function confirmPasswordReset(db: Db, token: string, password: string, now = new Date()): Promise<void> {
  const [found] = await db.select({ reset: passwordResets, user: users }).from(passwordResets).innerJoin(users, eq(users.id, passwordResets.userId)).where(eq(passwordResets.tokenHash, hashToken(token)));
  const badToken = (state: keyof typeof TOKEN_MESSAGES) => badRequest(TOKEN_MESSAGES[state], [{ path: 'token', message: TOKEN_MESSAGES[state] }]);
  const early = rules.resetTokenState(found?.reset, now);
  if (early !== 'ok' || !found) throw badToken(early === 'ok' ? 'unknown' : early);
  assertStrongPassword(password, [found.user.name, found.user.email]);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(passwordResets).where(eq(passwordResets.tokenHash, hashToken(token))).for('update');
    const state = rules.resetTokenState(row, now);
    if (state !== 'ok' || !row) throw badToken(state === 'ok' ? 'unknown' : state);
    // Every outstanding link of this user dies with the one used: a reset is one event.
    await tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, row.userId), isNull(passwordResets.usedAt)));
    await tx.update(users).set({ passwordHash }).where(eq(users.id, row.userId));
    await endAllSessions(tx, row.userId);
    // A fresh password is a fresh start: earlier failures for this account no longer count.
    await clearHits(tx, [rules.emailAttemptKey(found.user.email)]);
    await audit(tx, { actorId: row.userId, action: 'user.password_reset', entityType: 'user', entityId: row.userId });
  });
}

const WRONG_CURRENT = 'The current password is not right';

/** The signed-in user changes their password: their other sessions end, the one they did it from stays. */
export async function changePassword(db: Db, userId: string, sessionId: string | null, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound('No such user');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw badRequest(WRONG_CURRENT, [{ path: 'currentPassword', message: WRONG_CURRENT, code: 'password_wrong' }]);
  assertStrongPassword(input.newPassword, [user.name, user.email], 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    const ended = await endAllSessions(tx, userId, sessionId ?? undefined);
    await audit(tx, { actorId: userId, action: 'user.password_changed', entityType: 'user', entityId: userId, after: { sessionsEnded: ended } });
  });
}
