import { countDistinct, eq, lt, sql } from 'drizzle-orm';
import type { Stats } from '../../../shared/stats';
import type { Db } from '../../platform/db';
import { tableFingerprint } from '../../platform/fingerprint';
import { eventRegistrations, events } from './events.schema';

// What the public dashboard (stats domain) reads of the events: events held and people trained, and
// a fingerprint that changes with any committed change to events or registrations, and when an event ends.

/** Events held (ended by `now`) and people trained (distinct people whose attendance was marked). */
export async function eventFigures(db: Db, now: Date): Promise<Stats['events']> {
  const [held] = await db.select({ n: sql<number>`count(*)::int`.mapWith(Number) }).from(events).where(lt(events.endsAt, now));
  const [trained] = await db.select({ n: countDistinct(eventRegistrations.userId) }).from(eventRegistrations).where(eq(eventRegistrations.attended, true));
  return { held: held?.n ?? 0, participants: trained?.n ?? 0 };
}

/** Changes with events and registrations, and with the number of events ended by `now`. */
export async function eventsFingerprint(db: Db, now: Date): Promise<string> {
  const [row] = await db
    .select({ f: sql<string>`concat_ws('|', count(*) filter (where ${lt(events.endsAt, now)}), ${tableFingerprint('events')}, ${tableFingerprint('event_registrations')})` })
    .from(events);
  return row?.f ?? '';
}
