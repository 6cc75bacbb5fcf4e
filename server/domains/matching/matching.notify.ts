import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { columnNames } from '../../platform/sqlNames';
import { mailGroupOf, type NotificationKind } from '../../../shared/notifications';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { outboxInsertFrom, type Mail, type Mailer } from '../../platform/mail';
import { mailMuted } from '../accounts/accounts.mailprefs';
import { officerIdsOf, officerRecipients, officerRecipientsQuery } from '../accounts/accounts.officers';
import { userContacts } from '../accounts/accounts.users';
import { noticeMail } from './matching.mails';
import { notifications } from './matching.schema';

export type { NotificationKind } from '../../../shared/notifications';

/** What a notice is about and what its mail quotes, beyond the payload the bell shows. */
export interface NoticeDetails {
  /** 'twinning:<id>', 'eoi:<id>', 'conversation:<id>', 'application:<id>': acting on it settles the notice. */
  subject?: string;
  /** The message or approach text, quoted (shortened) in the mail. */
  message?: string;
  /** The recipient authority's name, said in the mail as the reason it is sent. */
  authorityName?: string;
}

/**
 * Tell every officer of an authority, in the app and by email (unless they turned that group of
 * mail off). Call inside the transaction of the change, so a failed change notifies nobody.
 */
export async function notifyAuthority(
  db: Db,
  mail: Mailer,
  publicUrl: string,
  code: string,
  kind: NotificationKind,
  payload: Record<string, string>,
  details: NoticeDetails = {},
): Promise<void> {
  const officers = await officerRecipients(db, code, mailGroupOf(kind));
  if (officers.length === 0) return;
  await db.insert(notifications).values(officers.map((o) => ({ userId: o.id, kind, payload, subject: details.subject ?? null, authorityCode: code })));
  const authorityName = details.authorityName ?? code;
  await mail.sendMany(
    db,
    officers.filter((o) => !o.muted).map((o) => noticeMail({ to: o.email, locale: o.locale, recipientName: o.name, authorityName, kind, payload, message: details.message, publicUrl })),
  );
}

/**
 * notifyOfficers as parts of a change written as one statement (its WITH), in no round trip of their
 * own: the statement selects the officers itself (`r`), gives each a notice (`n`) and mails those who
 * did not turn the kind's group off (`o`, returning a row per mail). Each mail is rendered once per
 * language with a marker for the recipient's name, which the statement replaces; after it ran, call
 * `ctx.mail.queued()` when it mailed someone.
 */
export function noticeParts(db: Db, ctx: AppContext, code: string, kind: NotificationKind, payload: Record<string, string>, details: NoticeDetails = {}) {
  const r = db.$with('r').as(officerRecipientsQuery(db, code, mailGroupOf(kind)));
  const marker = `{{${randomUUID()}}}`;
  const authorityName = details.authorityName ?? ctx.directory.get(code)?.name ?? code;
  const [tr, en] = (['tr', 'en'] as const).map((locale) =>
    noticeMail({ to: '', locale, recipientName: marker, authorityName, kind, payload, message: details.message, publicUrl: ctx.config.publicUrl }),
  ) as [Mail, Mail];
  // As officerRecipients reads a locale: English for 'en', Turkish for anything else.
  const inLocale = (en: string, tr: string) => sql`case when ${r.locale} = 'en' then ${en}::text else ${tr}::text end`;
  const t = notifications;
  const n = db.$with('n', {}).as(
    sql`insert into ${t} (${columnNames(t.userId, t.kind, t.payload, t.subject, t.authorityCode)}) select ${r.id}, ${kind}::text, ${JSON.stringify(payload)}::jsonb, ${details.subject ?? null}::text, ${code}::text from ${r}`,
  );
  const o = db.$with('o', {}).as(outboxInsertFrom(sql`select ${r.email}, ${inLocale(en.subject, tr.subject)}, replace(${inLocale(en.body, tr.body)}, ${marker}::text, ${r.name}) from ${r} where not ${r.muted}`));
  return { parts: [r, n, o], mails: o };
}

/** notifyAuthority with the app's mailer and links, naming the recipient authority from the directory. */
export async function notifyOfficers(db: Db, ctx: AppContext, code: string, kind: NotificationKind, payload: Record<string, string>, details: NoticeDetails = {}): Promise<void> {
  await notifyAuthority(db, ctx.mail, ctx.config.publicUrl, code, kind, payload, { authorityName: ctx.directory.get(code)?.name ?? code, ...details });
}

/**
 * Tell these people themselves (not as officers of an authority: e.g. a consultation's respondents),
 * in the app and by email unless they turned that group off. Call inside the change's transaction.
 */
export async function notifyPeople(db: Db, ctx: AppContext, userIds: readonly string[], kind: NotificationKind, payload: Record<string, string>, details: NoticeDetails = {}): Promise<void> {
  const people = await userContacts(db, userIds);
  if (!people.length) return;
  await db.insert(notifications).values(people.map((p) => ({ userId: p.id, kind, payload, subject: details.subject ?? null })));
  const muted = await mailMuted(db, people.map((p) => p.id), mailGroupOf(kind));
  await ctx.mail.sendMany(
    db,
    people.filter((p) => !muted.has(p.id)).map((p) => noticeMail({ to: p.email, locale: p.locale, recipientName: p.name, kind, payload, message: details.message, publicUrl: ctx.config.publicUrl })),
  );
}

/**
 * An authority acted on a subject (answered the approach, took the twinning step, replied): its
 * officers' unread notices about it are no longer news.
 */
export async function settleForAuthority(db: Db, code: string, subject: string): Promise<void> {
  await settleForAuthorityUpdate(db, code, subject);
}

/** settleForAuthority's update, not run: for a change written as one statement (a part of its WITH). */
export function settleForAuthorityUpdate(db: Db, code: string, subject: string) {
  // One statement: the officers are a subquery, not a read first (it runs inside the change's transaction).
  return db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.subject, subject), inArray(notifications.userId, officerIdsOf(db, code)), isNull(notifications.readAt)));
}

/** Mark these users' unread notices about a subject read (e.g. the reader opened the conversation). */
export async function settle(db: Db, userIds: readonly string[], subject: string): Promise<void> {
  if (!userIds.length) return;
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.subject, subject), inArray(notifications.userId, [...userIds]), isNull(notifications.readAt)));
}

/** Delete every notification of a user (their account is being closed). */
export async function forgetNotifications(db: Db, userId: string): Promise<void> {
  await db.delete(notifications).where(eq(notifications.userId, userId));
}
