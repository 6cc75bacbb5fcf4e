import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import { notifyPeople } from '../matching/matching.notify';
import { eventRegistrations, events } from './events.schema';

const DAY = 86_400_000;

/**
 * Remind people with a seat of an event that starts within a day. Each event is claimed by one
 * UPDATE … WHERE reminded_at IS NULL … RETURNING, so with several processes running the hourly job
 * only one gets the row and the mail goes once; the notices are written in the same transaction, so a
 * failure leaves the event unclaimed for the next run. Returns how many events were reminded.
 */
export async function remindTomorrow(ctx: AppContext, now = new Date()): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const where = [isNull(events.remindedAt), gt(events.startsAt, now), lte(events.startsAt, new Date(now.getTime() + DAY))];
    if (!ctx.config.demo) where.push(eq(events.demo, false));
    const claimed = await tx.update(events).set({ remindedAt: now }).where(and(...where)).returning({ id: events.id, titleEn: events.titleEn, titleTr: events.titleTr });
    if (!claimed.length) return 0;
    const seats = await tx.select({ eventId: eventRegistrations.eventId, userId: eventRegistrations.userId }).from(eventRegistrations).where(and(inArray(eventRegistrations.eventId, claimed.map((c) => c.id)), eq(eventRegistrations.status, 'registered')));
    for (const e of claimed) {
      const people = seats.filter((s) => s.eventId === e.id).map((s) => s.userId);
      await notifyPeople(tx, ctx, people, 'event_reminder', { title: e.titleEn || e.titleTr, link: `/events/${e.id}` }, { subject: `event:${e.id}` });
    }
    return claimed.length;
  });
}
