import { and, asc, eq, gte, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import { events } from './events.schema';
import type { EventRow } from './events.view';

const FEED_PAST_DAYS = 90;

/** The calendar feed's events: from 90 days ago on (older ones stay on the site), demo ones in demo mode only. */
export async function eventsForFeed(ctx: AppContext, now = new Date()): Promise<EventRow[]> {
  const where: SQL[] = [gte(events.endsAt, new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000))];
  if (!ctx.config.demo) where.push(eq(events.demo, false));
  return ctx.db.select().from(events).where(and(...where)).orderBy(asc(events.startsAt), asc(events.id));
}
