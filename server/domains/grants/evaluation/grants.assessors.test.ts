import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { call, demoPeople, openRules, programme } from '../applications/grants.applications.testkit';
import { applicationInEvaluation, assignmentsOf, EUR } from '../grants.testkit';

// The same-country exclusion with the countries an admin records for assessors: the demo pool is
// assessor@ (no country), assessor2@ (Italy) and assessor3@ (set to Turkey here).

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;

async function idOf(email: string): Promise<string> {
  return (await p.admin.request('GET', `/api/admin/users?q=${encodeURIComponent(email)}`)).json().items[0].id;
}

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  const res = await p.admin.request('PATCH', `/api/admin/users/${await idOf('assessor3@twinbridge.demo')}/country`, { country: 'TR' });
  expect(res.json().country).toBe('TR');
});
afterAll(async () => t.close());

describe('assessors tied to an applicant’s country', () => {
  it('are left out when the call excludes them, and take work when it does not', async () => {
    const programmeId = await programme(p.manager, 'CTY');
    const strict = await call(p.manager, programmeId, 'CTY/01', openRules({ excludeSameCountryAssessors: true }));
    const lax = await call(p.manager, programmeId, 'CTY/02', openRules({ excludeSameCountryAssessors: false }));
    const turkish = await signedIn(t.app, 'assessor3@twinbridge.demo');
    const italian = await signedIn(t.app, 'assessor2@twinbridge.demo');

    // Two Turkish leads with a German partner: the Turkish assessor may read neither.
    for (const [i, lead] of ['TR-BSB-06', 'TR-BSB-07'].entries()) await applicationInEvaluation(t, strict, { reference: `CTY/01-${i}`, lead, theme: 'energy', grantCents: 80_000 * EUR });
    const assigned = (await p.manager.request('POST', `/api/calls/${strict}/assignments`)).json();
    expect(assigned.unfilled).toEqual([]);
    expect(await assignmentsOf(turkish)).toEqual([]);
    expect((await assignmentsOf(italian)).map((a) => a.reference).sort()).toEqual(['CTY/01-0', 'CTY/01-1']);
    expect((await assignmentsOf(p.assessor)).map((a) => a.reference).sort()).toEqual(['CTY/01-0', 'CTY/01-1']);

    // The same pool on a call without the rule: the Turkish assessor shares the work.
    for (const [i, lead] of ['TR-BSB-06', 'TR-BSB-07', 'TR-BSB-16'].entries()) await applicationInEvaluation(t, lax, { reference: `CTY/02-${i}`, lead, theme: 'energy', grantCents: 80_000 * EUR });
    expect((await p.manager.request('POST', `/api/calls/${lax}/assignments`)).json().unfilled).toEqual([]);
    expect((await assignmentsOf(turkish)).length).toBeGreaterThan(0);
  });
  it('leave an application short of assessors when too few others are free, and say so', async () => {
    const programmeId = await programme(p.manager, 'CTZ');
    const strict = await call(p.manager, programmeId, 'CTZ/01', openRules({ excludeSameCountryAssessors: true }));
    // An Italian partner rules out the Italian assessor as well: one assessor is left for two places.
    const id = await applicationInEvaluation(t, strict, { reference: 'CTZ/01-0', lead: 'TR-BSB-06', theme: 'energy', grantCents: 80_000 * EUR, partner: 'IT_058091' });
    expect((await p.manager.request('POST', `/api/calls/${strict}/assignments`)).json().unfilled).toEqual([id]);
  });
  it('apply to the side the call names: partners only lets the Turkish assessor read Turkish-led applications', async () => {
    const programmeId = await programme(p.manager, 'CTP');
    const partners = await call(p.manager, programmeId, 'CTP/01', openRules({ excludeSameCountryAssessors: true, sameCountryExclusion: 'partners' }));
    const lead = await call(p.manager, programmeId, 'CTP/02', openRules({ excludeSameCountryAssessors: true, sameCountryExclusion: 'lead' }));
    const turkish = await signedIn(t.app, 'assessor3@twinbridge.demo');
    const italian = await signedIn(t.app, 'assessor2@twinbridge.demo');
    // A Turkish lead with an Italian partner: on the partners' side the Italian assessor steps out, the Turkish one reads it.
    await applicationInEvaluation(t, partners, { reference: 'CTP/01-0', lead: 'TR-BSB-06', theme: 'energy', grantCents: 80_000 * EUR, partner: 'IT_058091' });
    expect((await p.manager.request('POST', `/api/calls/${partners}/assignments`)).json().unfilled).toEqual([]);
    expect((await assignmentsOf(turkish)).map((a) => a.reference)).toContain('CTP/01-0');
    expect((await assignmentsOf(italian)).map((a) => a.reference)).not.toContain('CTP/01-0');
    // The same application on the lead's side: now the Turkish assessor steps out and the Italian one reads it.
    await applicationInEvaluation(t, lead, { reference: 'CTP/02-0', lead: 'TR-BSB-06', theme: 'energy', grantCents: 80_000 * EUR, partner: 'IT_058091' });
    expect((await p.manager.request('POST', `/api/calls/${lead}/assignments`)).json().unfilled).toEqual([]);
    expect((await assignmentsOf(turkish)).map((a) => a.reference)).not.toContain('CTP/02-0');
    expect((await assignmentsOf(italian)).map((a) => a.reference)).toContain('CTP/02-0');
  });
});
