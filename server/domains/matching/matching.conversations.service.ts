import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import { auditInsert } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { badRequest, forbidden, notFound } from '../../platform/errors';
import { userNames } from '../accounts/accounts.users';
import { canReadConversation, canWriteConversation, seesEveryExchange } from './matching.policy';
import { noticeParts, settle, settleForAuthorityUpdate } from './matching.notify';
import { attachmentProblem, type UploadedFile } from '../../platform/uploads';
import { attachments, conversations, messages, notifications } from './matching.schema';

type Conversation = typeof conversations.$inferSelect;

function toConversation(ctx: AppContext, c: Conversation) {
  return { id: c.id, a: ctx.directory.get(c.aCode)!, b: ctx.directory.get(c.bCode)!, createdAt: c.createdAt.toISOString(), lastMessageAt: c.lastMessageAt.toISOString() };
}

/** A conversation the user may read; others get 404, so its existence is not revealed. */
async function readable(ctx: AppContext, user: SessionUser, id: string): Promise<Conversation> {
  const [c] = await ctx.db.select().from(conversations).where(eq(conversations.id, id));
  if (!c || !canReadConversation(user, c.aCode, c.bCode)) throw notFound('No such conversation');
  keep(ctx, id, c);
  return c;
}

/** Conversations of the user's authority (all, for admins), latest activity first. */
export async function listConversations(ctx: AppContext, user: SessionUser) {
  if (!seesEveryExchange(user) && !user.authorityCode) return { items: [] };
  const code = user.authorityCode ?? '';
  const where = seesEveryExchange(user) ? undefined : or(eq(conversations.aCode, code), eq(conversations.bCode, code));
  const rows = await ctx.db.select().from(conversations).where(where).orderBy(desc(conversations.lastMessageAt)).limit(200);
  return { items: rows.map((c) => toConversation(ctx, c)) };
}

/** One conversation with its messages, oldest first. */
export async function getConversation(ctx: AppContext, user: SessionUser, id: string) {
  const c = await readable(ctx, user, id);
  // The reader has now seen its messages: their notices stop being news for this reader.
  await settle(ctx.db, [user.id], `conversation:${id}`);
  const posted = await ctx.db.select().from(messages).where(eq(messages.conversationId, id)).orderBy(asc(messages.createdAt), asc(messages.id));
  const names = await userNames(ctx.db, posted.map((m) => m.authorId));
  // Users are never deleted, but a message shows only with a known author (as the join did before).
  const rows = posted.flatMap((m) => {
    const authorName = names.get(m.authorId);
    return authorName === undefined ? [] : [{ m, authorName }];
  });
  const files = rows.length ? await ctx.db.select().from(attachments).where(inArray(attachments.messageId, rows.map((r) => r.m.id))) : [];
  return {
    ...toConversation(ctx, c),
    messages: rows.map(({ m, authorName }) => ({
      id: m.id,
      authorName,
      authorCode: m.authorCode,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
      attachments: files.filter((f) => f.messageId === m.id).map(({ id: fid, filename, contentType, size }) => ({ id: fid, filename, contentType, size })),
    })),
  };
}

/** The two sides of a conversation: fixed when it opens, never changed, so a process may keep them. */
interface Sides {
  aCode: string;
  bCode: string;
}

/** Sides of conversations written in lately, per database (a test app each): a message needs no read of them. */
const known = new WeakMap<object, Map<string, Sides>>();
const KEEP = 10_000;

function keep(ctx: AppContext, id: string, sides: Sides): void {
  let ids = known.get(ctx.db);
  if (!ids) known.set(ctx.db, (ids = new Map()));
  if (ids.size >= KEEP) ids.delete(ids.keys().next().value!);
  ids.set(id, { aCode: sides.aCode, bCode: sides.bCode });
}

/** The sides of a conversation (kept, or read once), or undefined when there is none. */
async function sidesOf(ctx: AppContext, id: string): Promise<Sides | undefined> {
  const kept = known.get(ctx.db)?.get(id);
  if (kept) return kept;
  const [c] = await ctx.db.select({ aCode: conversations.aCode, bCode: conversations.bCode }).from(conversations).where(eq(conversations.id, id));
  if (c) keep(ctx, id, c);
  return c;
}

