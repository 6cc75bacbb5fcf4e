import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp, refusal } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { outbox } from '../../platform/mail.schema';
import { signedIn, signedUp } from '../accounts/accounts.testkit';

// Who hears of each step that waits for the other side, in the app and by mail, and when a notice
// stops being news. Köln (English) and Ankara (two officers: one reads Turkish, one turned twinning
// mails off) twin; İstanbul (Turkish) is the third authority that hears nothing of it.

const KOLN = 'DE_05315000';
const ANKARA = 'TR-BSB-06';
const ANKARA_TR = 'ankara.tr@example.org';
const ANKARA_QUIET = 'ankara.quiet@example.org';

let t: TestApp;
let koln: Agent;
let istanbul: Agent;
let ankara: Agent;
let quiet: Agent;
let twinning = '';

type Note = { kind: string; payload: Record<string, string>; readAt: string | null };
const notes = async (who: Agent) => (await who.request('GET', '/api/notifications')).json() as { unread: number; items: Note[] };
const newest = async (who: Agent) => (await notes(who)).items[0];
const mailsTo = (to: string) => t.ctx.db.select().from(outbox).where(eq(outbox.to, to)).orderBy(asc(outbox.createdAt));
const lastMail = async (to: string) => (await mailsTo(to)).at(-1);
const step = (who: Agent, path: string, body?: unknown) => who.request('POST', `/api/twinnings/${twinning}/${path}`, body);

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  const admin = await signedIn(t.app, 'admin@twinbridge.demo');
  [koln, istanbul, ankara, quiet] = await Promise.all([
    signedIn(t.app, 'koln@twinbridge.demo'),
    signedIn(t.app, 'istanbul@twinbridge.demo'),
    signedUp(t.app, ANKARA_TR, 'Zeynep Kaya'),
    signedUp(t.app, ANKARA_QUIET, 'Quiet Officer'),
  ]);
  for (const who of [ankara, quiet]) {
    const request = await who.request('POST', '/api/officer-requests', { authorityCode: ANKARA });
    await admin.request('POST', `/api/admin/officer-requests/${request.json().id}/decision`, { decision: 'approved' });
  }
  await ankara.request('PATCH', '/api/auth/me', { locale: 'tr' });
});
afterAll(async () => t.close());

describe('mail preferences', () => {
  const all = { contact: true, twinning: true, grants: true, reminders: true, participation: true };
  it('start with every mail on; a user turns a group off for themself only', async () => {
    expect((await quiet.request('GET', '/api/auth/me/mail-preferences')).json()).toEqual(all);
    const res = await quiet.request('PUT', '/api/auth/me/mail-preferences', { ...all, twinning: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...all, twinning: false });
    expect((await quiet.request('GET', '/api/auth/me/mail-preferences')).json()).toEqual({ ...all, twinning: false });
    expect((await ankara.request('GET', '/api/auth/me/mail-preferences')).json()).toEqual(all);
  });
  it('cannot be changed for another user, signed out, without the CSRF token or with bad input', async () => {
    const ankaraId = (await ankara.request('GET', '/api/auth/me')).json().user.id as string;
    expect((await quiet.request('PUT', '/api/auth/me/mail-preferences', { ...all, twinning: false, userId: ankaraId })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PUT', url: '/api/auth/me/mail-preferences', payload: { ...all, contact: false } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me/mail-preferences' })).statusCode).toBe(401);
    expect((await ankara.request('PUT', '/api/auth/me/mail-preferences', { contact: 'no' })).json().fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['contact', 'twinning']),
    );
    const noCsrf = await t.app.inject({ method: 'PUT', url: '/api/auth/me/mail-preferences', headers: { cookie: ankara.cookie }, payload: { ...all, contact: false } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await ankara.request('GET', '/api/auth/me/mail-preferences')).json()).toEqual(all);
    expect((await quiet.request('GET', '/api/auth/me/mail-preferences')).json()).toEqual({ ...all, twinning: false });
  });
});

