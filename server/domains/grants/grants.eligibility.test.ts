import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validContent2018 } from '../../../shared/grants.fixtures';
import { testApp, type Agent, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { call, demoPeople, fieldCodes, officerOf, openRules, programme } from './applications/grants.applications.testkit';

// Per-call limits through the routes: minimum EU share, minimum duration, authorities excluded by code.

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let programmeId = '';
let callId = '';
const EUR = 100;
const limits = { minEuShareBp: 8500, minDurationMonths: 18, excludedAuthorities: ['TR-BIR-TBB'] };

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  programmeId = await programme(p.manager, 'TWIN-L');
  callId = await call(p.manager, programmeId, 'TWIN-L/01', openRules(limits));
});
afterAll(async () => t.close());

const codesOf = (a: { problems: { field: string; code: string }[] }) => a.problems.map((x) => `${x.field}:${x.code}`);

describe('a call with a minimum EU share, a minimum duration and an excluded authority', () => {
  let marmara: Agent;
  it('keeps the limits in the published rules', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/calls/${callId}` });
    expect(res.json().rules).toMatchObject(limits);
  });

  it('refuses limits that contradict the call: an EU share the co-financing leaves no room for, a minimum above the maximum', async () => {
    const res = await p.manager.request('POST', `/api/programmes/${programmeId}/calls`, {
      reference: 'TWIN-L/02', titleEn: 'Bad', titleTr: 'Kötü', rules: openRules({ minEuShareBp: 9500, minDurationMonths: 24 }),
    });
    expect(res.statusCode).toBe(400);
    expect(fieldCodes(res)).toEqual(['rules.minEuShareBp:eu_share_conflicts_with_co_financing', 'rules.minDurationMonths:min_duration_above_max']);
  });

  it('refuses a short project with too small an EU share at submission, by field, and takes it once both are met', async () => {
    const draft = (await p.istanbul.request('POST', `/api/calls/${callId}/applications`)).json();
    const url = `/api/applications/${draft.id}`;
    await p.istanbul.request('PUT', `${url}/partners`, { codes: ['DE_05315000'] });
    await p.koln.request('POST', `${url}/partners/confirm`);
    await p.istanbul.request('PATCH', url, { content: validContent2018() }); // 12 months, 84.11 %
    const res = await p.istanbul.request('POST', `${url}/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([
      expect.objectContaining({ path: 'content.durationMonths', code: 'duration_below_minimum', params: { minDurationMonths: 18 } }),
      expect.objectContaining({ path: 'content.requestedGrantCents', code: 'eu_share_below_minimum', params: { minEuShareBp: 8500, grantRateBp: 8411, minGrantCents: 90_950 * EUR } }),
    ]);
    expect((await p.istanbul.request('GET', url)).json()).toMatchObject({ status: 'draft', version: 0 });
    await p.istanbul.request('PATCH', url, { content: { durationMonths: 18, requestedGrantCents: 90_950 * EUR } });
    const ok = await p.istanbul.request('POST', `${url}/submit`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'submitted', problems: [] });
  });

  it('lets a regional union of municipalities lead, but refuses the excluded national union a draft with a 409 and its reason', async () => {
    marmara = await officerOf(t, p.admin, 'marmara@example.org', 'TR-BIR-MBB');
    const national: Agent = await officerOf(t, p.admin, 'tbb@example.org', 'TR-BIR-TBB');
    const regional = (await marmara.request('POST', `/api/calls/${callId}/applications`)).json();
    expect(codesOf(regional).filter((c) => c.startsWith('lead.'))).toEqual([]);
    const res = await national.request('POST', `/api/calls/${callId}/applications`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ reason: 'call_authority_excluded', params: { code: 'TR-BIR-TBB' } });
    const mine = (await national.request('GET', `/api/applications?call=${callId}`)).json();
    expect(mine.items).toEqual([]);
  });

  it('refuses the excluded authority as a partner, by field, and keeps the partners as they were', async () => {
    const [draft] = (await marmara.request('GET', `/api/applications?call=${callId}`)).json().items;
    const url = `/api/applications/${draft.id}`;
    expect((await marmara.request('PUT', `${url}/partners`, { codes: ['DE_05315000'] })).statusCode).toBe(200);
    const res = await marmara.request('PUT', `${url}/partners`, { codes: ['DE_05315000', 'TR-BIR-TBB'] });
    expect(res.statusCode).toBe(400);
    expect(fieldCodes(res)).toEqual(['codes.1:partner_excluded']);
    const after = (await marmara.request('GET', url)).json();
    expect(after.partners.map((x: { code: string }) => x.code)).toEqual(['DE_05315000']);
  });
});
