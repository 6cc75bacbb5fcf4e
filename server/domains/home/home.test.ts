import { eq } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeSection, HomeView } from '../../../shared/home';
import { createMailer } from '../../platform/mail';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { outbox } from '../../platform/mail.schema';
import { signedIn, signedUp } from '../accounts/accounts.testkit';
import { call, demoPeople, officerOf, openRules, programme } from '../grants/applications/grants.applications.testkit';
import { applicationInEvaluation, closeCall, newAssessor, retitleCall, setStatus } from '../grants/grants.testkit';

// "My TwinBridge" per role, built through the real routes of each domain: an approach, a conversation,
// a twinning step, a partner request and applications between İstanbul and Köln, with Ankara as the
// officer of a third authority who must see none of it.

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let ankara: Agent;
let callId = '';
let twinningId = '';
let conversationId = '';
let applicationId = '';
let requestId = '';

const home = async (who: Agent): Promise<HomeView> => {
  const res = await who.request('GET', '/api/me/home');
  expect(res.statusCode).toBe(200);
  return res.json();
};
const sectionOf = (view: HomeView, key: HomeSection['key']): HomeSection => {
  const found = view.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no ${key} section in ${view.sections.map((s) => s.key).join(', ')}`);
  return found;
};
const ids = (view: HomeView, key: HomeSection['key']) => sectionOf(view, key).items.map((i) => i.id);

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  ankara = await officerOf(t, p.admin, 'ankara.home@example.org', 'TR-BSB-06');

  // Köln approaches İstanbul, İstanbul accepts, Köln writes: a conversation with one unread message for İstanbul.
  const eoi = await p.koln.request('POST', '/api/expressions-of-interest', { toCode: 'TR-BSB-34', message: 'We would like to explore a partnership.' });
  await p.istanbul.request('POST', `/api/expressions-of-interest/${eoi.json().id}/decision`, { decision: 'accepted' });
  conversationId = (await p.istanbul.request('GET', '/api/conversations')).json().items[0].id;
  await p.koln.request('POST', `/api/conversations/${conversationId}/messages`, { body: 'Shall we meet in May?' });
  // A second approach, this one still unanswered.
  await p.koln.request('POST', '/api/expressions-of-interest', { toCode: 'TR-BSB-06', message: 'Ankara, may we talk about smart cities?' });

  // Köln proposes a twinning with Ankara, Ankara answers (exploring), then Köln asks for the binding step: Ankara must approve.
  twinningId = (await p.koln.request('POST', '/api/twinnings', { partnerCode: 'TR-BSB-06' })).json().id;
  await ankara.request('POST', `/api/twinnings/${twinningId}/move`, { to: 'exploring' });
  await p.koln.request('POST', `/api/twinnings/${twinningId}/move`, { to: 'agreed' });

  requestId = (await p.istanbul.request('POST', '/api/partner-requests', { title: 'Partners for climate adaptation', themes: ['climate_change'], descriptionEn: 'Coastal cities welcome.' })).json().id;

  // İstanbul's draft application with Köln as a partner that has not confirmed.
  callId = await call(p.manager, await programme(p.manager, 'HOME'), 'HOME/01', openRules());
  applicationId = (await p.istanbul.request('POST', `/api/calls/${callId}/applications`)).json().id;
  await p.istanbul.request('PUT', `/api/applications/${applicationId}/partners`, { codes: ['DE_05315000'] });
});
afterAll(async () => t.close());

describe('GET /api/me/home', () => {
  it('is 401 for anonymous callers, and documented in OpenAPI', async () => {
    expect((await new Agent(t.app).request('GET', '/api/me/home')).statusCode).toBe(401);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/me/home'].get).toMatchObject({ operationId: 'getMyHome', tags: ['home'] });
  });

  it('gives a public user no work sections, and their officer request once they file one', async () => {
    const citizen = await home(p.citizen);
    expect(citizen).toMatchObject({ role: 'public', authority: null, officerRequest: null, sections: [] });
    const hopeful = await signedUp(t.app, 'hopeful.home@example.org');
    await hopeful.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-06' });
    expect((await home(hopeful)).officerRequest).toEqual({ authorityCode: 'TR-BSB-06', authorityName: 'Ankara Büyükşehir Belediyesi', status: 'pending' });
  });
});

describe("an officer's home", () => {
  it('shows its authority and the officer sections in order', async () => {
    const view = await home(p.istanbul);
    expect(view.authority).toEqual({ code: 'TR-BSB-34', name: expect.stringMatching(/İstanbul/) });
    expect(view.sections.map((s) => s.key)).toEqual(['approvals', 'approaches', 'conversations', 'applications', 'requests']);
  });

  it('lists the twinning step waiting for this side only, linked to the twinning', async () => {
    const waiting = sectionOf(await home(ankara), 'approvals');
    expect(waiting.items).toEqual([expect.objectContaining({ id: twinningId, link: `/twinnings/${twinningId}`, status: 'agreed', title: expect.stringMatching(/^Köln/) })]);
    expect(ids(await home(p.koln), 'approvals')).toEqual([]); // Köln asked; it waits for Ankara
    expect(ids(await home(p.istanbul), 'approvals')).toEqual([]);
    await ankara.request('POST', `/api/twinnings/${twinningId}/approve`);
    expect(ids(await home(ankara), 'approvals')).toEqual([]);
  });

  it('lists approaches waiting for an answer to the receiving authority only', async () => {
    expect(sectionOf(await home(ankara), 'approaches').items).toEqual([expect.objectContaining({ title: expect.stringMatching(/^Köln/), link: '/partners/inbox' })]);
    expect(ids(await home(p.istanbul), 'approaches')).toEqual([]); // answered already
    expect(ids(await home(p.koln), 'approaches')).toEqual([]); // Köln sent them
  });

  it('lists open conversations with the messages each reader has not read', async () => {
    const istanbul = sectionOf(await home(p.istanbul), 'conversations').items;
    expect(istanbul).toEqual([expect.objectContaining({ id: conversationId, title: expect.stringMatching(/^Köln/), unread: 1, link: `/partners/conversations/${conversationId}` })]);
    expect(sectionOf(await home(p.koln), 'conversations').items).toEqual([expect.objectContaining({ id: conversationId, unread: 0 })]);
    expect(ids(await home(ankara), 'conversations')).toEqual([]);
    await p.istanbul.request('POST', '/api/notifications/read');
    expect(sectionOf(await home(p.istanbul), 'conversations').items[0]?.unread).toBe(0);
  });

  it("lists the authority's own open partner requests", async () => {
    expect(sectionOf(await home(p.istanbul), 'requests').items).toEqual([expect.objectContaining({ id: requestId, title: 'Partners for climate adaptation', link: `/partners/requests/${requestId}/edit` })]);
    expect(ids(await home(p.koln), 'requests')).toEqual([]);
  });

  it('lists applications with their deadline; a partner that has not confirmed is asked to', async () => {
    const lead = sectionOf(await home(p.istanbul), 'applications').items;
    expect(lead).toEqual([expect.objectContaining({ id: applicationId, status: 'draft', link: `/grants/applications/${applicationId}`, due: expect.any(String) })]);
    const partner = sectionOf(await home(p.koln), 'applications').items;
    expect(partner).toEqual([expect.objectContaining({ id: applicationId, status: 'to_confirm' })]);
    expect(ids(await home(ankara), 'applications')).toEqual([]);
  });

  it('puts a draft whose deadline passed last, with no due date, after the live ones', async () => {
    const staleCall = await call(p.manager, await programme(p.manager, 'HOMES'), 'HOMES/01', openRules());
    const stale = (await p.istanbul.request('POST', `/api/calls/${staleCall}/applications`)).json().id as string;
    await closeCall(t, staleCall);
    const items = sectionOf(await home(p.istanbul), 'applications').items;
    expect(items.map((i) => i.id)).toEqual([applicationId, stale]);
    expect(items[1]).toMatchObject({ status: 'draft', due: null });
    expect(items[0]?.due).toEqual(expect.any(String));
  });

  it('stops asking a partner that declined to confirm, and leaves the application out of its list', async () => {
    expect((await p.koln.request('POST', `/api/applications/${applicationId}/partners/decline`)).statusCode).toBe(200);
    expect(ids(await home(p.koln), 'applications')).not.toContain(applicationId);
    expect((await p.koln.request('POST', `/api/applications/${applicationId}/partners/confirm`)).statusCode).toBe(200);
    expect(sectionOf(await home(p.koln), 'applications').items).toEqual([expect.objectContaining({ id: applicationId, status: 'draft' })]);
  });
});

describe("an assessor's home", () => {
  it('lists the open assessment with what is due next (declaration, then sheet); nothing of other roles', async () => {
    const evalCall = await call(p.manager, await programme(p.manager, 'HOMEV'), 'HOMEV/01', openRules({ assessorsPerApplication: 3 }));
    await applicationInEvaluation(t, evalCall, { reference: 'HOMEV/01-A', lead: 'TR-BSB-16', theme: 'energy', grantCents: 5_000_000 });
    await p.manager.request('POST', `/api/calls/${evalCall}/assignments`);
    const view = await home(p.assessor);
    expect(view.sections.map((s) => s.key)).toEqual(['assessments']);
    const [first] = sectionOf(view, 'assessments').items;
    expect(first).toMatchObject({ status: 'assigned', title: expect.stringMatching(/^HOMEV\/01-A/), link: expect.stringMatching(/^\/grants\/assessments\//) });
    await p.assessor.request('POST', `${first!.link.replace('/grants/assessments', '/api/assignments')}/declaration`, { noConflict: true });
    expect(sectionOf(await home(p.assessor), 'assessments').items[0]).toMatchObject({ id: first!.id, status: 'declared' });
    // Officers never get an assessments section, whoever is assigned.
    expect((await home(p.istanbul)).sections.some((s) => s.key === 'assessments')).toBe(false);
  });
});

describe("a programme manager's home", () => {
  it('shows calls by stage with what waits: checks, assignments, consensus and the award', async () => {
    const callB = await call(p.manager, await programme(p.manager, 'HOMEM'), 'HOMEM/01', openRules());
    await applicationInEvaluation(t, callB, { reference: 'HOMEM/01-A', lead: 'TR-BSB-07', theme: 'culture', grantCents: 5_000_000 });
    await closeCall(t, callB);
    const view = await home(p.manager);
    expect(view.sections.map((s) => s.key)).toEqual(['calls', 'reports']);
    const calls = sectionOf(view, 'calls').items;
    const closed = calls.find((c) => c.id === callB);
    expect(closed).toMatchObject({ status: 'closed', link: `/grants/calls/${callB}/evaluation`, waits: { check: 0, assign: 1, diverge: 0, consensus: 0, award: 0 } });
    expect(calls.find((c) => c.id === callId)).toMatchObject({ status: 'open', link: `/grants/calls/${callId}`, waits: { check: 0, assign: 0, diverge: 0, consensus: 0, award: 0 } });
    // Closed calls (where the work is) come before open ones.
    expect(calls.findIndex((c) => c.id === callB)).toBeLessThan(calls.findIndex((c) => c.id === callId));
    expect(view.authority).toBeNull();
  });

  it('prompts for the shortlist once a two-stage call’s concept deadline passed and every concept note is evaluated', async () => {
    const fullDeadlineAt = new Date(Date.now() + 60 * 86_400_000).toISOString();
    const id = await call(p.manager, await programme(p.manager, 'HOMEC'), 'HOMEC/01', openRules({ twoStage: true, preSelectionThreshold: 30, fullDeadlineAt }));
    const a = await applicationInEvaluation(t, id, { reference: 'HOMEC/01-A', lead: 'TR-BSB-16', theme: 'energy', grantCents: 5_000_000 });
    const b = await applicationInEvaluation(t, id, { reference: 'HOMEC/01-B', lead: 'TR-BSB-01', theme: 'culture', grantCents: 5_000_000 });
    const itemOf = async (callId: string) => sectionOf(await home(p.manager), 'calls').items.find((c) => c.id === callId);
    // One concept note still in evaluation: the shortlist is refused until all are evaluated, so no prompt yet.
    await setStatus(t, a, 'evaluated');
    expect(await itemOf(id)).toMatchObject({ status: 'closed', shortlist: null, link: `/grants/calls/${id}/evaluation` });
    await setStatus(t, b, 'evaluated');
    expect(await itemOf(id)).toMatchObject({ status: 'closed', shortlist: 2, link: `/grants/calls/${id}#call-shortlist`, waits: { check: 0, assign: 0, diverge: 0, consensus: 0, award: 0 } });
    // A one-stage call whose applications are evaluated waits for the award, never for a shortlist.
    const single = await call(p.manager, await programme(p.manager, 'HOMED'), 'HOMED/01', openRules());
    await setStatus(t, await applicationInEvaluation(t, single, { reference: 'HOMED/01-A', lead: 'TR-BSB-07', theme: 'energy', grantCents: 5_000_000 }), 'evaluated');
    expect(await itemOf(single)).toMatchObject({ shortlist: null, waits: { award: 1 } });
    // Only managers have a calls section at all.
    expect((await home(p.istanbul)).sections.some((s) => s.key === 'calls')).toBe(false);
  });

  it('names a call with no Turkish title by its English one in Turkish', async () => {
    const id = await call(p.manager, await programme(p.manager, 'HOMET'), 'HOMET/01', openRules());
    // Calls made before both titles were required (or imported) may have no Turkish title.
    await retitleCall(t, id, { titleEn: 'Call in English only', titleTr: '' });
    const draft = sectionOf(await home(p.manager), 'calls').items.find((c) => c.id === id);
    expect(draft).toMatchObject({ title: 'HOMET/01 · Call in English only', titleTr: 'HOMET/01 · Call in English only' });
  });
});

