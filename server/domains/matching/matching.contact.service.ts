import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { ExpressionOfInterest } from '../../../shared/matching';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors';
import { canAnswerInterest, canSeeInterest, canWithdrawInterest, ownAuthority, seesEveryExchange } from './matching.policy';
import { notifyOfficers, settleForAuthority } from './matching.notify';
import { conversations, expressionsOfInterest, messages, partnerRequests } from './matching.schema';

type Row = typeof expressionsOfInterest.$inferSelect;

function toEoi(ctx: AppContext, r: Row, conversationId: string | null, requestTitle: string | null): ExpressionOfInterest {
  return {
    id: r.id,
    from: ctx.directory.get(r.fromCode)!,
    to: ctx.directory.get(r.toCode)!,
    requestId: r.requestId,
    requestTitle: r.requestId ? requestTitle : null,
    message: r.message,
    status: r.status as ExpressionOfInterest['status'],
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    conversationId,
  };
}

/** An officer approaches another authority for their own; one pending approach per pair at a time. */
export async function sendInterest(ctx: AppContext, user: SessionUser, body: { toCode: string; requestId?: string; message: string }) {
  const from = ownAuthority(user);
  if (!from) throw forbidden('Only an officer of an authority can send an expression of interest');
  if (!ctx.directory.get(body.toCode)) throw notFound(`No authority with code ${body.toCode}`);
  if (body.toCode === from) throw badRequest('An authority cannot approach itself', [{ path: 'toCode', message: 'must be another authority' }]);
  let requestTitle: string | null = null;
  const row = await ctx.db.transaction(async (tx) => {
    if (body.requestId) {
      const [req] = await tx.select().from(partnerRequests).where(eq(partnerRequests.id, body.requestId));
      requestTitle = req?.title ?? null;
      // A demo request outside demo mode is not there to answer.
      if (!req || req.authorityCode !== body.toCode || (req.demo && !ctx.config.demo)) throw badRequest('The request is not one of that authority', [{ path: 'requestId', message: 'not a request of toCode' }]);
      if (req.status !== 'open') throw conflict('request_closed', 'That partner request is closed');
    }
    const open = await tx
      .select({ id: expressionsOfInterest.id })
      .from(expressionsOfInterest)
      .where(and(eq(expressionsOfInterest.status, 'pending'), or(and(eq(expressionsOfInterest.fromCode, from), eq(expressionsOfInterest.toCode, body.toCode)), and(eq(expressionsOfInterest.fromCode, body.toCode), eq(expressionsOfInterest.toCode, from)))));
    if (open.length) throw conflict('interest_pending', 'An expression of interest between these authorities is already waiting for an answer');
    // Accepted once, the two already talk: a second approach would open a second conversation.
    const talking = await tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(or(and(eq(conversations.aCode, from), eq(conversations.bCode, body.toCode)), and(eq(conversations.aCode, body.toCode), eq(conversations.bCode, from))));
    if (talking.length) throw conflict('interest_conversation_open', 'These authorities already have a conversation: write there', { conversationId: talking[0]!.id });
    const [created] = await tx.insert(expressionsOfInterest).values({ fromCode: from, toCode: body.toCode, requestId: body.requestId ?? null, message: body.message, createdBy: user.id }).returning();
    await audit(tx, { actorId: user.id, action: 'eoi.sent', entityType: 'expression_of_interest', entityId: created!.id, after: { from, to: body.toCode } });
    await notifyOfficers(tx, ctx, body.toCode, 'eoi_received', { title: ctx.directory.get(from)!.name, link: '/partners/inbox', eoiId: created!.id }, { subject: `eoi:${created!.id}`, message: body.message });
    return created!;
  });
  return toEoi(ctx, row, null, requestTitle);
}

