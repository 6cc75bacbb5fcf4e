import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit.schema';
import { Agent, refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { signedUp } from '../accounts/accounts.testkit';
import { fieldCodes } from '../grants/applications/grants.applications.testkit';
import { events } from './events.schema';
import { eventBody, published } from './events.testkit';

const world = withDemoPeople();

const fieldsOf = (res: { json(): unknown }) => ((res.json() as { fields?: { path: string; message: string }[] }).fields ?? []).map((f) => `${f.path}: ${f.message}`);

describe('publishing an event', () => {
  it('lets a programme manager publish one for the programme, with wall times kept in its zone', async () => {
    const res = await world.p.manager.request('POST', '/api/events', eventBody({ startsAt: '2031-03-10T09:00', endsAt: '2031-03-10T17:00', registrationDeadline: null }));
    expect(res.statusCode).toBe(201);
    const e = res.json();
    expect(e.startsAt).toBe('2031-03-10T06:00:00.000Z'); // Istanbul is UTC+3
    expect([e.startsLocal, e.timeZone, e.registrationDeadline]).toEqual(['2031-03-10T09:00', 'Europe/Istanbul', '2031-03-10T06:00:00.000Z']);
    expect(e.organiser).toEqual({ name: 'TwinBridge', authorityCode: null });
    expect(e.place).toMatchObject({ mode: 'in_person', authorityCode: 'TR-BSB-34', country: 'TR', address: 'Saraçhane, Fatih' });
    expect([e.capacity, e.seatsLeft, e.registered, e.waiting, e.canManage, e.me.status]).toEqual([20, 20, 0, 0, true, 'none']);
  });

  it('lets an officer publish for their own authority only; refuses citizens, assessors and the signed-out', async () => {
    const own = await world.p.istanbul.request('POST', '/api/events', eventBody());
    expect(own.statusCode).toBe(201);
    expect(own.json().organiser.authorityCode).toBe('TR-BSB-34');
    expect(refusal(await world.p.istanbul.request('POST', '/api/events', eventBody({ organiserAuthorityCode: 'DE_05315000' })))).toBe('403 forbidden');
    expect(refusal(await world.p.citizen.request('POST', '/api/events', eventBody()))).toBe('403 forbidden');
    expect(refusal(await world.p.assessor.request('POST', '/api/events', eventBody()))).toBe('403 forbidden');
    expect((await world.anonymous.request('POST', '/api/events', eventBody())).statusCode).toBe(401);
    // staff may publish for an authority
    expect((await world.p.admin.request('POST', '/api/events', eventBody({ organiserAuthorityCode: 'DE_05315000' }))).json().organiser.authorityCode).toBe('DE_05315000');
  });

  it('answers bad input with a 400 naming each field, and writes nothing', async () => {
    const before = (await world.t.ctx.db.select().from(events)).length;
    const audits = (await world.t.ctx.db.select().from(auditLog)).length;
    const bad = await world.p.manager.request('POST', '/api/events', eventBody({ endsAt: '2020-01-01T00:00', timeZone: 'Mars/Olympus', capacity: 0, hours: 0.3 }));
    expect(bad.statusCode).toBe(400);
    expect(fieldCodes(bad).map((f) => f.split(':')[0])).toEqual(expect.arrayContaining(['timeZone', 'capacity', 'hours']));
    const ends = await world.p.manager.request('POST', '/api/events', eventBody({ startsAt: '2031-03-10T09:00', endsAt: '2031-03-10T08:00' }));
    expect(fieldsOf(ends)).toContain('endsAt: must be after the start');
    const skipped = await world.p.manager.request('POST', '/api/events', eventBody({ timeZone: 'Europe/Berlin', startsAt: '2031-03-30T02:30', endsAt: '2031-03-30T05:00' }));
    expect(fieldsOf(skipped)).toContain('startsAt: is not a time in this time zone'); // 02:30 does not exist that night in Berlin
    const unknown = await world.p.manager.request('POST', '/api/events', eventBody({ place: { mode: 'in_person', authorityCode: 'XX-NOPE', address: 'x' } }));
    expect(fieldCodes(unknown)).toEqual(['place.authorityCode:authority_unknown']);
    expect((await world.p.manager.request('POST', '/api/events', eventBody({ place: { mode: 'online', link: 'javascript:alert(1)' } as never }))).statusCode).toBe(400);
    expect((await world.t.ctx.db.select().from(events)).length).toBe(before);
    expect((await world.t.ctx.db.select().from(auditLog)).length).toBe(audits);
  });
});

describe('reading events', () => {
  it('shows public events to anyone, filtered by month, theme, kind and country', async () => {
    await world.p.manager.request('POST', '/api/events', eventBody({ kind: 'webinar', themes: ['energy'], startsAt: '2031-05-02T10:00', endsAt: '2031-05-02T12:00', registrationDeadline: null, place: { mode: 'online', link: 'https://meet.example.org/energy' } }));
    await world.p.koln.request('POST', '/api/events', eventBody({ kind: 'study_visit', themes: ['culture'], timeZone: 'Europe/Berlin', startsAt: '2031-05-20T09:00', endsAt: '2031-05-21T17:00', registrationDeadline: null, place: { mode: 'in_person', authorityCode: 'DE_05315000', address: 'Rathaus' } }));
    const titlesOf = async (q: string) => ((await world.anonymous.request('GET', `/api/events?${q}`)).json().items as { kind: string }[]).map((e) => e.kind);
    expect(await titlesOf('month=2031-05')).toEqual(['webinar', 'study_visit']);
    expect(await titlesOf('month=2031-05&theme=culture')).toEqual(['study_visit']);
    expect(await titlesOf('from=2031-05-21&to=2031-05-31')).toEqual(['study_visit']);
    expect(await titlesOf('month=2031-05&kind=webinar')).toEqual(['webinar']);
    expect(await titlesOf('month=2031-05&country=de')).toEqual(['study_visit']);
    expect(await titlesOf('month=2031-06')).toEqual([]);
    expect((await world.anonymous.request('GET', '/api/events?month=2031-13')).statusCode).toBe(400);
    expect((await world.anonymous.request('GET', '/api/events?kind=party')).statusCode).toBe(400);
  });

  it('gives the online link only to registered participants and those who manage the event', async () => {
    const e = await published(world.p.manager, { place: { mode: 'online', link: 'https://meet.example.org/acquis' } });
    const link = async (who: Agent) => (await who.request('GET', `/api/events/${e.id}`)).json().onlineLink;
    const reader = await signedUp(world.t.app, 'reader@example.org');
    expect([await link(world.anonymous), await link(reader), await link(world.p.citizen)]).toEqual([null, null, null]);
    expect(await link(world.p.manager)).toBe('https://meet.example.org/acquis');
    await reader.request('POST', `/api/events/${e.id}/registration`);
    expect(await link(reader)).toBe('https://meet.example.org/acquis');
    const listed = (await reader.request('GET', '/api/events')).json().items.find((x: { id: string }) => x.id === e.id);
    expect(listed.onlineLink).toBe('https://meet.example.org/acquis');
  });

  it('answers an unknown event with a 404', async () => {
    expect((await world.anonymous.request('GET', '/api/events/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await world.anonymous.request('GET', '/api/events/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('changing an event', () => {
  it('is for its organiser, its authority’s officers and staff; never below the seats given', async () => {
    const e = await published(world.p.istanbul, { capacity: 2 });
    expect((await world.p.istanbul.request('PUT', `/api/events/${e.id}`, eventBody({ capacity: 3 }))).json().capacity).toBe(3);
    expect((await world.p.manager.request('PUT', `/api/events/${e.id}`, eventBody({ capacity: 2 }))).statusCode).toBe(200);
    expect(refusal(await world.p.koln.request('PUT', `/api/events/${e.id}`, eventBody()))).toBe('403 forbidden');
    expect(refusal(await world.p.citizen.request('PUT', `/api/events/${e.id}`, eventBody()))).toBe('403 forbidden');
    expect((await world.anonymous.request('PUT', `/api/events/${e.id}`, eventBody())).statusCode).toBe(401);
    expect(refusal(await world.p.istanbul.request('PUT', `/api/events/${e.id}`, eventBody({ organiserAuthorityCode: 'DE_05315000' })))).toBe('403 forbidden');
    for (const who of ['a', 'b']) await (await signedUp(world.t.app, `seat-${who}@example.org`)).request('POST', `/api/events/${e.id}/registration`);
    const low = await world.p.istanbul.request('PUT', `/api/events/${e.id}`, eventBody({ capacity: 1 }));
    expect(refusal(low)).toBe('409 event_capacity_below_registered');
    expect(low.json().params).toEqual({ registered: 2 });
  });
});