describe('a twinning, step by step: the other side hears of each step', () => {
  it('a proposal reaches the other side’s officers in the app, and by mail in their language unless turned off', async () => {
    const istanbulMails = (await mailsTo('istanbul@twinbridge.demo')).length;
    const res = await koln.request('POST', '/api/twinnings', { partnerCode: ANKARA });
    expect(res.statusCode).toBe(201);
    twinning = res.json().id;
    const link = `${t.ctx.config.publicUrl}/twinnings/${twinning}`;
    for (const who of [ankara, quiet]) expect(await newest(who)).toMatchObject({ kind: 'twinning_proposed', readAt: null, payload: { title: t.ctx.directory.get(KOLN)!.name, link: `/twinnings/${twinning}` } });
    const mail = await lastMail(ANKARA_TR);
    expect(mail!.subject).toBe('TwinBridge: Kurumunuza kardeş şehir ilişkisi önerildi');
    expect(mail!.body).toContain('Merhaba Zeynep Kaya,');
    expect(mail!.body).toContain(`${t.ctx.directory.get(KOLN)!.name} kurumunuza kardeş şehir ilişkisi önerdi`);
    expect(mail!.body).toContain(link);
    expect(mail!.body).toContain(`${t.ctx.directory.get(ANKARA)!.name} adına işlem yaptığınız ve "kardeş şehir adımları"`);
    expect(mail!.body).toContain(`${t.ctx.config.publicUrl}/account`);
    expect((await mailsTo(ANKARA_QUIET)).filter((m) => m.subject.includes('kardeş') || m.subject.includes('twinning'))).toEqual([]); // twinning mails off: the bell only
    // Neither the proposer nor a third authority hears of it.
    expect((await notes(koln)).items.filter((n) => n.kind.startsWith('twinning_'))).toEqual([]);
    expect((await notes(istanbul)).items).toEqual([]);
    expect((await mailsTo('istanbul@twinbridge.demo')).length).toBe(istanbulMails);
  });

  it('the other side taking the proposal up settles its notice and tells the proposer, in English', async () => {
    expect((await step(ankara, 'move', { to: 'exploring' })).json().status).toBe('exploring');
    for (const who of [ankara, quiet]) expect(await notes(who)).toMatchObject({ unread: 0, items: [{ kind: 'twinning_proposed', readAt: expect.any(String) }] });
    expect(await newest(koln)).toMatchObject({ kind: 'twinning_moved', readAt: null, payload: { from: 'proposed', to: 'exploring', title: t.ctx.directory.get(ANKARA)!.name } });
    const mail = await lastMail('koln@twinbridge.demo');
    expect(mail!.subject).toBe('TwinBridge: Your twinning moved to a new stage');
    expect(mail!.body).toContain('Proposed → Exploring');
    expect(mail!.body).toContain(`you act for ${t.ctx.directory.get(KOLN)!.name} on TwinBridge and have "twinning steps" mails turned on`);
  });

  it('a binding step asks the other side for approval; approving settles the request and tells the first side', async () => {
    expect((await step(koln, 'move', { to: 'agreed' })).json().pending).toEqual({ target: 'agreed', approvals: ['a'] });
    expect(await newest(ankara)).toMatchObject({ kind: 'twinning_approval_requested', readAt: null, payload: { from: 'exploring', to: 'agreed' } });
    expect((await lastMail(ANKARA_TR))!.body).toContain('Görüşülüyor → Niyet mektubu imzalandı');
    expect((await notes(koln)).unread).toBe(0); // taking a step on the twinning settled Köln's earlier notice
    expect((await step(ankara, 'approve')).json().status).toBe('agreed');
    expect((await notes(ankara)).unread).toBe(0);
    expect(await newest(koln)).toMatchObject({ kind: 'twinning_moved', payload: { from: 'exploring', to: 'agreed' } });
    expect((await notes(koln)).unread).toBe(1);
  });

  it('a withdrawn approval settles the request it made and says so; a refused step tells nobody', async () => {
    await step(ankara, 'move', { to: 'signed' });
    expect(await newest(koln)).toMatchObject({ kind: 'twinning_approval_requested', readAt: null, payload: { from: 'agreed', to: 'signed' } });
    expect((await lastMail('koln@twinbridge.demo'))!.body).toContain('awaits your approval: Letter of intent signed → Protocol signed');
    await step(ankara, 'withdraw');
    const kolnNotes = await notes(koln);
    expect(kolnNotes.items.slice(0, 2)).toMatchObject([
      { kind: 'twinning_approval_withdrawn', readAt: null, payload: { to: 'signed' } },
      { kind: 'twinning_approval_requested', readAt: expect.any(String) },
    ]);
    expect(kolnNotes.unread).toBe(1);
    const before = [(await notes(koln)).items.length, (await notes(ankara)).items.length, (await mailsTo('koln@twinbridge.demo')).length];
    expect(refusal(await step(koln, 'move', { to: 'active' }))).toBe('409 twinning_step_not_allowed');
    expect(refusal(await step(koln, 'approve'))).toBe('409 twinning_nothing_pending');
    expect([(await notes(koln)).items.length, (await notes(ankara)).items.length, (await mailsTo('koln@twinbridge.demo')).length]).toEqual(before);
    expect((await notes(istanbul)).items).toEqual([]);
  });
});

