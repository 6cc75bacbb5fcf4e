import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { badRequest, forbidden, notFound } from '../../platform/errors';
import { userNames } from '../accounts/accounts.users';
import { canReadConversation, canWriteConversation, seesEveryExchange } from './matching.policy';
import { notifyOfficers, settle, settleForAuthority } from './matching.notify';
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

/** Post a message (with optional files) and tell the other side's officers. */
export async function postMessage(ctx: AppContext, user: SessionUser, id: string, body: string, files: UploadedFile[]) {
  const c = await readable(ctx, user, id);
  if (!canWriteConversation(user, c.aCode, c.bCode)) throw forbidden('Only the two authorities’ officers write here');
  const problems = files.map((f, i) => ({ i, problem: attachmentProblem(f) })).filter((p) => p.problem);
  if (problems.length) throw badRequest('Attachment refused', problems.map((p) => ({ path: `attachments.${p.i}`, message: p.problem!.message, code: p.problem!.code })));
  const stored = files.map((f) => ({ ...f, key: randomUUID() }));
  for (const f of stored) await ctx.files.put(f.key, f.bytes);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [m] = await tx.insert(messages).values({ conversationId: id, authorId: user.id, authorCode: user.authorityCode, body }).returning();
      if (stored.length) await tx.insert(attachments).values(stored.map((f) => ({ messageId: m!.id, filename: f.filename, contentType: f.contentType, size: f.bytes.length, storageKey: f.key })));
      await audit(tx, { actorId: user.id, action: 'message.posted', entityType: 'conversation', entityId: id, after: { messageId: m!.id, attachments: stored.length } });
      const other = user.authorityCode === c.aCode ? c.bCode : c.aCode;
      // Replying is acting on the conversation: the writer's side has read what came before.
      await settleForAuthority(tx, user.authorityCode!, `conversation:${id}`);
      await notifyOfficers(tx, ctx, other, 'message_received', { title: ctx.directory.get(user.authorityCode!)!.name, link: `/partners/conversations/${id}` }, { subject: `conversation:${id}`, message: body });
      // Last: the conversation's row stays locked until the commit, so both sides writing at once wait
      // for each other only this long, not across the notices and mails above.
      await tx.update(conversations).set({ lastMessageAt: new Date() }).where(eq(conversations.id, id));
      return { id: m!.id };
    });
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
