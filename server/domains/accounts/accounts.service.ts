import { eq } from 'drizzle-orm';
import { NOTICE_VERSION, type OfficerStatus, type Role, type SessionUser } from '../../../shared/accounts';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import * as rules from './accounts.rules';
import { officerLinks, users } from './accounts.schema';

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
