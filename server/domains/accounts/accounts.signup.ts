import { eq, sql } from 'drizzle-orm';
import { NOTICE_VERSION, type SessionUser } from '../../../shared/accounts';
import { audit } from '../../platform/audit';
import { hashToken, newToken } from '../../platform/auth';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { badRequest, conflict } from '../../platform/errors';
import type { Mailer } from '../../platform/mail';
import { signupMail, signupTakenMail } from './accounts.authmail';
import { assertStrongPassword, hashPassword } from './accounts.passwords';
import { atLeastFloor, throttleRequest } from './accounts.requests';
import { signupRequests, users } from './accounts.schema';
import { isUniqueViolation, loadSessionUser } from './accounts.service';
import * as rules from './accounts.rules';

export interface SignUpInput {
  email: string;
  name: string;
  password: string;
  locale: 'tr' | 'en';
}

/**
 * Ask for an account: the same answer, in the same time, whether or not the email has one. A new
 * email gets a link that creates the account; a taken one gets a note to its owner (with a reset link),
 * and no account. The consent time is kept with the request and becomes the account's.
 */
export async function requestSignUp(db: Db, mail: Mailer, config: Config, input: SignUpInput, ip: string, now = new Date()): Promise<void> {
  const started = Date.now();
  assertStrongPassword(input.password, [input.name, input.email]);
  await throttleRequest(db, config.auth, input.email, ip, now);
  await atLeastFloor(started, config.auth.requestFloorMs, async () => {
    // Hashed in both branches: the argon2 work is most of the time either takes.
    const passwordHash = await hashPassword(input.password);
    const [owner] = await db.select().from(users).where(eq(sql`lower(${users.email})`, input.email)).limit(1);
    if (owner) {
      const locale = owner.locale === 'en' ? 'en' : 'tr';
      await mail.send(db, signupTakenMail(owner.email, owner.name, locale, `${config.publicUrl}/forgot-password`));
      return;
    }
    const token = newToken();
    await db.transaction(async (tx) => {
      await tx.insert(signupRequests).values({ tokenHash: hashToken(token), ...input, passwordHash, consentAt: now, expiresAt: new Date(now.getTime() + rules.SIGNUP_TOKEN_TTL_MS) });
      await mail.send(tx, signupMail(input.email, input.name, input.locale, `${config.publicUrl}/signup/confirm?token=${encodeURIComponent(token)}`));
    });
  });
}

const BAD_LINK = 'This sign-up link is not valid or has expired';

/** Open a sign-up link: the account is made (with the consent given at sign-up) and the caller may start its session; 409 when the email got an account meanwhile. */
export async function confirmSignUp(db: Db, token: string, now = new Date()): Promise<SessionUser> {
  try {
    const id = await db.transaction(async (tx) => {
      const [request] = await tx.delete(signupRequests).where(eq(signupRequests.tokenHash, hashToken(token))).returning();
      if (!request || request.expiresAt.getTime() <= now.getTime()) throw badRequest(BAD_LINK, [{ path: 'token', message: BAD_LINK }]);
      const { email, name, passwordHash, consentAt } = request;
      const locale = request.locale === 'en' ? 'en' : 'tr';
      const [row] = await tx.insert(users).values({ email, name, locale, passwordHash, consentAt, consentVersion: NOTICE_VERSION }).returning({ id: users.id });
      if (!row) throw new Error('insert returned no row');
      // Other pending links for this address are left to fail with 409 or expire: deleting them here
      // would lock rows a concurrent confirmation holds and deadlock with it on PostgreSQL.
      await audit(tx, { actorId: row.id, action: 'user.signed_up', entityType: 'user', entityId: row.id, after: { email, name, locale, role: 'public', consentAt: consentAt.toISOString(), consentVersion: NOTICE_VERSION } });
      return row.id;
    });
    return await loadSessionUser(db, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('email_taken', 'An account with this email exists already');
    throw err;
  }
}