/** The other side accepts (opening a conversation) or declines; only a pending approach can be decided. */
export async function decideInterest(ctx: AppContext, user: SessionUser, id: string, decision: 'accepted' | 'declined') {
  return ctx.db.transaction(async (tx) => {
    const [eoi] = await tx.select().from(expressionsOfInterest).where(eq(expressionsOfInterest.id, id)).for('update');
    if (!eoi) throw notFound('No such expression of interest');
    if (!canSeeInterest(user, eoi)) throw notFound('No such expression of interest');
    if (!canAnswerInterest(user, eoi)) throw forbidden('Only the receiving authority answers an expression of interest');
    if (eoi.status !== 'pending') throw conflict('interest_answered', `This expression of interest is already ${eoi.status}`);
    const [after] = await tx.update(expressionsOfInterest).set({ status: decision, decidedBy: user.id, decidedAt: new Date() }).where(eq(expressionsOfInterest.id, id)).returning();
    let conversationId: string | null = null;
    if (decision === 'accepted') {
      const [c] = await tx.insert(conversations).values({ eoiId: id, aCode: eoi.fromCode, bCode: eoi.toCode, lastMessageAt: eoi.createdAt }).returning();
      conversationId = c!.id;
      // The approach itself opens the conversation, so both sides read what started it.
      await tx.insert(messages).values({ conversationId, authorId: eoi.createdBy, authorCode: eoi.fromCode, body: eoi.message, createdAt: eoi.createdAt });
    }
    await audit(tx, { actorId: user.id, action: `eoi.${decision}`, entityType: 'expression_of_interest', entityId: id, before: { status: 'pending' }, after: { status: decision } });
    const link = conversationId ? `/partners/conversations/${conversationId}` : '/partners/inbox';
    // Answered: the receiving side's notice of the approach is settled.
    await settleForAuthority(tx, eoi.toCode, `eoi:${id}`);
    await notifyOfficers(tx, ctx, eoi.fromCode, decision === 'accepted' ? 'eoi_accepted' : 'eoi_declined', { title: ctx.directory.get(eoi.toCode)!.name, link }, { subject: `eoi:${id}` });
    return toEoi(ctx, after!, conversationId, (await requestTitles(tx, [after!]))[0] ?? null);
  });
}

/** The sender withdraws an approach that has not been answered yet. */
export async function withdrawInterest(ctx: AppContext, user: SessionUser, id: string) {
  return ctx.db.transaction(async (tx) => {
    const [eoi] = await tx.select().from(expressionsOfInterest).where(eq(expressionsOfInterest.id, id)).for('update');
    if (!eoi || !canSeeInterest(user, eoi)) throw notFound('No such expression of interest');
    if (!canWithdrawInterest(user, eoi)) throw forbidden('Only the sending authority can withdraw it');
    if (eoi.status !== 'pending') throw conflict('interest_answered', `This expression of interest is already ${eoi.status}`);
    const [after] = await tx.update(expressionsOfInterest).set({ status: 'withdrawn', decidedBy: user.id, decidedAt: new Date() }).where(eq(expressionsOfInterest.id, id)).returning();
    await audit(tx, { actorId: user.id, action: 'eoi.withdrawn', entityType: 'expression_of_interest', entityId: id });
    // The other side was told of the approach; it hears that it is off too.
    // The other side was told of the approach; that notice no longer asks anything, and it hears that it is off.
    await settleForAuthority(tx, eoi.toCode, `eoi:${id}`);
    await notifyOfficers(tx, ctx, eoi.toCode, 'eoi_withdrawn', { title: ctx.directory.get(eoi.fromCode)!.name, link: '/partners/inbox' }, { subject: `eoi:${id}` });
    return toEoi(ctx, after!, null, (await requestTitles(tx, [after!]))[0] ?? null);
  });
}

/** Approaches sent and received by the user's authority (all, for admins), newest first. */
export async function listInterests(ctx: AppContext, user: SessionUser) {
  const code = user.authorityCode;
  if (!seesEveryExchange(user) && !code) return { items: [] };
  const where = seesEveryExchange(user) ? undefined : or(eq(expressionsOfInterest.fromCode, code!), eq(expressionsOfInterest.toCode, code!));
  const rows = await ctx.db.select().from(expressionsOfInterest).where(where).orderBy(desc(expressionsOfInterest.createdAt)).limit(200);
  const convs = rows.length ? await ctx.db.select().from(conversations).where(inArray(conversations.eoiId, rows.map((r) => r.id))) : [];
  const byEoi = new Map(convs.map((c) => [c.eoiId, c.id]));
  const titles = await requestTitles(ctx.db, rows);
  return { items: rows.map((r, i) => toEoi(ctx, r, byEoi.get(r.id) ?? null, titles[i] ?? null)) };
}

/** The titles of the requests the approaches answer, in their order (null where none). */
async function requestTitles(db: Db, rows: readonly Row[]): Promise<(string | null)[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.requestId ? [r.requestId] : [])))];
  const found = ids.length ? await db.select({ id: partnerRequests.id, title: partnerRequests.title }).from(partnerRequests).where(inArray(partnerRequests.id, ids)) : [];
  const byId = new Map(found.map((f) => [f.id, f.title]));
  return rows.map((r) => (r.requestId ? (byId.get(r.requestId) ?? null) : null));
}

/** An accepted approach the user's authority is part of (to turn it into a proposed twinning). */
export async function acceptedInterest(ctx: AppContext, user: SessionUser, id: string) {
  const [eoi] = await ctx.db.select().from(expressionsOfInterest).where(eq(expressionsOfInterest.id, id));
  if (!eoi || !canSeeInterest(user, eoi)) throw notFound('No such expression of interest');
  if (eoi.status !== 'accepted') throw conflict('interest_not_accepted', 'Only an accepted expression of interest becomes a twinning');
  return { id: eoi.id, partnerCode: eoi.fromCode === user.authorityCode ? eoi.toCode : eoi.fromCode };
}