describe("an admin's home", () => {
  it('lists pending officer requests with names, and mails that failed to go out', async () => {
    const failing = { sendMail: async () => { throw new Error('550 mailbox unavailable'); } } as unknown as Transporter;
    const mailer = createMailer(t.ctx.db, failing, 'TwinBridge <no-reply@twinbridge.local>');
    // Stopped at once: the test files share a process, and its sweep would go on after this file's database closed.
    await mailer.stop();
    await mailer.send(t.ctx.db, { to: 'lost@example.org', subject: 'Your request', body: 'Hello' });
    await mailer.flush();
    const view = await home(p.admin);
    expect(view.sections.map((s) => s.key)).toEqual(['officerRequests', 'failedMail', 'calls', 'reports']);
    expect(sectionOf(view, 'officerRequests').items).toContainEqual(expect.objectContaining({ title: 'Test User · Ankara Büyükşehir Belediyesi', link: '/admin' }));
    // The failing transport claims every unsent mail of the outbox, so the newest failure is ours.
    const failed = sectionOf(view, 'failedMail');
    expect(failed.items[0]).toMatchObject({ title: 'lost@example.org · Your request', link: '/admin?tab=outbox' });
    expect(failed.total).toBeGreaterThanOrEqual(1);
    // Nobody but an admin sees the officer requests or the failed mail.
    for (const who of [p.manager, p.istanbul, p.assessor, p.citizen]) {
      expect((await home(who)).sections.some((s) => s.key === 'officerRequests' || s.key === 'failedMail')).toBe(false);
    }
  });
});

