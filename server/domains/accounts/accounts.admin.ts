import { and, desc, eq, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { AdminUser, AuditEntryView, OfficerStatus, Role } from '../../../shared/accounts';
import { audit } from '../../platform/audit';
import { auditLog } from '../../platform/audit.schema';
import type { Db } from '../../platform/db';
import { notFound, refused } from '../../platform/errors';
import { outbox } from '../../platform/mail.schema';
import { officerLinks, users } from './accounts.schema';
import { endAllSessions } from './accounts.sessions';
import { containsPattern, disableRefusal, roleChangeRefusal } from './accounts.rules';

interface Page {
  limit: number;
  offset: number;
}

async function selectUsers(db: Db, where: SQL | undefined, page: Page): Promise<AdminUser[]> {
  const rows = await db
    .select({ user: users, link: officerLinks })
    .from(users)
    .leftJoin(officerLinks, eq(officerLinks.userId, users.id))
    .where(where)
    .orderBy(users.email)
    .limit(page.limit)
    .offset(page.offset);
  return rows.map(({ user, link }) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    locale: user.locale === 'en' ? 'en' : 'tr',
    country: user.country,
    createdAt: user.createdAt.toISOString(),
    disabled: user.disabledAt !== null,
    officerRequest: link ? { authorityCode: link.authorityCode, status: link.status as OfficerStatus } : null,
  }));
}

/** Users matching a name/email fragment and a role, ordered by email. */
export async function listUsers(
  db: Db,
  q: Page & { q?: string | undefined; role?: Role | undefined },
): Promise<{ items: AdminUser[]; total: number }> {
  const text = q.q ? containsPattern(q.q) : null;
  const where = and(
    text ? or(ilike(users.email, text), ilike(users.name, text)) : undefined,
    q.role ? eq(users.role, q.role) : undefined,
  );
  const [items, total] = await Promise.all([selectUsers(db, where, q), db.$count(users, where)]);
  return { items, total };
}

/** An admin gives a user another role; refused when an admin would demote themself. */
export async function changeRole(db: Db, actorId: string, userId: string, role: Role): Promise<AdminUser> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw notFound('No such user');
    const refusal = roleChangeRefusal(actorId, userId, user.role as Role, role);
    if (refusal) throw refused(refusal);
    if (user.role === role) return;
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    // A changed role starts from a fresh sign-in: no session carries the old one's trust (issue 15, item 11).
    await endAllSessions(tx, userId);
    await audit(tx, { actorId, action: 'user.role_changed', entityType: 'user', entityId: userId, before: { role: user.role }, after: { role } });
  });
  const [item] = await selectUsers(db, eq(users.id, userId), { limit: 1, offset: 0 });
  if (!item) throw notFound('No such user');
  return item;
}

/** One user as the admin list shows them; 404 when there is none. */
export async function adminUserById(db: Db, userId: string): Promise<AdminUser> {
  const [item] = await selectUsers(db, eq(users.id, userId), { limit: 1, offset: 0 });
  if (!item) throw notFound('No such user');
  return item;
}

/**
 * An admin disables an account (it can no longer sign in, its sessions end at once, it gets no mail and
 * is listed nowhere as an officer) or enables it again. Admins cannot disable themselves.
 */
export async function setDisabled(db: Db, actorId: string, userId: string, disabled: boolean, now = new Date()): Promise<AdminUser> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw notFound('No such user');
    if (disabled) {
      const refusal = disableRefusal(actorId, userId);
      if (refusal) throw refused(refusal);
    }
    if ((user.disabledAt !== null) === disabled) return;
    await tx.update(users).set({ disabledAt: disabled ? now : null }).where(eq(users.id, userId));
    // A disabled account's sessions end at once, in the same transaction.
    if (disabled) await endAllSessions(tx, userId);
    await audit(tx, { actorId, action: disabled ? 'user.disabled' : 'user.enabled', entityType: 'user', entityId: userId, before: { disabled: !disabled }, after: { disabled } });
  });
  return adminUserById(db, userId);
}

/** An admin records the country an assessor is tied to (or clears it); audited like every profile change. */
export async function changeCountry(db: Db, actorId: string, userId: string, country: string | null): Promise<AdminUser> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ country: users.country }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw notFound('No such user');
    if (user.country === country) return;
    await tx.update(users).set({ country }).where(eq(users.id, userId));
    await audit(tx, { actorId, action: 'user.country_changed', entityType: 'user', entityId: userId, before: { country: user.country }, after: { country } });
  });
  const [changed] = await selectUsers(db, eq(users.id, userId), { limit: 1, offset: 0 });
  return changed!;
}

/** The mails the platform produced, newest first. */
export async function listOutbox(db: Db, page: Page) {
  const [rows, total] = await Promise.all([
    db.select().from(outbox).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(page.limit).offset(page.offset),
    db.$count(outbox),
  ]);
  const items = rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  }));
  return { items, total };
}

/** Audit entries, optionally for one entity type or entity, newest first, with the actor's name. */
export async function listAudit(
  db: Db,
  q: Page & { entityType?: string | undefined; entityId?: string | undefined },
): Promise<{ items: AuditEntryView[]; total: number }> {
  const where = and(
    q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
  );
  const [rows, total] = await Promise.all([
    db
      .select({ entry: auditLog, actorName: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(q.limit)
      .offset(q.offset),
    db.$count(auditLog, where),
  ]);
  const items = rows.map(({ entry, actorName }) => ({ ...entry, at: entry.at.toISOString(), actorName }));
  return { items, total };
}

/** Mails whose delivery failed (the error is recorded on the row), newest first, and how many there are. */
export async function failedMails(db: Db, limit: number): Promise<{ items: { id: string; to: string; subject: string; createdAt: Date; error: string }[]; total: number }> {
  const where = and(isNotNull(outbox.error), isNull(outbox.sentAt));
  const [rows, total] = await Promise.all([
    db.select({ id: outbox.id, to: outbox.to, subject: outbox.subject, createdAt: outbox.createdAt, error: outbox.error }).from(outbox).where(where).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(limit),
    db.$count(outbox, where),
  ]);
  return { items: rows.map((r) => ({ ...r, error: r.error ?? '' })), total };
}
