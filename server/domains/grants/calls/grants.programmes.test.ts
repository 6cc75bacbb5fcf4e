import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp, refusal } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { call2018Rules } from '../../../../shared/grants.fixtures';

let t: TestApp;
let manager: Agent;
let officer: Agent;
let programmeId = '';
let callId = '';
const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
const call = { reference: 'TWIN-2018/01', titleEn: 'Town Twinning grant scheme', titleTr: 'Kardeş Şehir hibe programı', rules: call2018Rules() };

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  manager = await signedIn(t.app, 'manager@twinbridge.demo');
  officer = await signedIn(t.app, 'istanbul@twinbridge.demo');
});
afterAll(async () => t.close());

describe('programmes and calls', () => {
  it('only programme managers create programmes', async () => {
    const body = { code: 'TWIN-2018', titleEn: 'Town Twinning between Turkey and the EU', titleTr: "Türkiye ile AB arasında Kardeş Şehir", budgetCents: 2_600_000_00 };
    expect((await officer.request('POST', '/api/programmes', body)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/programmes', payload: body })).statusCode).toBe(401);
    const res = await manager.request('POST', '/api/programmes', body);
    expect(res.statusCode).toBe(201);
    programmeId = res.json().id;
    expect(refusal(await manager.request('POST', '/api/programmes', body))).toBe('409 programme_code_taken');
    expect((await manager.request('POST', '/api/programmes', { ...body, code: 'lower case' })).json().fields[0].path).toBe('code');
  });
  it('refuses call rules that do not hold together, naming every field', async () => {
    const rules = { ...call2018Rules(), minGrantCents: 20_000_000, deadlineAt: '2018-01-01T00:00:00+03:00' };
    const res = await manager.request('POST', `/api/programmes/${programmeId}/calls`, { ...call, rules });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { code: string }) => f.code).sort()).toEqual(['deadline_not_after_opening', 'min_grant_above_max']);
    expect((await manager.request('POST', `/api/programmes/${programmeId}/calls`, { ...call, rules: { ...rules, assessorsPerApplication: 1 } })).json().fields.map((f: { path: string }) => f.path)).toContain('rules.assessorsPerApplication');
  });
  it('keeps a draft call to managers, then publishes it for everyone', async () => {
    const res = await manager.request('POST', `/api/programmes/${programmeId}/calls`, call);
    expect(res.statusCode).toBe(201);
    callId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', budgetCents: 260_000_000, open: false });
    expect((await anonymous(`/api/calls/${callId}`)).statusCode).toBe(404);
    expect((await anonymous(`/api/programmes/${programmeId}`)).json().calls).toEqual([]);
    expect((await officer.request('POST', `/api/calls/${callId}/publish`)).statusCode).toBe(403);
    expect((await manager.request('POST', `/api/calls/${callId}/publish`)).json()).toMatchObject({ status: 'published' });
    expect(refusal(await manager.request('POST', `/api/calls/${callId}/publish`))).toBe('409 call_not_draft');
    const pub = (await anonymous(`/api/calls/${callId}`)).json();
    expect(pub).toMatchObject({ reference: 'TWIN-2018/01', rules: { maxGrantCents: 13_000_000, grid: { overallThreshold: 60 } } });
  });
  it('locks what applicants rely on once published; only extending the deadline is allowed', async () => {
    const { reference: _r, ...body } = call;
    const res = await manager.request('PUT', `/api/calls/${callId}`, { ...body, rules: { ...call.rules, maxGrantCents: 15_000_000 } });
    expect(refusal(res)).toBe('409 call_published_locked');
    expect(res.json().message).toMatch(/maxGrantCents/);
    const later = await manager.request('PUT', `/api/calls/${callId}`, { ...body, rules: { ...call.rules, deadlineAt: '2019-02-15T17:00:00+03:00' } });
    expect(later.statusCode).toBe(200);
    expect(later.json().deadlineAt).toBe('2019-02-15T17:00:00+03:00');
  });
  it('shows the programme with its ledger and figures computed from (no) awards, and an empty IATI file', async () => {
    const p = (await anonymous(`/api/programmes/${programmeId}`)).json();
    expect(p.ledger).toMatchObject({ totalCents: 260_000_000, awardedCents: 0, leftCents: 260_000_000 });
    expect(p.figures).toEqual({ projects: 0, grantedCents: 0, provinces: 0, countries: 0, themes: 0 });
    expect((await anonymous('/api/programmes')).json().items).toHaveLength(1);
    const xml = await anonymous(`/api/programmes/${programmeId}/iati.xml`);
    expect(xml.headers['content-type']).toMatch(/application\/xml/);
    expect(xml.body).toMatch(/<iati-activities version="2.03"/);
    expect((await anonymous('/api/projects?theme=astrology')).statusCode).toBe(400);
    expect((await anonymous('/api/projects')).json().items).toEqual([]);
  });
});
