import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { OfficerRequest, OfficerStatus, Role } from '../../../shared/accounts';
import type { MailGroup } from '../../../shared/notifications';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { conflict, notFound } from '../../platform/errors';
import type { Mailer } from '../../platform/mail';
import { mailOptOuts, officerLinks, users } from './accounts.schema';
import { officerDecisionMail } from './accounts.mail';
import { isUniqueViolation } from './accounts.service';
import { canDecideOfficerRequest, canFileOfficerRequest, roleAfterApproval } from './accounts.rules';

/** The part of the directory this domain needs: an authority's name from its code. */
export interface AuthorityNames {
  get(code: string): { name: string } | undefined;
}

const columns = {
  link: officerLinks,
  userName: users.name,
  userEmail: users.email,
};

async function selectRequests(db: Db, names: AuthorityNames, where: SQL | undefined, limit: number, offset: number): Promise<OfficerRequest[]> {
  const rows = await db
    .select(columns)
    .from(officerLinks)
    .innerJoin(users, eq(users.id, officerLinks.userId))
    .where(where)
    .orderBy(desc(officerLinks.createdAt), desc(officerLinks.id))
    .limit(limit)
    .offset(offset);
  return rows.map(({ link, userName, userEmail }) => ({
    id: link.id,
    userId: link.userId,
    userName,
    userEmail,
    authorityCode: link.authorityCode,
    authorityName: names.get(link.authorityCode)?.name ?? null,
    position: link.position,
    status: link.status as OfficerStatus,
    createdAt: link.createdAt.toISOString(),
    decidedAt: link.decidedAt?.toISOString() ?? null,
  }));
}

async function requestById(db: Db, names: AuthorityNames, id: string): Promise<OfficerRequest> {
  const [item] = await selectRequests(db, names, eq(officerLinks.id, id), 1, 0);
  if (!item) throw notFound('No such officer request');
  return item;
}

/** A user asks to act for an authority; one open or approved request per user, a rejected one may be replaced. */
export async function fileOfficerRequest(
  db: Db,
  names: AuthorityNames,
  userId: string,
  input: { authorityCode: string; position?: string | undefined },
): Promise<OfficerRequest> {
  const { authorityCode } = input;
  if (!names.get(authorityCode)) throw notFound(`No authority with code ${authorityCode}`);
  const values = { authorityCode, position: input.position || null, status: 'pending', decidedBy: null, decidedAt: null, createdAt: new Date() };
  try {
    const id = await db.transaction(async (tx) => {
      const [existing] = await tx.select().from(officerLinks).where(eq(officerLinks.userId, userId)).for('update');
      if (existing && !canFileOfficerRequest(existing.status as OfficerStatus)) {
        throw existing.status === 'approved' ? conflict('officer_already_linked', 'You already act for an authority') : conflict('officer_request_pending', 'You already have a pending request');
      }
      // One row per user (unique index): a rejected request is reused rather than piled up.
      const [row] = existing
        ? await tx.update(officerLinks).set(values).where(eq(officerLinks.id, existing.id)).returning({ id: officerLinks.id })
        : await tx.insert(officerLinks).values({ userId, ...values }).returning({ id: officerLinks.id });
      if (!row) throw new Error('officer link write returned no row');
      const before = existing ? { authorityCode: existing.authorityCode, status: existing.status } : null;
      await audit(tx, { actorId: userId, action: 'officer_request.filed', entityType: 'officer_request', entityId: row.id, before, after: { authorityCode, position: values.position, status: 'pending' } });
      return row.id;
    });
    return await requestById(db, names, id);
  } catch (err) {
    // Two first requests racing: the unique index on user_id lets one through.
    if (isUniqueViolation(err)) throw conflict('officer_request_pending', 'You already have a pending request');
    throw err;
  }
}

/** The admin queue of officer requests, newest first. */
export async function listOfficerRequests(
  db: Db,
  names: AuthorityNames,
  q: { status?: OfficerStatus | undefined; limit: number; offset: number },
): Promise<{ items: OfficerRequest[]; total: number }> {
  const where = q.status ? eq(officerLinks.status, q.status) : undefined;
  const [items, total] = await Promise.all([selectRequests(db, names, where, q.limit, q.offset), db.$count(officerLinks, where)]);
  return { items, total };
}