describe('a user with an approved link who is not an officer', () => {
  const officerKeys = ['approvals', 'approaches', 'conversations', 'applications', 'requests'];
  const idOf = async (who: Agent): Promise<string> => (await who.request('GET', '/api/auth/me')).json().user.id;

  it('once demoted by an admin, sees none of the authority on the home page and gets none of its notices or mails', async () => {
    let izmir = await officerOf(t, p.admin, 'izmir.home@example.org', 'TR-BSB-35');
    expect((await home(izmir)).authority?.code).toBe('TR-BSB-35');
    expect((await p.admin.request('PATCH', `/api/admin/users/${await idOf(izmir)}/role`, { role: 'public' })).statusCode).toBe(200);
    // The change signed the person out; signed in again they see no authority.
    expect((await izmir.request('GET', '/api/auth/me')).json().user).toBeNull();
    izmir = await signedIn(t.app, 'izmir.home@example.org', 'correct horse battery');
    const view = await home(izmir);
    expect(view.authority).toBeNull();
    expect(view.sections).toEqual([]);
    const before = await t.ctx.db.$count(outbox, eq(outbox.to, 'izmir.home@example.org'));
    const approach = await p.koln.request('POST', '/api/expressions-of-interest', { toCode: 'TR-BSB-35', message: 'İzmir, shall we talk about ports?' });
    expect(approach.statusCode).toBe(201);
    expect((await izmir.request('GET', '/api/notifications')).json().items).toEqual([]);
    expect(await t.ctx.db.$count(outbox, eq(outbox.to, 'izmir.home@example.org'))).toBe(before);
    // Nor is the demoted user listed as one of the authority's officers on its profile.
    const profile = (await p.istanbul.request('GET', '/api/authorities/TR-BSB-35')).json();
    expect(JSON.stringify(profile.officers ?? [])).not.toContain('izmir.home@example.org');
  });

  it('an assessor whose officer request was approved keeps the role and gets no officer sections', async () => {
    // Last in the file: one more assessor would change who the assessor test above is assigned.
    const assessor = await newAssessor(t, p.admin, 'assessor.link@example.org');
    const filed = await assessor.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-34' });
    expect((await p.admin.request('POST', `/api/admin/officer-requests/${filed.json().id}/decision`, { decision: 'approved' })).statusCode).toBe(200);
    const view = await home(assessor);
    expect(view.role).toBe('assessor');
    expect(view.authority).toBeNull();
    expect(view.sections.map((s) => s.key).filter((k) => officerKeys.includes(k))).toEqual([]);
  });
});
