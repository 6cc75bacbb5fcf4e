import { eq } from 'drizzle-orm';
import type { EventInput } from '../../../shared/events';
import { toZonedLocal } from '../../../shared/zoned';
import type { Agent, TestApp } from '../../test/harness';
import { events } from './events.schema';

// Helpers of the events tests: an event around the real clock, and moving its dates directly (as time passing would).

const DAY = 86_400_000;
const wall = (ms: number, zone = 'Europe/Istanbul') => toZonedLocal(new Date(ms).toISOString(), zone);

/** A training in Istanbul a week from now, 09:00–17:00 wall time, registration until the day before. */
export function eventBody(extra: Partial<EventInput> = {}) {
  const day = wall(Date.now() + 7 * DAY).slice(0, 10);
  const before = wall(Date.now() + 6 * DAY).slice(0, 10);
  return {
    kind: 'training',
    title: { en: 'EU acquis for municipalities', tr: 'Belediyeler için AB müktesebatı' },
    description: { en: 'What the acquis means for a town hall.', tr: 'Müktesebatın belediye için anlamı.' },
    themes: ['environment'],
    startsAt: `${day}T09:00`,
    endsAt: `${day}T17:00`,
    timeZone: 'Europe/Istanbul',
    registrationDeadline: `${before}T18:00`,
    place: { mode: 'in_person', authorityCode: 'TR-BSB-34', address: 'Saraçhane, Fatih' },
    capacity: 20,
    language: 'tr',
    hours: 6.5,
    ...extra,
  };
}

/** Publish an event as this agent; returns it as the API answered. */
export async function published(agent: Agent, extra: Partial<EventInput> = {}) {
  const res = await agent.request('POST', '/api/events', eventBody(extra));
  if (res.statusCode !== 201) throw new Error(`event: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; capacity: number };
}

/** Move an event as time would: its deadline passed, started (deadline passed too), or ended. */
export async function moveEvent(t: TestApp, id: string, to: 'deadline_passed' | 'started' | 'ended'): Promise<void> {
  const now = Date.now();
  const dates = {
    deadline_passed: { registrationDeadline: new Date(now - 1000), startsAt: new Date(now + DAY), endsAt: new Date(now + DAY + 8 * 3_600_000) },
    started: { registrationDeadline: new Date(now - 2 * 3_600_000), startsAt: new Date(now - 3_600_000), endsAt: new Date(now + 3_600_000) },
    ended: { registrationDeadline: new Date(now - 2 * DAY), startsAt: new Date(now - DAY), endsAt: new Date(now - DAY + 8 * 3_600_000) },
  }[to];
  await t.ctx.db.update(events).set(dates).where(eq(events.id, id));
}
