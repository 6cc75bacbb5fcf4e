import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { call, demoPeople, officerOf, openRules, programme } from './grants.applications.testkit';

// Calls that name governorates as leads and regions as partners (fixture directory: TR-VAL-17 Çanakkale
// Valiliği, DE-REG-02 Bavaria).

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let governorate: Agent;
let regionsOnly = '';
let townsOnly = '';

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  governorate = await officerOf(t, p.admin, 'valilik@example.org', 'TR-VAL-17');
  const programmeId = await programme(p.manager, 'TWIN-K');
  regionsOnly = await call(p.manager, programmeId, 'TWIN-K/01', openRules({ leadTypes: ['governorate', 'special_provincial_administration'], partnerTypes: ['region'] }));
  townsOnly = await call(p.manager, programmeId, 'TWIN-K/02', openRules({ leadTypes: ['metropolitan_municipality'] }));
});
afterAll(async () => t.close());

const problems = async (who: Agent, id: string) => ((await who.request('GET', `/api/applications/${id}`)).json().problems as { field: string; code: string }[]).map((x) => `${x.field}:${x.code}`);

describe('a call for governorates with regional partners', () => {
  let id = '';
  it('lets a governorate lead, and refuses a municipality the call does not name', async () => {
    const started = await governorate.request('POST', `/api/calls/${regionsOnly}/applications`);
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({ lead: { code: 'TR-VAL-17', country: 'TR' }, status: 'draft' });
    id = started.json().id;
    const istanbul = await p.istanbul.request('POST', `/api/calls/${regionsOnly}/applications`);
    expect(istanbul.statusCode).toBe(403);
    expect(istanbul.json().message).toMatch(/may not lead.*governorate, special_provincial_administration/);
  });
  it('counts a region as partner and names a town as a partner of the wrong kind', async () => {
    expect((await governorate.request('PUT', `/api/applications/${id}/partners`, { codes: ['DE-REG-02', 'DE_05315000'] })).statusCode).toBe(200);
    const shown = await problems(governorate, id);
    expect(shown).toContain('partners.1.type:partner_type_ineligible');
    expect(shown.filter((x) => x.startsWith('partners.0.type'))).toEqual([]);
  });
  it('keeps governorates out of a call that names municipalities only', async () => {
    const refused = await governorate.request('POST', `/api/calls/${townsOnly}/applications`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toMatch(/Çanakkale Valiliği \(governorate, TR\) may not lead/);
  });
});
