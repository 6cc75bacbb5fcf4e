import { describe, expect, it } from 'vitest';
import { Agent, refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { signedUp } from '../accounts/accounts.testkit';
import { call, openRules, programme } from '../grants/applications/grants.applications.testkit';
import { answerBody, consultationBody, moveDates, opened } from './participation.testkit';

const world = withDemoPeople();

describe('opening a consultation', () => {
  it('lets a programme manager open one, with stable question and option ids and the organiser named', async () => {
    const res = await world.p.manager.request('POST', '/api/consultations', consultationBody());
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.status).toBe('open');
    expect(c.questions.map((q: { id: string }) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(c.questions[0].options.map((o: { id: string }) => o.id)).toEqual(['q1.o1', 'q1.o2', 'q1.o3']);
    expect(c.statements).toHaveLength(3);
    expect(c.organiser).toEqual({ name: 'Demo Programme Manager', authorityCode: null });
    expect(c.respondents).toBe(0);
    expect((await world.anonymous.request('GET', `/api/consultations/${c.id}`)).json().title.en).toBe('Riverside park');
  });

  it('lets an officer open one for their own authority and on its partner request, not another’s', async () => {
    const own = await opened(world.p.istanbul);
    expect((await world.anonymous.request('GET', `/api/consultations/${own.id}`)).json().organiser.authorityCode).toBe('TR-BSB-34');
    const req = await world.p.istanbul.request('POST', '/api/partner-requests', { title: 'Partner for a riverside park', themes: ['environment'], descriptionEn: 'We look for a partner on parks.' });
    expect(req.statusCode).toBe(201);
    const link = { kind: 'request' as const, id: req.json().id as string };
    expect((await world.p.istanbul.request('POST', '/api/consultations', consultationBody({ link }))).statusCode).toBe(201);
    expect(refusal(await world.p.koln.request('POST', '/api/consultations', consultationBody({ link })))).toBe('403 forbidden');
    const listed = await world.anonymous.request('GET', `/api/consultations?linkedTo=request:${link.id}`);
    expect(listed.json().items.map((c: { link: unknown }) => c.link)).toEqual([link]);
  });

  it('refuses citizens, assessors and the signed-out, and an officer a call', async () => {
    expect(refusal(await world.p.citizen.request('POST', '/api/consultations', consultationBody()))).toBe('403 forbidden');
    expect(refusal(await world.p.assessor.request('POST', '/api/consultations', consultationBody()))).toBe('403 forbidden');
    expect(refusal(await world.anonymous.request('POST', '/api/consultations', consultationBody()))).toBe('401 unauthorized');
    const link = { kind: 'call' as const, id: await call(world.p.manager, await programme(world.p.manager, 'P-CONS'), 'P-CONS/1', openRules()) };
    expect(refusal(await world.p.istanbul.request('POST', '/api/consultations', consultationBody({ link })))).toBe('403 forbidden');
    expect((await world.p.manager.request('POST', '/api/consultations', consultationBody({ link }))).statusCode).toBe(201);
  });

  it('answers bad input with field messages: empty and duplicate options, a link or invited authority to nothing, dates the wrong way', async () => {
    const paths = async (body: unknown) => {
      const res = await world.p.manager.request('POST', '/api/consultations', body);
      expect(res.statusCode).toBe(400);
      return (res.json().fields as { path: string }[]).map((f) => f.path);
    };
    const base = consultationBody();
    const q = base.questions[0]!;
    expect(await paths({ ...base, questions: [{ ...q, options: [{ en: 'A', tr: 'A' }, { en: '', tr: '' }] }] })).toContain('questions.0.options.1');
    expect(await paths({ ...base, questions: [{ ...q, options: [{ en: 'A', tr: 'A' }, { en: 'a', tr: 'a' }] }] })).toContain('questions.0.options.1');
    expect(await paths({ ...base, questions: [{ ...q, options: [{ en: 'Only', tr: 'Tek' }] }] })).toContain('questions.0.options');
    expect(await paths({ ...base, link: { kind: 'twinning', id: '00000000-0000-4000-8000-000000000009' } })).toEqual(['link.id']);
    expect(await paths({ ...base, link: { kind: 'project', id: 'not-a-uuid' } })).toEqual(['link.id']);
    expect(await paths({ ...base, audience: 'invited', invitedAuthorities: ['XX-NONE'] })).toEqual(['invitedAuthorities.0']);
    expect(await paths({ ...base, closesAt: base.opensAt })).toContain('closesAt');
    expect(await paths({ ...base, title: { en: 'x'.repeat(5001), tr: '' } })).toContain('title.en');
  });
});

describe('reading per audience', () => {
  it('shows an invited consultation only to invited officers, the organiser and staff', async () => {
    const c = await opened(world.p.istanbul, { audience: 'invited', invitedAuthorities: ['DE_05315000'] });
    for (const who of [world.p.koln, world.p.istanbul, world.p.manager, world.p.admin]) expect((await who.request('GET', `/api/consultations/${c.id}`)).statusCode).toBe(200);
    expect(refusal(await world.p.citizen.request('GET', `/api/consultations/${c.id}`))).toBe('403 forbidden');
    expect(refusal(await world.anonymous.request('GET', `/api/consultations/${c.id}/results`))).toBe('401 unauthorized');
    expect(refusal(await world.p.citizen.request('POST', `/api/consultations/${c.id}/responses`, answerBody(['q1', 'q2', 'q3', 'q4', 'q5'], [], 'citizen', 'TR')))).toBe('403 forbidden');
    const ids = async (who: Agent) => ((await who.request('GET', '/api/consultations')).json().items as { id: string }[]).map((x) => x.id);
    expect(await ids(world.p.koln)).toContain(c.id);
    expect(await ids(world.p.citizen)).not.toContain(c.id);
    expect(await ids(world.anonymous)).not.toContain(c.id);
  });

  it('shows a signed-in consultation to any account and to nobody signed out', async () => {
    const c = await opened(world.p.manager, { audience: 'signed_in' });
    expect((await world.p.citizen.request('GET', `/api/consultations/${c.id}`)).statusCode).toBe(200);
    expect(refusal(await world.anonymous.request('GET', `/api/consultations/${c.id}`))).toBe('401 unauthorized');
  });

  it('filters by status by the server’s clock, and 404s an unknown id', async () => {
    const c = await opened(world.p.manager);
    await moveDates(world.t, c.id, 'upcoming');
    const of = async (status: string) => ((await world.anonymous.request('GET', `/api/consultations?status=${status}`)).json().items as { id: string }[]).map((x) => x.id);
    expect(await of('upcoming')).toContain(c.id);
    expect(await of('open')).not.toContain(c.id);
    expect(refusal(await world.anonymous.request('GET', '/api/consultations/00000000-0000-4000-8000-000000000009'))).toBe('404 not_found');
    expect((await world.anonymous.request('GET', '/api/consultations?linkedTo=planet:x')).statusCode).toBe(400);
  });
});

describe('the decision', () => {
  it('waits for the close, is the organiser’s or staff’s, is published once and tells every respondent', async () => {
    const c = await opened(world.p.istanbul);
    const ids = c.questions.map((q) => q.id);
    const ayse = await signedUp(world.t.app, 'ayse.respondent@example.org', 'Ayşe Respondent');
    expect((await ayse.request('POST', `/api/consultations/${c.id}/responses`, answerBody(ids, [], 'youth', 'TR'))).statusCode).toBe(201);
    const text = { en: 'We keep the park car-free and add lighting first.', tr: 'Parkı araçsız tutuyor, önce aydınlatma ekliyoruz.' };
    expect(refusal(await world.p.istanbul.request('POST', `/api/consultations/${c.id}/decision`, { text }))).toBe('409 consultation_not_closed');
    await moveDates(world.t, c.id, 'closed');
    expect(refusal(await world.p.koln.request('POST', `/api/consultations/${c.id}/decision`, { text }))).toBe('403 forbidden');
    expect(refusal(await ayse.request('POST', `/api/consultations/${c.id}/decision`, { text }))).toBe('403 forbidden');
    expect((await world.p.istanbul.request('POST', `/api/consultations/${c.id}/decision`, { text: { en: '', tr: '' } })).statusCode).toBe(400);
    const res = await world.p.istanbul.request('POST', `/api/consultations/${c.id}/decision`, { text });
    expect(res.statusCode).toBe(200);
    expect(res.json().decision.text).toEqual(text);
    expect(refusal(await world.p.manager.request('POST', `/api/consultations/${c.id}/decision`, { text }))).toBe('409 decision_published');
    const bell = (await ayse.request('GET', '/api/notifications')).json();
    expect(bell.items.map((n: { kind: string; payload: { link: string } }) => [n.kind, n.payload.link])).toEqual([['consultation_decision', `/consultations/${c.id}`]]);
    const outbox = (await world.p.admin.request('GET', '/api/admin/outbox?limit=100')).json().items as { to: string; subject: string; body: string }[];
    const mail = outbox.find((m) => m.to === 'ayse.respondent@example.org');
    expect(mail?.subject).toBe('TwinBridge: The decision on a consultation you answered is published');
    expect(mail?.body).toContain('The decision on the consultation "Riverside park" is published');
    expect(mail?.body).toContain('because you answered a consultation on TwinBridge');
  });
});

describe('moderating respondents’ statements', () => {
  it('keeps a new statement hidden until the organiser accepts it, once; others may not moderate', async () => {
    const c = await opened(world.p.istanbul);
    const ids = c.questions.map((q) => q.id);
    const ali = await signedUp(world.t.app, 'ali.respondent@example.org', 'Ali Respondent');
    const answer = { ...answerBody(ids, [], 'citizen', 'TR'), newStatements: ['Dogs should be welcome in the park'] };
    expect((await ali.request('POST', `/api/consultations/${c.id}/responses`, answer)).statusCode).toBe(201);
    expect((await world.anonymous.request('GET', `/api/consultations/${c.id}`)).json().statements).toHaveLength(3);
    for (const who of [ali, world.p.koln, world.p.citizen]) expect(refusal(await who.request('GET', `/api/consultations/${c.id}/statements/pending`))).toBe('403 forbidden');
    const pending = (await world.p.istanbul.request('GET', `/api/consultations/${c.id}/statements/pending`)).json().items;
    expect(pending).toEqual([{ id: expect.any(String), text: 'Dogs should be welcome in the park', byRespondent: true }]);
    const url = `/api/consultations/${c.id}/statements/${pending[0].id}/decision`;
    expect(refusal(await ali.request('POST', url, { accept: true }))).toBe('403 forbidden');
    expect((await world.p.istanbul.request('POST', url, { accept: true })).statusCode).toBe(200);
    expect(refusal(await world.p.manager.request('POST', url, { accept: false }))).toBe('409 statement_decided');
    const shown = (await world.anonymous.request('GET', `/api/consultations/${c.id}`)).json().statements as { text: string; byRespondent: boolean }[];
    expect(shown.at(-1)).toEqual({ id: pending[0].id, text: 'Dogs should be welcome in the park', byRespondent: true });
    expect((await world.p.istanbul.request('GET', `/api/consultations/${c.id}/statements/pending`)).json().items).toEqual([]);
  });

  it('tells each reader whether they may manage it: the organiser and staff, nobody else', async () => {
    const c = await opened(world.p.istanbul);
    const canManage = async (who: Agent) => (await who.request('GET', `/api/consultations/${c.id}`)).json().canManage;
    for (const who of [world.p.istanbul, world.p.manager, world.p.admin]) expect(await canManage(who)).toBe(true);
    for (const who of [world.p.koln, world.p.citizen, world.p.assessor, world.anonymous]) expect(await canManage(who)).toBe(false);
    const listed = (await world.p.koln.request('GET', '/api/consultations')).json().items.find((x: { id: string }) => x.id === c.id);
    expect(listed.canManage).toBe(false);
  });
});

describe('the audit trail', () => {
  it('records every change of a consultation: opened, answered, changed, statement accepted or rejected, decision', async () => {
    const c = await opened(world.p.istanbul);
    const ids = c.questions.map((q) => q.id);
    const deniz = await signedUp(world.t.app, 'deniz.respondent@example.org', 'Deniz Respondent');
    const url = `/api/consultations/${c.id}/responses`;
    expect((await deniz.request('POST', url, { ...answerBody(ids, [], 'academia', 'EU'), newStatements: ['Keep it open at night', 'Sell the park'] })).statusCode).toBe(201);
    expect((await deniz.request('PUT', url, answerBody(ids, [], 'academia', 'TR'))).statusCode).toBe(200);
    const [keep, sell] = (await world.p.istanbul.request('GET', `/api/consultations/${c.id}/statements/pending`)).json().items;
    await world.p.istanbul.request('POST', `/api/consultations/${c.id}/statements/${keep.id}/decision`, { accept: true });
    await world.p.istanbul.request('POST', `/api/consultations/${c.id}/statements/${sell.id}/decision`, { accept: false });
    await moveDates(world.t, c.id, 'closed');
    expect((await world.p.manager.request('POST', `/api/consultations/${c.id}/decision`, { text: { en: 'Open at night.', tr: '' } })).statusCode).toBe(200);
    const audit = (await world.p.admin.request('GET', `/api/admin/audit?entityType=consultation&entityId=${c.id}&limit=50`)).json().items as { action: string }[];
    expect(audit.map((e) => e.action).sort()).toEqual(
      ['consultation.created', 'consultation.decision_published', 'consultation.responded', 'consultation.response_changed', 'consultation.statement_accepted', 'consultation.statement_rejected'].sort(),
    );
  });
});
