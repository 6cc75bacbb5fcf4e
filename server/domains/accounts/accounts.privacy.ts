import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { PersonalData } from '../../../shared/privacy';
import * as schema from '../../db/schema';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { badRequest, conflict, notFound } from '../../platform/errors';
import { outbox } from '../../platform/mail.schema';
import { forgetNotifications } from '../matching/matching.notify';
import { mailOptOuts, officerLinks, passwordResets, sessions, signinLinks, signupRequests, users } from './accounts.schema';
import { verifyPassword } from './accounts.passwords';

/** A column that names a user: who created, decided, wrote, assessed or acted. */
const USER_COLUMN = /^(user_id|actor_id|author_id|assessor_id)$|_by$/;
/** Columns that are the platform's locks, not the user's data. */
const SECRET_COLUMN = /hash|token|csrf|secret|password/;

export interface UserReference {
  table: string;
  column: string;
  /** The table's other columns that the export may show. */
  shown: string[];
}

/**
 * Every uuid column of every table that names a user, read from the drizzle tables themselves so a new
 * table is covered without anyone remembering to list it here.
 */
export function userReferences(): UserReference[] {
  const refs: UserReference[] = [];
  for (const value of Object.values(schema)) {
    if (!(value instanceof PgTable)) continue;
    const config = getTableConfig(value);
    const shown = config.columns.map((c) => c.name).filter((n) => !SECRET_COLUMN.test(n));
    for (const c of config.columns) {
      if (c.columnType === 'PgUUID' && USER_COLUMN.test(c.name)) refs.push({ table: config.name, column: c.name, shown });
    }
  }
  return refs.sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
}

/** JSON-safe copy of database rows (dates as ISO strings, big numbers as numbers). */
function plain(rows: unknown[]): Record<string, unknown>[] {
  return JSON.parse(JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))) as Record<string, unknown>[];
}

/** Everything the platform holds about one user (GDPR Art. 15 and 20, KVKK Art. 11). */
export async function exportPersonalData(db: Db, userId: string, now = new Date()): Promise<PersonalData> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound('No such user');
  const records: PersonalData['records'] = {};
  for (const ref of userReferences()) {
    const columns = sql.join(ref.shown.map((c) => sql.identifier(c)), sql`, `);
    // Both drivers answer execute() with { rows }; the shared base type cannot say so.
    const res = (await db.execute(
      sql`SELECT ${columns} FROM ${sql.identifier(ref.table)} WHERE ${sql.identifier(ref.column)} = ${userId}`,
    )) as unknown as { rows: unknown[] };
    if (res.rows.length > 0) records[`${ref.table}.${ref.column}`] = plain(res.rows);
  }
  const mails = await db
    .select({ subject: outbox.subject, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
    .from(outbox)
    .where(sql`lower(${outbox.to}) = lower(${user.email})`);
  return {
    format: 'twinbridge-personal-data/1',
    exportedAt: now.toISOString(),
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      country: user.country,
      createdAt: user.createdAt.toISOString(),
      consentAt: user.consentAt?.toISOString() ?? null,
      consentVersion: user.consentVersion,
    },
    records,
    mails: mails.map((m) => ({ subject: m.subject, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null })),
  };
}

/** The name a closed account is shown under: no one can tell who it was, pages can still tell them apart. */
export function pseudonymOf(userId: string): string {
  return `#${userId.slice(0, 8)}`;
}

/**
 * Close one's own account (GDPR Art. 17, KVKK Art. 7). What the grant audit trail must keep (who
 * submitted, assessed, decided or paid, and when: PRAG and the financial regulation ask for the
 * records to stay) keeps pointing at the same id, now a pseudonym; everything that identifies the
 * person goes: name, address, password, sessions, the officer link, mail settings and mails,
 * notifications, and the personal fields of the account's own audit entries.
 */
export async function deleteAccount(db: Db, userId: string, password: string, now = new Date()): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.deletedAt) throw notFound('No such user');
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw badRequest('Wrong password', [{ path: 'password', message: 'Wrong password', code: 'wrong_password' }]);
  }
  await db.transaction(async (tx) => {
    if (user.role === 'admin') {
      const others = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'admin'), ne(users.id, userId), isNull(users.disabledAt)))
        .limit(1);
      if (others.length === 0) throw conflict('last_admin', 'The last administrator cannot close their account');
    }
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(passwordResets).where(eq(passwordResets.userId, userId));
    await tx.delete(signinLinks).where(eq(signinLinks.userId, userId));
    await tx.delete(signupRequests).where(sql`lower(${signupRequests.email}) = lower(${user.email})`);
    await tx.delete(officerLinks).where(eq(officerLinks.userId, userId));
    await tx.delete(mailOptOuts).where(eq(mailOptOuts.userId, userId));
    await forgetNotifications(tx, userId);
    await tx.delete(outbox).where(sql`lower(${outbox.to}) = lower(${user.email})`);
    // Only objects lose keys: a scalar or null record stays as it is.
    await tx.execute(sql`UPDATE audit_log SET
      before = CASE WHEN jsonb_typeof(before) = 'object' THEN before - 'email' - 'name' - 'ip' ELSE before END,
      after = CASE WHEN jsonb_typeof(after) = 'object' THEN after - 'email' - 'name' - 'ip' ELSE after END
      WHERE entity_type = 'user' AND entity_id = ${userId}`);
    await tx
      .update(users)
      .set({
        email: `deleted+${userId}@deleted.invalid`,
        name: pseudonymOf(userId),
        passwordHash: '!',
        role: 'public',
        country: null,
        disabledAt: now,
        deletedAt: now,
      })
      .where(eq(users.id, userId));
    await audit(tx, { actorId: userId, action: 'user.deleted', entityType: 'user', entityId: userId, after: { pseudonym: pseudonymOf(userId) } });
  });
}