/** An admin approves or rejects a pending request; approval makes a public user an officer. */
export async function decideOfficerRequest(
  db: Db,
  mail: Mailer,
  names: AuthorityNames,
  adminId: string,
  id: string,
  decision: 'approved' | 'rejected',
): Promise<OfficerRequest> {
  await db.transaction(async (tx) => {
    const [link] = await tx.select().from(officerLinks).where(eq(officerLinks.id, id)).for('update');
    if (!link) throw notFound('No such officer request');
    if (!canDecideOfficerRequest(link.status as OfficerStatus)) throw conflict('officer_request_decided', `This request was already ${link.status}`);
    await tx.update(officerLinks).set({ status: decision, decidedBy: adminId, decidedAt: new Date() }).where(eq(officerLinks.id, id));
    await audit(tx, { actorId: adminId, action: `officer_request.${decision}`, entityType: 'officer_request', entityId: id, before: { status: link.status }, after: { status: decision, authorityCode: link.authorityCode, userId: link.userId } });
    if (decision === 'approved') await promote(tx, adminId, link.userId);
  });
  const item = await requestById(db, names, id);
  const [user] = await db.select({ locale: users.locale, disabledAt: users.disabledAt }).from(users).where(eq(users.id, item.userId));
  // A disabled account receives no mail.
  if (user?.disabledAt) return item;
  const locale = user?.locale === 'en' ? 'en' : 'tr';
  await mail.send(db, officerDecisionMail(item.userEmail, item.userName, locale, item.authorityName ?? item.authorityCode, decision === 'approved'));
  return item;
}

async function promote(tx: Db, adminId: string, userId: string): Promise<void> {
  const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for('update');
  if (!user) throw notFound('No such user');
  const next = roleAfterApproval(user.role as Role);
  if (next === user.role) return;
  await tx.update(users).set({ role: next }).where(eq(users.id, userId));
  await audit(tx, { actorId: adminId, action: 'user.role_changed', entityType: 'user', entityId: userId, before: { role: user.role }, after: { role: next } });
}

export interface AuthorityOfficer {
  id: string;
  name: string;
  email: string;
  locale: 'tr' | 'en';
  position: string | null;
}

/** Approved officers of the authority whose role is still officer and whose account is not disabled. */
const actingOfficerOf = (code: string) => and(eq(officerLinks.authorityCode, code), eq(officerLinks.status, 'approved'), eq(users.role, 'officer'), isNull(users.disabledAt));

const officerColumns = { id: users.id, name: users.name, email: users.email, locale: users.locale, position: officerLinks.position };
const withLocale = <R extends { locale: string }>({ locale, ...r }: R) => ({ ...r, locale: locale === 'en' ? ('en' as const) : ('tr' as const) });

/**
 * The approved officers of an authority: who reads its conversations and gets its notifications. Only
 * users whose role is still officer: a link outlives a demotion, the right to act for the authority not.
 */
export async function authorityOfficers(db: Db, code: string): Promise<AuthorityOfficer[]> {
  const rows = await db.select(officerColumns).from(officerLinks).innerJoin(users, eq(users.id, officerLinks.userId)).where(actingOfficerOf(code)).orderBy(users.name);
  return rows.map(withLocale);
}

/** An officer a notice goes to, and whether they turned that group of mail off. */
export interface OfficerRecipient extends AuthorityOfficer {
  muted: boolean;
}

/**
 * authorityOfficers with each one's choice for this group of mail, in one query: a notice is written
 * inside the change's transaction, and every round trip there holds a pooled connection longer.
 */
export async function officerRecipients(db: Db, code: string, group: MailGroup): Promise<OfficerRecipient[]> {
  const rows = await officerRecipientsQuery(db, code, group);
  return rows.map(withLocale);
}

/**
 * officerRecipients' query, not run, for a change written as one statement (a part of its WITH that
 * the notices and mails select from): its columns are id, name, email, locale (as stored: read 'en' as
 * English, anything else as Turkish), position and muted.
 */
export function officerRecipientsQuery(db: Db, code: string, group: MailGroup) {
  const muted = sql<boolean>`exists (select 1 from ${mailOptOuts} where ${mailOptOuts.userId} = ${users.id} and ${mailOptOuts.mailGroup} = ${group})`.as('muted');
  return db.select({ ...officerColumns, muted }).from(officerLinks).innerJoin(users, eq(users.id, officerLinks.userId)).where(actingOfficerOf(code)).orderBy(users.name);
}

/** The ids of an authority's officers (as authorityOfficers), as a subquery for a statement that acts on them. */
export function officerIdsOf(db: Db, code: string) {
  return db.select({ id: users.id }).from(officerLinks).innerJoin(users, eq(users.id, officerLinks.userId)).where(actingOfficerOf(code));
}
