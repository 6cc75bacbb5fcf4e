import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Agent, refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { signedUp } from '../accounts/accounts.testkit';
import { eventRegistrations } from './events.schema';
import { eventBody, moveEvent, published } from './events.testkit';

const world = withDemoPeople();

// Seats, the waiting list and its promotion. In-memory PGlite runs transactions one after the other;
// with DATABASE_URL the simultaneous registrations race on a real PostgreSQL, where only the lock on
// the event row keeps them apart.

let n = 0;
const person = async () => signedUp(world.t.app, `person${++n}@example.org`, `Person ${n}`);
const reg = (who: Agent, id: string) => who.request('POST', `/api/events/${id}/registration`);
const unreg = (who: Agent, id: string) => who.request('DELETE', `/api/events/${id}/registration`);
const me = async (who: Agent, id: string) => (await who.request('GET', `/api/events/${id}`)).json().me as { status: string; position: number | null };

describe('registration and the waiting list', () => {
  it('gives seats, then waiting places in order; a returned seat goes to the first waiting person, who is told', async () => {
    const e = await published(world.p.manager, { capacity: 2 });
    const [a, b, c, d] = [await person(), await person(), await person(), await person()];
    expect((await reg(a!, e.id)).json()).toEqual({ status: 'registered', position: null, seatsLeft: 1 });
    expect((await reg(b!, e.id)).json()).toEqual({ status: 'registered', position: null, seatsLeft: 0 });
    expect((await reg(c!, e.id)).json()).toEqual({ status: 'waiting', position: 1, seatsLeft: 0 });
    expect((await reg(d!, e.id)).json()).toEqual({ status: 'waiting', position: 2, seatsLeft: 0 });
    expect(refusal(await reg(c!, e.id))).toBe('409 event_already_registered');
    const seen = (await world.anonymous.request('GET', `/api/events/${e.id}`)).json();
    expect([seen.registered, seen.waiting, seen.seatsLeft]).toEqual([2, 2, 0]);

    expect((await unreg(a!, e.id)).json()).toEqual({ status: 'cancelled', promoted: true });
    expect(await me(c!, e.id)).toMatchObject({ status: 'registered', position: null });
    expect(await me(d!, e.id)).toMatchObject({ status: 'waiting', position: 1 });
    expect(await me(a!, e.id)).toMatchObject({ status: 'cancelled' });
    const bell = (await c!.request('GET', '/api/notifications')).json().items as { kind: string; payload: { link: string } }[];
    expect(bell.map((x) => [x.kind, x.payload.link])).toEqual([['event_promoted', `/events/${e.id}`]]);
    expect((await d!.request('GET', '/api/notifications')).json().items).toEqual([]);
    const outbox = (await world.p.admin.request('GET', '/api/admin/outbox?limit=100')).json().items as { to: string; subject: string }[];
    const to = (k: number) => outbox.filter((m) => m.to === `person${k}@example.org`).map((m) => m.subject);
    expect(to(n - 1)).toEqual(['TwinBridge: You moved up from the waiting list: your seat is confirmed']);
    expect(to(n)).toEqual([]);

    // a waiting person leaving moves nobody; the one who cancelled may come back, at the end of the list
    expect((await unreg(d!, e.id)).json()).toEqual({ status: 'cancelled', promoted: false });
    expect((await reg(a!, e.id)).json()).toEqual({ status: 'waiting', position: 1, seatsLeft: 0 });
  });

  it('gives seats freed by a capacity raise to the first waiting people', async () => {
    const e = await published(world.p.manager, { capacity: 1 });
    const [a, b, c] = [await person(), await person(), await person()];
    for (const x of [a!, b!, c!]) await reg(x, e.id);
    expect((await world.p.manager.request('PUT', `/api/events/${e.id}`, eventBody({ capacity: 2 }))).json().seatsLeft).toBe(0);
    expect([(await me(b!, e.id)).status, (await me(c!, e.id)).status]).toEqual(['registered', 'waiting']);
  });

  it('refuses the signed-out, registering or cancelling after the deadline, and cancelling without a registration', async () => {
    const e = await published(world.p.manager, { capacity: 5 });
    const [a, b] = [await person(), await person()];
    expect((await world.anonymous.request('POST', `/api/events/${e.id}/registration`)).statusCode).toBe(401);
    expect(refusal(await unreg(a!, e.id))).toBe('409 event_not_registered');
    await reg(a!, e.id);
    await moveEvent(world.t, e.id, 'deadline_passed');
    const late = await reg(b!, e.id);
    expect(refusal(late)).toBe('409 event_registration_closed');
    expect(typeof late.json().params.at).toBe('string');
    expect(refusal(await unreg(a!, e.id))).toBe('409 event_cancel_after_deadline');
    expect((await world.anonymous.request('GET', `/api/events/${e.id}`)).json().registrationOpen).toBe(false);
    expect((await reg(a!, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('gives the last seat to one of two people asking at once; the other waits', async () => {
    const e = await published(world.p.manager, { capacity: 2 });
    await reg(await person(), e.id);
    const [a, b] = [await person(), await person()];
    const both = await Promise.all([reg(a!, e.id), reg(b!, e.id)]);
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(both.map((r) => r.json().status).sort()).toEqual(['registered', 'waiting']);
    const rows = await world.t.ctx.db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.status, 'registered')));
    expect(rows).toHaveLength(2);
  });

  it('lets only the organiser and staff list participants, with their standing', async () => {
    const e = await published(world.p.istanbul, { capacity: 1 });
    const [a, b] = [await person(), await person()];
    await reg(a!, e.id);
    await reg(b!, e.id);
    const list = await world.p.istanbul.request('GET', `/api/events/${e.id}/participants`);
    expect((list.json().items as { name: string; status: string; position: number | null }[]).map((x) => [x.name, x.status, x.position])).toEqual([[`Person ${n - 1}`, 'registered', null], [`Person ${n}`, 'waiting', 1]]);
    expect((await world.p.manager.request('GET', `/api/events/${e.id}/participants`)).statusCode).toBe(200);
    expect(refusal(await world.p.koln.request('GET', `/api/events/${e.id}/participants`))).toBe('403 forbidden');
    expect(refusal(await a!.request('GET', `/api/events/${e.id}/participants`))).toBe('403 forbidden');
    expect((await world.anonymous.request('GET', `/api/events/${e.id}/participants`)).statusCode).toBe(401);
  });
});
