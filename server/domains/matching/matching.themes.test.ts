import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn } from '../accounts/accounts.testkit';
import { seedDemoProgramme } from '../grants/demo/grants.demo';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
});
afterAll(async () => t.close());
const get = (url: string) => t.app.inject({ method: 'GET', url });
const codes = async (url: string) => ((await get(url)).json().items as { authority: { code: string } }[]).map((i) => i.authority.code);

describe('what a candidate works on', () => {
  it('counts the themes of its twinning activities', async () => {
    // Ankara asks for large German cities; Köln has declared nothing and published no request.
    const forAnkara = (theme: string) => codes(`/api/authorities/TR-BSB-06/recommendations?country=DE&minPopulation=1000000&theme=${theme}`);
    expect(await forAnkara('rural_development')).toEqual([]);
    const koln = await signedIn(t.app, 'koln@twinbridge.demo');
    const twinning = ((await get('/api/authorities/DE_05315000/twinnings')).json().items as { id: string; partner: { code: string | null } }[]).find((x) => x.partner.code === 'TR-BSB-34')!;
    const activity = { kind: 'exchange', title: 'Farmers’ markets exchange', startsOn: '2026-04-01', themes: ['rural_development'] };
    expect((await koln.request('POST', `/api/twinnings/${twinning.id}/activities`, activity)).statusCode).toBe(201);
    expect(await forAnkara('rural_development')).toEqual(['DE_05315000']);
  });

  it('counts the themes of the awarded grant projects it leads or joined', async () => {
    expect(await seedDemoProgramme(t.ctx)).toBe(true);
    t.ctx.matching.invalidate(); // the engine re-reads platform signals every 30 s; a test does not wait
    const projects = (await get('/api/projects')).json().items as { theme: string; partners: { code: string; country: string }[] }[];
    const project = projects.find((p) => p.partners.length > 0)!;
    const partner = project.partners[0]!;
    const twins = new Set(((await get(`/api/authorities/${partner.code}/twinnings`)).json().items as { partner: { code: string | null } }[]).map((x) => x.partner.code));
    const source = t.ctx.directory.all().find((a) => a.country === 'TR' && !twins.has(a.code))!;
    expect(await codes(`/api/authorities/${source.code}/recommendations?k=100&country=${partner.country}&theme=${project.theme}`)).toContain(partner.code);
  });
});
