import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp, type TestApp, refusal } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { validContent2018 } from '../../../../shared/grants.fixtures';
import { call, demoPeople, fieldCodes, officerOf, openRules, programme, statuses } from './grants.applications.testkit';
import { closeCall } from '../grants.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let ankara: Agent;
let anonymous: Agent;
let callId = '';
let draftCallId = '';
let id = ''; // İstanbul's application, with Köln as partner
let ankaraId = '';

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  ankara = await officerOf(t, p.admin, 'ankara.officer@example.org', 'TR-BSB-06');
  anonymous = new Agent(t.app);
  const programmeId = await programme(p.manager, 'TWIN-T');
  callId = await call(p.manager, programmeId, 'TWIN-T/01', openRules());
  draftCallId = await call(p.manager, programmeId, 'TWIN-T/02', openRules(), false);
});
afterAll(async () => t.close());

const url = (rest = '') => `/api/applications/${id}${rest}`;

describe('starting a draft', () => {
  it('is for officers of an authority that may lead, in a published open call', async () => {
    const start = `/api/calls/${callId}/applications`;
    expect(await statuses([anonymous, p.citizen, p.assessor, p.manager], 'POST', start)).toEqual([401, 403, 403, 403]);
    const german = await p.koln.request('POST', start);
    expect(german.statusCode).toBe(403);
    expect(german.json().message).toMatch(/may not lead.*countries TR/);
    expect((await p.istanbul.request('POST', `/api/calls/${draftCallId}/applications`)).statusCode).toBe(404);
    expect((await p.istanbul.request('POST', '/api/calls/not-a-uuid/applications')).statusCode).toBe(400);
  });
  it('creates an empty draft with the next reference; one per lead authority and call', async () => {
    const res = await p.istanbul.request('POST', `/api/calls/${callId}/applications`);
    expect(res.statusCode).toBe(201);
    const a = res.json();
    id = a.id;
    expect(a).toMatchObject({ reference: 'TWIN-T/01-001', status: 'draft', stage: 'full', version: 0, submittedAt: null, viewerRole: 'lead', lead: { code: 'TR-BSB-34', country: 'TR' }, partners: [], adminCheck: null });
    expect(a.content).toMatchObject({ titleEn: '', theme: null, budget: [], requestedGrantCents: null });
    expect(a.problems.map((x: { field: string }) => x.field)).toEqual(expect.arrayContaining(['content.titleEn', 'content.theme', 'partners', 'content.budget', 'content.requestedGrantCents']));
    expect(refusal(await p.istanbul.request('POST', `/api/calls/${callId}/applications`))).toBe('409 lead_has_application');
    const second = await ankara.request('POST', `/api/calls/${callId}/applications`);
    expect(second.json()).toMatchObject({ reference: 'TWIN-T/01-002', lead: { code: 'TR-BSB-06' } });
    ankaraId = second.json().id;
  });
});

