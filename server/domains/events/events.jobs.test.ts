import { describe, expect, it } from 'vitest';
import { eventInput } from '../../../shared/events';
import { withDemoPeople } from '../../test/people.testkit';
import { signedUp } from '../accounts/accounts.testkit';
import { DEMO_EVENTS, demoEventsHook, seedDemoEvents } from './events.demo';
import { remindTomorrow } from './events.reminders';
import { published } from './events.testkit';
import { toZonedLocal } from '../../../shared/zoned';

const world = withDemoPeople();

const HOUR = 3_600_000;
const wall = (ms: number) => toZonedLocal(new Date(ms).toISOString(), 'Europe/Istanbul');

describe('the reminder a day before', () => {
  it('tells people with a seat once, even when two processes run the job at once; later events wait', async () => {
    const now = Date.now();
    const soon = await published(world.p.manager, { capacity: 1, startsAt: wall(now + 20 * HOUR), endsAt: wall(now + 22 * HOUR), registrationDeadline: wall(now + 10 * HOUR) });
    const later = await published(world.p.manager, { startsAt: wall(now + 30 * HOUR), endsAt: wall(now + 32 * HOUR), registrationDeadline: wall(now + 10 * HOUR) });
    const seat = await signedUp(world.t.app, 'seat@example.org');
    const waits = await signedUp(world.t.app, 'waits@example.org');
    for (const who of [seat, waits]) await who.request('POST', `/api/events/${soon.id}/registration`);
    await seat.request('POST', `/api/events/${later.id}/registration`);

    const runs = await Promise.all([remindTomorrow(world.t.ctx), remindTomorrow(world.t.ctx)]);
    expect(runs.sort()).toEqual([0, 1]);
    expect(await remindTomorrow(world.t.ctx)).toBe(0);
    const bell = (await seat.request('GET', '/api/notifications')).json().items as { kind: string; payload: { link: string } }[];
    expect(bell.map((n) => [n.kind, n.payload.link])).toEqual([['event_reminder', `/events/${soon.id}`]]);
    expect((await waits.request('GET', '/api/notifications')).json().items).toEqual([]);
    const outbox = (await world.p.admin.request('GET', '/api/admin/outbox?limit=100')).json().items as { to: string; subject: string }[];
    expect(outbox.filter((m) => m.to === 'seat@example.org').map((m) => m.subject)).toEqual(['TwinBridge: An event you registered for is tomorrow']);
  });
});

describe('demo events', () => {
  it('are valid events, seeded once in demo mode only: past and upcoming, one full with a waiting list', async () => {
    for (const e of DEMO_EVENTS) expect(eventInput.safeParse({ ...e.input, startsAt: '2031-01-01T09:00', endsAt: '2031-01-01T10:00' }).success).toBe(true);
    await demoEventsHook(world.t.ctx);
    expect((await world.anonymous.request('GET', '/api/events')).json().items.filter((e: { demo: boolean }) => e.demo)).toEqual([]);
    world.t.ctx.config.demo = true;
    try {
      expect(await seedDemoEvents(world.t.ctx)).toBe(true);
      expect(await seedDemoEvents(world.t.ctx)).toBe(false);
      const demo = ((await world.anonymous.request('GET', '/api/events')).json().items as { demo: boolean; timing: string; seatsLeft: number; waiting: number }[]).filter((e) => e.demo);
      expect(demo.map((e) => e.timing)).toEqual(['past', 'upcoming', 'upcoming']);
      expect(demo.some((e) => e.seatsLeft === 0 && e.waiting > 0)).toBe(true);
      const citizen = (await world.p.citizen.request('GET', '/api/events')).json().items.find((e: { demo: boolean; timing: string }) => e.demo && e.timing === 'past');
      expect(citizen.me).toMatchObject({ status: 'registered', attended: true, certificate: true, feedbackGiven: true });
      expect((await world.p.citizen.request('GET', `/api/events/${citizen.id}/certificate?lang=tr`)).statusCode).toBe(200);
    } finally {
      world.t.ctx.config.demo = false;
    }
  });
});
