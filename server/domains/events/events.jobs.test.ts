import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInput } from '../../../shared/events';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedUp } from '../accounts/accounts.testkit';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { DEMO_EVENTS, demoEventsHook, seedDemoEvents } from './events.demo';
import { remindTomorrow } from './events.reminders';
import { published } from './events.testkit';
import { toZonedLocal } from '../../../shared/zoned';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let anonymous: Agent;
const HOUR = 3_600_000;
const wall = (ms: number) => toZonedLocal(new Date(ms).toISOString(), 'Europe/Istanbul');

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  anonymous = new Agent(t.app);
});
afterAll(() => t.close());

describe('the reminder a day before', () => {
  it('tells people with a seat once, even when two processes run the job at once; later events wait', async () => {
    const now = Date.now();
    const soon = await published(p.manager, { capacity: 1, startsAt: wall(now + 20 * HOUR), endsAt: wall(now + 22 * HOUR), registrationDeadline: wall(now + 10 * HOUR) });
    const later = await published(p.manager, { startsAt: wall(now + 30 * HOUR), endsAt: wall(now + 32 * HOUR), registrationDeadline: wall(now + 10 * HOUR) });
    const seat = await signedUp(t.app, 'seat@example.org');
    const waits = await signedUp(t.app, 'waits@example.org');
    for (const who of [seat, waits]) await who.request('POST', `/api/events/${soon.id}/registration`);
    await seat.request('POST', `/api/events/${later.id}/registration`);

    const runs = await Promise.all([remindTomorrow(t.ctx), remindTomorrow(t.ctx)]);
    expect(runs.sort()).toEqual([0, 1]);
    expect(await remindTomorrow(t.ctx)).toBe(0);
    const bell = (await seat.request('GET', '/api/notifications')).json().items as { kind: string; payload: { link: string } }[];
    expect(bell.map((n) => [n.kind, n.payload.link])).toEqual([['event_reminder', `/events/${soon.id}`]]);
    expect((await waits.request('GET', '/api/notifications')).json().items).toEqual([]);
    const outbox = (await p.admin.request('GET', '/api/admin/outbox?limit=100')).json().items as { to: string; subject: string }[];
    expect(outbox.filter((m) => m.to === 'seat@example.org').map((m) => m.subject)).toEqual(['TwinBridge: An event you registered for is tomorrow']);
  });
});

describe('demo events', () => {
  it('are valid events, seeded once in demo mode only: past and upcoming, one full with a waiting list', async () => {
    for (const e of DEMO_EVENTS) expect(eventInput.safeParse({ ...e.input, startsAt: '2031-01-01T09:00', endsAt: '2031-01-01T10:00' }).success).toBe(true);
    await demoEventsHook(t.ctx);
    expect((await anonymous.request('GET', '/api/events')).json().items.filter((e: { demo: boolean }) => e.demo)).toEqual([]);
    t.ctx.config.demo = true;
    try {
      expect(await seedDemoEvents(t.ctx)).toBe(true);
      expect(await seedDemoEvents(t.ctx)).toBe(false);
      const demo = ((await anonymous.request('GET', '/api/events')).json().items as { demo: boolean; timing: string; seatsLeft: number; waiting: number }[]).filter((e) => e.demo);
      expect(demo.map((e) => e.timing)).toEqual(['past', 'upcoming', 'upcoming']);
      expect(demo.some((e) => e.seatsLeft === 0 && e.waiting > 0)).toBe(true);
      const citizen = (await p.citizen.request('GET', '/api/events')).json().items.find((e: { demo: boolean; timing: string }) => e.demo && e.timing === 'past');
      expect(citizen.me).toMatchObject({ status: 'registered', attended: true, certificate: true, feedbackGiven: true });
      expect((await p.citizen.request('GET', `/api/events/${citizen.id}/certificate?lang=tr`)).statusCode).toBe(200);
    } finally {
      t.ctx.config.demo = false;
    }
  });
});