describe('reading', () => {
  it("is for the lead's and partners' officers and programme managers; a 404 for everyone else", async () => {
    expect(await statuses([anonymous, p.citizen, p.assessor, ankara, p.koln], 'GET', url())).toEqual([401, 404, 404, 404, 404]);
    expect((await p.manager.request('GET', url())).json().viewerRole).toBe('manager');
    expect((await p.admin.request('GET', url())).statusCode).toBe(200);
    expect((await p.istanbul.request('GET', '/api/applications/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
  it('lists my authority’s applications; managers see all and filter', async () => {
    expect(await statuses([anonymous, p.citizen, p.assessor], 'GET', '/api/applications')).toEqual([401, 403, 403]);
    expect((await p.istanbul.request('GET', '/api/applications')).json().items.map((a: { reference: string }) => a.reference)).toEqual(['TWIN-T/01-001']);
    expect((await p.koln.request('GET', '/api/applications')).json().items).toEqual([]);
    expect((await p.manager.request('GET', `/api/applications?call=${callId}&status=draft`)).json().items).toHaveLength(2);
    expect((await p.manager.request('GET', '/api/applications?status=submitted')).json().items).toEqual([]);
    expect((await p.manager.request('GET', '/api/applications?status=dreaming')).statusCode).toBe(400);
  });
});

describe('autosave', () => {
  it("takes part of the content from the lead's officers only, checked by the content schema", async () => {
    const patch = { content: { titleEn: 'Green streets' } };
    expect(await statuses([anonymous, p.citizen, ankara, p.koln], 'PATCH', url(), patch)).toEqual([401, 404, 404, 404]);
    expect((await p.manager.request('PATCH', url(), patch)).statusCode).toBe(403);
    const bad = await p.istanbul.request('PATCH', url(), { content: { theme: 'astrology', durationMonths: 0, budget: [{ heading: 'travel', year: 1, description: '', amountCents: -5 }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['content.theme', 'content.durationMonths', 'content.budget.0.amountCents']));
    expect((await p.istanbul.request('PATCH', url(), { content: { colour: 'green' } })).statusCode).toBe(400);
  });
  it('keeps what it does not touch and refuses a stale save (two editors)', async () => {
    const first = await p.istanbul.request('PATCH', url(), { content: { titleEn: 'Green streets', durationMonths: 12 } });
    expect(first.statusCode).toBe(200);
    const stamp = first.json().updatedAt;
    const second = await p.istanbul.request('PATCH', url(), { content: { titleTr: 'Yeşil sokaklar' }, expectedUpdatedAt: stamp });
    expect(second.json().content).toMatchObject({ titleEn: 'Green streets', titleTr: 'Yeşil sokaklar', durationMonths: 12 });
    expect(second.json().updatedAt).not.toBe(stamp);
    const stale = await p.istanbul.request('PATCH', url(), { content: { titleEn: 'Overwritten' }, expectedUpdatedAt: stamp });
    expect(refusal(stale)).toBe('409 changed_meanwhile');
    expect((await p.istanbul.request('GET', url())).json().content.titleEn).toBe('Green streets');
  });
});

describe('partners', () => {
  it('are set by the lead from the directory; unknown codes, the lead itself and duplicates are refused', async () => {
    const bad = await p.istanbul.request('PUT', url('/partners'), { codes: ['XX_NOWHERE', 'TR-BSB-34', 'AT_90001', 'AT_90001'] });
    expect(bad.statusCode).toBe(400);
    expect(fieldCodes(bad)).toEqual(['codes.0:unknown_authority', 'codes.1:partner_is_lead', 'codes.3:partner_duplicate']);
    expect((await p.koln.request('PUT', url('/partners'), { codes: ['DE_05315000'] })).statusCode).toBe(404);
    const res = await p.istanbul.request('PUT', url('/partners'), { codes: ['DE_05315000', 'AT_90001'] });
    expect(res.json().partners.map((x: { code: string; state: string }) => `${x.code}:${x.state}`)).toEqual(['AT_90001:pending', 'DE_05315000:pending']);
  });
  it("let a partner authority's officer read, confirm or decline; nobody else", async () => {
    expect((await p.koln.request('GET', url())).json().viewerRole).toBe('partner');
    expect((await p.koln.request('GET', '/api/applications')).json().items).toEqual([expect.objectContaining({ id, viewerRole: 'partner' })]);
    expect((await p.koln.request('PATCH', url(), { content: { titleEn: 'Mine now' } })).statusCode).toBe(403);
    expect((await p.koln.request('PUT', url('/partners'), { codes: [] })).statusCode).toBe(403);
    expect(await statuses([anonymous, p.citizen, ankara, p.assessor, p.istanbul, p.manager], 'POST', url('/partners/confirm'))).toEqual([401, 404, 404, 404, 403, 403]);
    const invitation = async () => ((await p.koln.request('GET', '/api/notifications')).json().items as { kind: string; readAt: string | null }[]).find((n) => n.kind === 'application_partner_invited');
    expect(await invitation()).toMatchObject({ readAt: null });
    const declined = await p.koln.request('POST', url('/partners/decline'));
    expect(await invitation()).toMatchObject({ readAt: expect.any(String) }); // answered: no longer news
    expect(declined.json().partners[1]).toMatchObject({ code: 'DE_05315000', state: 'declined', confirmedAt: null });
    const confirmed = await p.koln.request('POST', url('/partners/confirm'));
    expect(confirmed.json().partners[1]).toMatchObject({ code: 'DE_05315000', state: 'confirmed' });
  });
  it('lose their confirmation when the lead removes them', async () => {
    await p.istanbul.request('PUT', url('/partners'), { codes: ['AT_90001'] });
    expect((await p.koln.request('GET', url())).statusCode).toBe(404);
    const back = await p.istanbul.request('PUT', url('/partners'), { codes: ['AT_90001', 'DE_05315000'] });
    expect(back.json().partners[1]).toMatchObject({ code: 'DE_05315000', state: 'pending' });
    await p.koln.request('POST', url('/partners/confirm'));
  });
});

describe('submission', () => {
  it('names every failure by field and code, the same list the draft shows', async () => {
    const res = await p.istanbul.request('POST', url('/submit'));
    expect(res.statusCode).toBe(400);
    const codes = fieldCodes(res);
    expect(codes).toEqual([
      'partners.0.confirmed:partner_not_confirmed', 'content.theme:required', 'content.summaryEn:required', 'content.summaryTr:required',
      'content.objectives:required', 'content.activities:required', 'content.indicators:required', 'content.budget:budget_empty', 'content.requestedGrantCents:required',
    ]);
    const shown = (await p.istanbul.request('GET', url())).json().problems.map((x: { field: string; code: string }) => `${x.field}:${x.code}`);
    expect(shown).toEqual(codes);
  });
  it('refuses money outside the call’s limits with the figures', async () => {
    await p.istanbul.request('PUT', url('/partners'), { codes: ['DE_05315000'] });
    await p.istanbul.request('PATCH', url(), { content: { ...validContent2018(), requestedGrantCents: 50_000_00 } });
    const res = await p.istanbul.request('POST', url('/submit'));
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([expect.objectContaining({ path: 'content.requestedGrantCents', code: 'grant_below_minimum', params: { minGrantCents: 60_000_00 } })]);
  });
  it('freezes a version of content and partners; the application cannot be edited any more', async () => {
    await p.istanbul.request('PATCH', url(), { content: { requestedGrantCents: 90_000_00 } });
    const res = await p.istanbul.request('POST', url('/submit'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', version: 1, problems: [], budget: { totalCents: 107_000_00, grantRateBp: 8411 } });
    expect(res.json().submittedAt).toEqual(expect.any(String));
    expect(refusal(await p.istanbul.request('PATCH', url(), { content: { titleEn: 'Later' } }))).toBe('409 application_not_draft');
    expect(refusal(await p.istanbul.request('PUT', url('/partners'), { codes: ['AT_90001'] }))).toBe('409 application_not_draft');
    expect(refusal(await p.koln.request('POST', url('/partners/decline')))).toBe('409 application_not_draft');
    expect(refusal(await p.istanbul.request('POST', url('/submit')))).toBe('409 application_not_draft');
    expect(refusal(await p.istanbul.request('POST', url('/files'), { filename: 'a.txt', contentType: 'text/plain', dataBase64: 'aGk=' }))).toBe('409 application_not_draft');
  });
  it('shows the frozen versions to the application’s readers only', async () => {
    expect((await p.koln.request('GET', url('/versions'))).json().items).toEqual([
      expect.objectContaining({ version: 1, stage: 'full', partners: ['DE_05315000'], titleEn: 'Green streets for twin towns', submittedBy: 'Ayşe Yılmaz' }),
    ]);
    const v1 = (await p.manager.request('GET', url('/versions/1'))).json();
    expect(v1.content).toEqual(validContent2018());
    expect(v1.partners).toEqual([expect.objectContaining({ code: 'DE_05315000', country: 'DE' })]);
    expect((await p.istanbul.request('GET', url('/versions/2'))).statusCode).toBe(404);
    expect(await statuses([anonymous, p.citizen, ankara, p.assessor], 'GET', url('/versions'))).toEqual([401, 404, 404, 404]);
    expect(await statuses([p.citizen, ankara], 'GET', url('/versions/1'))).toEqual([404, 404]);
  });
});

describe('withdrawal', () => {
  it('is for the lead’s officers until a decision; the lead may then start again', async () => {
    const w = `/api/applications/${ankaraId}/withdraw`;
    expect(await statuses([anonymous, p.citizen, p.istanbul, p.koln, p.assessor], 'POST', w)).toEqual([401, 404, 404, 404, 404]);
    expect((await p.manager.request('POST', w)).statusCode).toBe(403);
    expect((await ankara.request('POST', w)).json()).toMatchObject({ status: 'withdrawn', problems: [] });
    expect(refusal(await ankara.request('POST', w))).toBe('409 application_not_withdrawable');
    expect(refusal(await ankara.request('PATCH', `/api/applications/${ankaraId}`, { content: { titleEn: 'x' } }))).toBe('409 application_not_draft');
    const again = await ankara.request('POST', `/api/calls/${callId}/applications`);
    expect(again.json()).toMatchObject({ reference: 'TWIN-T/01-003', status: 'draft' });
    ankaraId = again.json().id;
  });
});

describe('administrative check', () => {
  const answers = { submitted_in_time: true, lead_eligible: true, partners_eligible: true, partner_confirmations: true, budget_within_limits: true, documents_complete: true, signed_declaration: true };
  it('is for programme managers, on submitted applications only', async () => {
    const body = { answers, reasons: '' };
    expect(await statuses([anonymous, p.citizen, p.assessor, p.istanbul, p.koln], 'PUT', url('/admin-check'), body)).toEqual([401, 403, 403, 403, 403]);
    expect(refusal(await p.manager.request('PUT', `/api/applications/${ankaraId}/admin-check`, body))).toBe('409 application_not_checkable');
    expect((await p.manager.request('PUT', url('/admin-check'), { answers: { astrology_ok: true } })).statusCode).toBe(400);
  });
  it('starts only after the deadline: until then others may still submit', async () => {
    const early = await p.manager.request('PUT', url('/admin-check'), { answers, reasons: '' });
    expect(refusal(early)).toBe('409 deadline_not_passed');
    expect(early.json().params).toEqual({ at: expect.any(String) });
    expect((await p.istanbul.request('GET', url())).json()).toMatchObject({ status: 'submitted', adminCheck: null });
    // Ankara's application goes in before the deadline too; then the call closes.
    const a = `/api/applications/${ankaraId}`;
    await ankara.request('PUT', `${a}/partners`, { codes: ['DE_05315000'] });
    await p.koln.request('POST', `${a}/partners/confirm`);
    await ankara.request('PATCH', a, { content: validContent2018() });
    expect((await ankara.request('POST', `${a}/submit`)).json().status).toBe('submitted');
    await closeCall(t, callId);
  });
  it('saves an incomplete check in progress, then sends a complete, eligible one on to evaluation', async () => {
    const partial = await p.manager.request('PUT', url('/admin-check'), { answers: { submitted_in_time: true, lead_eligible: null } });
    expect(partial.json()).toMatchObject({ status: 'admin_check', adminCheck: { complete: false, eligible: null, failed: [] } });
    expect(partial.json().adminCheck.unanswered).toHaveLength(6);
    const done = await p.manager.request('PUT', url('/admin-check'), { answers, reasons: '' });
    expect(done.json()).toMatchObject({ status: 'evaluation', adminCheck: { complete: true, eligible: true, failed: [], unanswered: [] } });
    const seen = (await p.istanbul.request('GET', url())).json();
    expect(seen).toMatchObject({ status: 'evaluation', adminCheck: { eligible: true } });
    expect(JSON.stringify(seen)).not.toMatch(/score/i);
    expect(refusal(await p.manager.request('PUT', url('/admin-check'), { answers, reasons: '' }))).toBe('409 application_not_checkable');
  });
  it('finds an application ineligible only with reasons, which the applicant reads', async () => {
    const a = `/api/applications/${ankaraId}`;
    const no = { answers: { ...answers, documents_complete: false }, reasons: '' };
    const refused = await p.manager.request('PUT', `${a}/admin-check`, no);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0].path).toBe('reasons');
    const res = await p.manager.request('PUT', `${a}/admin-check`, { ...no, reasons: 'The signed statutes of the partner are missing.' });
    expect(res.json()).toMatchObject({ status: 'ineligible', adminCheck: { complete: true, eligible: false, failed: ['documents_complete'] } });
    expect((await ankara.request('GET', a)).json().adminCheck).toMatchObject({ eligible: false, reasons: 'The signed statutes of the partner are missing.' });
    expect(refusal(await ankara.request('POST', `${a}/withdraw`))).toBe('409 application_not_withdrawable');
  });
  it('tells the lead of the check’s outcome and the partners of their invitation', async () => {
    const kinds = async (agent: Agent, appId: string) =>
      ((await agent.request('GET', '/api/notifications')).json().items as { kind: string; payload: { link: string } }[]).filter((n) => n.payload.link === `/grants/applications/${appId}`).map((n) => n.kind);
    expect(await kinds(p.istanbul, id)).toEqual(['application_eligible']);
    expect(await kinds(ankara, ankaraId)).toEqual(['application_ineligible']);
    expect(await kinds(p.koln, ankaraId)).toEqual(['application_partner_invited']);
    expect(await kinds(p.manager, ankaraId)).toEqual([]);
  });
  it('lets the lead withdraw while in evaluation', async () => {
    expect((await p.istanbul.request('POST', url('/withdraw'))).json().status).toBe('withdrawn');
  });
});

describe('the audit trail', () => {
  it('records every change, and nothing of what was refused', async () => {
    const res = await p.admin.request('GET', `/api/admin/audit?entityType=application&entityId=${id}&limit=100`);
    const actions = res.json().items.map((e: { action: string }) => e.action.replace('application.', '')).reverse();
    expect(actions).toEqual([
      'created', 'updated', 'updated', 'partners_changed', 'partner_declined', 'partner_confirmed', 'partners_changed', 'partners_changed',
      'partner_confirmed', 'partners_changed', 'updated', 'updated', 'submitted', 'admin_checked', 'admin_checked', 'withdrawn',
    ]);
  });
});