/**
 * Post a message (with optional files) and tell the other side's officers. After the checks on the
 * conversation's sides, the message, its files, the audit entry, the settled and the new notices, the
 * mails and the conversation's last activity are one statement (parts of a WITH): they commit or fail
 * together, and the write costs one round trip (under load each waits a turn of the busy event loop).
 */
export async function postMessage(ctx: AppContext, user: SessionUser, id: string, body: string, files: UploadedFile[]) {
  const c = await sidesOf(ctx, id);
  if (!c || !canReadConversation(user, c.aCode, c.bCode)) throw notFound('No such conversation');
  if (!canWriteConversation(user, c.aCode, c.bCode)) throw forbidden('Only the two authorities’ officers write here');
  const problems = files.map((f, i) => ({ i, problem: attachmentProblem(f) })).filter((p) => p.problem);
  if (problems.length) throw badRequest('Attachment refused', problems.map((p) => ({ path: `attachments.${p.i}`, message: p.problem!.message, code: p.problem!.code })));
  const stored = files.map((f) => ({ ...f, key: randomUUID() }));
  for (const f of stored) await ctx.files.put(f.key, f.bytes);
  try {
    const db = ctx.db;
    const messageId = randomUUID();
    const subject = `conversation:${id}`;
    const other = user.authorityCode === c.aCode ? c.bCode : c.aCode;
    const payload = { title: ctx.directory.get(user.authorityCode!)!.name, link: `/partners/conversations/${id}` };
    const notice = noticeParts(db, ctx, other, 'message_received', payload, { subject, message: body });
    const m = db.$with('m').as(db.insert(messages).values({ id: messageId, conversationId: id, authorId: user.id, authorCode: user.authorityCode, body }).returning({ id: messages.id }));
    const parts = [
      m,
      ...(stored.length ? [db.$with('f').as(db.insert(attachments).values(stored.map((f) => ({ messageId, filename: f.filename, contentType: f.contentType, size: f.bytes.length, storageKey: f.key }))))] : []),
      db.$with('a').as(auditInsert(db, { actorId: user.id, action: 'message.posted', entityType: 'conversation', entityId: id, after: { messageId, attachments: stored.length } })),
      // Replying is acting on the conversation: the writer's side has read what came before.
      db.$with('s').as(settleForAuthorityUpdate(db, user.authorityCode!, subject)),
      ...notice.parts,
      // The conversation's row stays locked only for this one statement, so both sides writing at once
      // wait for each other only this long.
      db.$with('u').as(db.update(conversations).set({ lastMessageAt: new Date() }).where(eq(conversations.id, id))),
    ];
    const [written] = await db.with(...parts).select({ id: m.id, mailed: sql<number>`(select count(*) from ${notice.mails})`.mapWith(Number) }).from(m);
    if (written!.mailed > 0) ctx.mail.queued();
    return { id: written!.id };
  } catch (err) {
    for (const f of stored) await ctx.files.delete(f.key); // nothing half-written: no orphan files either
    throw err;
  }
}

/** An attachment's bytes, for readers of its conversation only. */
export async function readAttachment(ctx: AppContext, user: SessionUser, conversationId: string, attachmentId: string) {
  await readable(ctx, user, conversationId);
  const [row] = await ctx.db
    .select({ a: attachments })
    .from(attachments)
    .innerJoin(messages, eq(messages.id, attachments.messageId))
    .where(and(eq(attachments.id, attachmentId), eq(messages.conversationId, conversationId)));
  const bytes = row ? await ctx.files.get(row.a.storageKey) : null;
  if (!row || !bytes) throw notFound('No such attachment');
  return { ...row.a, bytes };
}

/** The user's notifications, newest first, and how many are unread. */
export async function listNotifications(ctx: AppContext, user: SessionUser) {
  // Notices an authority's officers got are the authority's: gone once the reader no longer acts for it.
  const asOfficer = user.authorityCode ? eq(notifications.authorityCode, user.authorityCode) : undefined;
  const where = and(eq(notifications.userId, user.id), or(isNull(notifications.authorityCode), asOfficer));
  const rows = await ctx.db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt)).limit(100);
  return {
    unread: rows.filter((n) => !n.readAt).length,
    items: rows.map((n) => ({ id: n.id, kind: n.kind, payload: n.payload, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
  };
}

/** Mark all the user's notifications read. */
export async function markNotificationsRead(ctx: AppContext, user: SessionUser): Promise<void> {
  await ctx.db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
}
