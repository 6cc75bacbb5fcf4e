import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, refusal, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedUp } from '../accounts/accounts.testkit';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { pdfLines } from '../../platform/pdf.testkit';
import { moveEvent, published } from './events.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let anonymous: Agent;

let eventId = '';
let attendee: Agent;
let absent: Agent;
let waiting: Agent;

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  anonymous = new Agent(t.app);
  attendee = await signedUp(t.app, 'sukru@example.org', 'Şükrü Işık');
  absent = await signedUp(t.app, 'absent@example.org', 'Absent Person');
  waiting = await signedUp(t.app, 'waiting@example.org', 'Waiting Person');
  eventId = (await published(p.istanbul, { capacity: 2, title: { en: 'Project cycle management', tr: 'Proje döngüsü yönetimi' }, hours: 6.5 })).id;
  for (const who of [attendee, absent, waiting]) await who.request('POST', `/api/events/${eventId}/registration`);
});
afterAll(() => t.close());

const user = async (who: Agent) => (await who.request('GET', '/api/auth/me')).json().user.id as string;

describe('attendance', () => {
  it('waits for the start, marks only people with a seat, and is the organiser’s or staff’s', async () => {
    const marks = { marks: [{ userId: await user(attendee), attended: true }] };
    expect(refusal(await p.istanbul.request('PUT', `/api/events/${eventId}/attendance`, marks))).toBe('409 event_not_started');
    await moveEvent(t, eventId, 'started');
    expect(refusal(await p.koln.request('PUT', `/api/events/${eventId}/attendance`, marks))).toBe('403 forbidden');
    expect(refusal(await attendee.request('PUT', `/api/events/${eventId}/attendance`, marks))).toBe('403 forbidden');
    expect((await anonymous.request('PUT', `/api/events/${eventId}/attendance`, marks)).statusCode).toBe(401);
    expect(refusal(await p.istanbul.request('PUT', `/api/events/${eventId}/attendance`, { marks: [{ userId: await user(waiting), attended: true }] }))).toBe('409 event_attendance_not_registered');
    const res = await p.istanbul.request('PUT', `/api/events/${eventId}/attendance`, { marks: [...marks.marks, { userId: await user(absent), attended: false }] });
    expect(res.statusCode).toBe(200);
    expect((res.json().items as { name: string; attended: boolean }[]).map((x) => [x.name, x.attended])).toEqual([['Şükrü Işık', true], ['Absent Person', false], ['Waiting Person', false]]);
    expect((await attendee.request('GET', `/api/events/${eventId}`)).json().me).toMatchObject({ attended: true, certificate: true });
  });
});

describe('feedback', () => {
  it('opens after the end, for attendees, once; the organiser reads averages and texts without names', async () => {
    const body = { rating: 4, text: 'Clear and practical' };
    expect(refusal(await attendee.request('POST', `/api/events/${eventId}/feedback`, body))).toBe('409 event_not_ended');
    await moveEvent(t, eventId, 'ended');
    expect(refusal(await absent.request('POST', `/api/events/${eventId}/feedback`, body))).toBe('403 forbidden');
    expect((await attendee.request('POST', `/api/events/${eventId}/feedback`, { rating: 6 })).statusCode).toBe(400);
    expect((await attendee.request('POST', `/api/events/${eventId}/feedback`, { rating: 4, text: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect((await attendee.request('POST', `/api/events/${eventId}/feedback`, body)).statusCode).toBe(204);
    expect(refusal(await attendee.request('POST', `/api/events/${eventId}/feedback`, body))).toBe('409 event_feedback_given');
    const summary = await p.istanbul.request('GET', `/api/events/${eventId}/feedback`);
    expect(summary.json()).toEqual({ count: 1, average: 4, distribution: [0, 0, 0, 1, 0], texts: ['Clear and practical'] });
    expect(summary.body).not.toContain('Şükrü');
    expect(refusal(await attendee.request('GET', `/api/events/${eventId}/feedback`))).toBe('403 forbidden');
    expect((await p.manager.request('GET', `/api/events/${eventId}/feedback`)).statusCode).toBe(200);
    expect((await attendee.request('GET', `/api/events/${eventId}`)).json().me.feedbackGiven).toBe(true);
  });
});

describe('certificates', () => {
  it('gives an attendee a PDF in their language with name, event, date, hours, organiser and a code that verifies', async () => {
    const en = await attendee.request('GET', `/api/events/${eventId}/certificate?lang=en`);
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toContain('application/pdf');
    const text = (await pdfLines(en.rawPayload)).join('\n');
    const code = /TB-[A-Z0-9]{12}/.exec(text)?.[0] ?? '';
    expect(code).not.toBe('');
    // the embedded font writes every Turkish letter: ş, ı and İ keep their marks
    for (const s of ['Certificate of attendance', 'Şükrü Işık', 'Project cycle management', '6.5 hours of learning', 'Organised by İstanbul', `/verify/${code}`]) expect(text).toContain(s);
    const tr = (await pdfLines((await attendee.request('GET', `/api/events/${eventId}/certificate?lang=tr`)).rawPayload)).join('\n');
    for (const s of ['Katılım Belgesi', 'Şükrü Işık', 'Proje döngüsü yönetimi', '6,5 saatlik eğitim', code]) expect(tr).toContain(s);

    const verified = (await anonymous.request('GET', `/api/certificates/${code}`)).json();
    expect(verified).toMatchObject({ code, valid: true, name: 'Şükrü Işık', eventId, eventTitle: { en: 'Project cycle management' }, hours: 6.5 });
    expect(verified.organiser).toContain('İstanbul');
    expect((await anonymous.request('GET', '/api/certificates/TB-NOSUCHCODE00')).statusCode).toBe(404);
  });

  it('refuses people who did not attend and the signed-out; a withdrawn attendance verifies as invalid', async () => {
    expect(refusal(await absent.request('GET', `/api/events/${eventId}/certificate`))).toBe('403 forbidden');
    expect(refusal(await waiting.request('GET', `/api/events/${eventId}/certificate`))).toBe('403 forbidden');
    expect((await anonymous.request('GET', `/api/events/${eventId}/certificate`)).statusCode).toBe(401);
    const code = /TB-[A-Z0-9]{12}/.exec((await pdfLines((await attendee.request('GET', `/api/events/${eventId}/certificate`)).rawPayload)).join('\n'))![0];
    await p.istanbul.request('PUT', `/api/events/${eventId}/attendance`, { marks: [{ userId: await user(attendee), attended: false }] });
    expect((await anonymous.request('GET', `/api/certificates/${code}`)).json().valid).toBe(false);
    expect(refusal(await attendee.request('GET', `/api/events/${eventId}/certificate`))).toBe('403 forbidden');
  });
});