describe('first contact: the mail carries the message; answering settles the notice', () => {
  const long = `${'Köln would like to work with İstanbul on culture and youth exchanges. '.repeat(20)}THE END`;
  let eoi = '';
  it('an approach reaches the other side with its message, shortened when long', async () => {
    eoi = (await koln.request('POST', '/api/expressions-of-interest', { toCode: 'TR-BSB-34', message: long })).json().id;
    expect(await newest(istanbul)).toMatchObject({ kind: 'eoi_received', readAt: null });
    const mail = await lastMail('istanbul@twinbridge.demo');
    expect(mail!.subject).toBe('TwinBridge: Yeni bir ilgi beyanı aldınız');
    expect(mail!.body).toContain('Mesaj:\n> Köln would like to work with İstanbul on culture');
    expect(mail!.body).toContain(' …');
    expect(mail!.body).not.toContain('THE END');
    expect(mail!.body).toContain(`${t.ctx.config.publicUrl}/partners/inbox`);
    expect(mail!.body).toContain('"ortak arama ve mesajlar"');
  });
  it('accepting settles the approach notice; the sender hears the decision', async () => {
    const conversation = (await istanbul.request('POST', `/api/expressions-of-interest/${eoi}/decision`, { decision: 'accepted' })).json().conversationId as string;
    expect(await notes(istanbul)).toMatchObject({ unread: 0, items: [{ kind: 'eoi_received', readAt: expect.any(String) }] });
    expect(await newest(koln)).toMatchObject({ kind: 'eoi_accepted', readAt: null });
    expect((await lastMail('koln@twinbridge.demo'))!.body).toContain('accepted your expression of interest');
    // A message reaches the other side with its text; reading the conversation settles it for that reader.
    await koln.request('POST', `/api/conversations/${conversation}/messages`, { body: 'Shall we meet in June?' });
    expect(await newest(istanbul)).toMatchObject({ kind: 'message_received', readAt: null });
    expect((await lastMail('istanbul@twinbridge.demo'))!.body).toContain('> Shall we meet in June?');
    await istanbul.request('GET', `/api/conversations/${conversation}`);
    expect((await notes(istanbul)).unread).toBe(0);
  });
  it('turning contact mails off stops the mails, not the bell', async () => {
    const all = { contact: true, twinning: true, grants: true, reminders: true, participation: true };
    expect((await istanbul.request('PUT', '/api/auth/me/mail-preferences', { ...all, contact: false })).statusCode).toBe(200);
    const before = (await mailsTo('istanbul@twinbridge.demo')).length;
    const conversation = (await koln.request('GET', '/api/conversations')).json().items[0].id as string;
    await koln.request('POST', `/api/conversations/${conversation}/messages`, { body: 'Or in July?' });
    expect(await newest(istanbul)).toMatchObject({ kind: 'message_received', readAt: null });
    expect((await mailsTo('istanbul@twinbridge.demo')).length).toBe(before);
  });
});
