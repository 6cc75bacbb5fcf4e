import { and, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { conversations, expressionsOfInterest, notifications, partnerRequests } from './matching.schema';

/** Approaches to an authority still waiting for its answer, oldest first (they wait longest). */
export async function approachesAwaitingAnswer(db: Db, code: string): Promise<{ id: string; fromCode: string; at: Date }[]> {
  const rows = await db
    .select({ id: expressionsOfInterest.id, fromCode: expressionsOfInterest.fromCode, at: expressionsOfInterest.createdAt })
    .from(expressionsOfInterest)
    .where(and(eq(expressionsOfInterest.toCode, code), eq(expressionsOfInterest.status, 'pending')))
    .orderBy(expressionsOfInterest.createdAt, expressionsOfInterest.id);
  return rows;
}

/**
 * An authority's conversations, latest activity first, with the messages the user has not read: the
 * unread "message received" notifications that point at each conversation.
 */
export async function conversationsWithUnread(db: Db, code: string, userId: string): Promise<{ id: string; otherCode: string; lastMessageAt: Date; unread: number }[]> {
  const rows = await db
    .select()
    .from(conversations)
    .where(or(eq(conversations.aCode, code), eq(conversations.bCode, code)))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id));
  const unread = await db
    .select({ link: sql<string>`${notifications.payload}->>'link'`, n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'message_received'), isNull(notifications.readAt)))
    .groupBy(sql`${notifications.payload}->>'link'`);
  const byLink = new Map(unread.map((u) => [u.link, Number(u.n)]));
  return rows.map((c) => ({ id: c.id, otherCode: c.aCode === code ? c.bCode : c.aCode, lastMessageAt: c.lastMessageAt, unread: byLink.get(`/partners/conversations/${c.id}`) ?? 0 }));
}

/** An authority's open partner requests, newest first; demo requests only in demo mode. */
export async function openRequestsOf(db: Db, code: string, withDemo: boolean): Promise<{ id: string; title: string; updatedAt: Date }[]> {
  return db
    .select({ id: partnerRequests.id, title: partnerRequests.title, updatedAt: partnerRequests.updatedAt })
    .from(partnerRequests)
    .where(and(eq(partnerRequests.authorityCode, code), eq(partnerRequests.status, 'open'), withDemo ? undefined : eq(partnerRequests.demo, false)))
    .orderBy(desc(partnerRequests.updatedAt), desc(partnerRequests.id));
}
