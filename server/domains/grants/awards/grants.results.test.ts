import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { testApp, type Agent, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { seedDemoProgramme } from '../demo/grants.demo';
import { ledgerBalances } from '../money/payments.rules';

let t: TestApp;
let manager: Agent;
let officer: Agent;
let programme: { id: string; ledger: Parameters<typeof ledgerBalances>[0]; figures: Record<string, number>; calls: { id: string; status: string }[] };
const get = (url: string) => t.app.inject({ method: 'GET', url });
const schema = (name: string) => ({ fileName: name, contents: readFileSync(new URL(`../../../../data/iati-2.03/${name}`, import.meta.url), 'utf8') });

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  expect(await seedDemoProgramme(t.ctx)).toBe(true);
  expect(await seedDemoProgramme(t.ctx)).toBe(false); // once
  manager = await signedIn(t.app, 'manager@twinbridge.demo');
  officer = await signedIn(t.app, 'istanbul@twinbridge.demo');
  const [first] = (await get('/api/programmes')).json().items;
  programme = (await get(`/api/programmes/${first.id}`)).json();
});
afterAll(async () => t.close());

describe('published results of the demo programme', () => {
  it('computes the headline figures and a balanced ledger from the awards', async () => {
    const projects = (await get(`/api/projects?programme=${programme.id}`)).json().items as { grantCents: number; lead: { province: string }; theme: string; paidCents: number }[];
    expect(projects.length).toBeGreaterThan(5);
    expect(programme.figures.projects).toBe(projects.length);
    expect(programme.figures.grantedCents).toBe(projects.reduce((s, p) => s + p.grantCents, 0));
    expect(programme.figures.provinces).toBe(new Set(projects.map((p) => p.lead.province)).size);
    expect(programme.figures.themes).toBe(new Set(projects.map((p) => p.theme)).size);
    expect(ledgerBalances(programme.ledger)).toBe(true);
    expect(programme.ledger.awardedCents).toBeLessThanOrEqual(programme.ledger.totalCents);
    for (const p of projects) expect(p.paidCents).toBeLessThanOrEqual(p.grantCents);
  });
  it('filters projects and shows one project page', async () => {
    const all = (await get('/api/projects')).json().items as { id: string; theme: string; lead: { province: string } }[];
    const { theme, lead } = all[0]!;
    const byTheme = (await get(`/api/projects?theme=${theme}`)).json().items as { theme: string }[];
    expect(byTheme.length).toBeGreaterThan(0);
    expect(byTheme.every((p) => p.theme === theme)).toBe(true);
    expect((await get(`/api/projects?province=${encodeURIComponent(lead.province)}`)).json().items.length).toBeGreaterThan(0);
    expect((await get(`/api/projects/${all[0]!.id}`)).json().id).toBe(all[0]!.id);
    expect((await get('/api/projects/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
  it('locates each project authority as the directory does, for the results map', async () => {
    const all = (await get('/api/projects')).json().items as { lead: { code: string; lat: number | null; lon: number | null } }[];
    for (const { lead } of all.slice(0, 5)) {
      const profile = (await get(`/api/authorities/${lead.code}`)).json();
      expect([lead.lat, lead.lon]).toEqual([profile.lat, profile.lon]);
      expect(lead.lat).not.toBeNull();
    }
  });
  it('publishes an IATI 2.03 file that validates against the official schema', async () => {
    const res = await get(`/api/programmes/${programme.id}/iati.xml`);
    const result = await validateXML({ xml: [{ fileName: 'iati.xml', contents: res.body }], schema: [schema('iati-activities-schema.xsd')], preload: [schema('iati-common.xsd'), schema('xml.xsd')] });
    expect(result.valid, result.errors.map((e) => e.rawMessage).join('\n')).toBe(true);
    expect(res.body.match(/<iati-activity /g)).toHaveLength(programme.figures.projects!);
  });
});

describe('exports of a call (programme managers)', () => {
  const awarded = () => programme.calls.find((c) => c.status === 'awarded')!.id;
  it('refuses everyone but programme managers', async () => {
    expect((await get(`/api/calls/${awarded()}/exports/scores.csv`)).statusCode).toBe(401);
    expect((await officer.request('GET', `/api/calls/${awarded()}/exports/scores.csv`)).statusCode).toBe(403);
    expect((await manager.request('GET', `/api/calls/${awarded()}/exports/votes.csv`)).statusCode).toBe(400);
  });
  it('exports applications, scores, ranking and payments as CSV', async () => {
    const csv = async (table: string) => (await manager.request('GET', `/api/calls/${awarded()}/exports/${table}.csv`)).body.replace(/^\uFEFF/, '').trim().split('\r\n');
    const apps = await csv('applications');
    expect(apps[0]).toMatch(/^reference,status,lead_code,lead_name,province,partners,theme/);
    expect(apps.length - 1).toBe(34);
    expect((await csv('scores'))[0]).toMatch(/section_relevance/);
    const ranking = await csv('ranking');
    expect(ranking[0]).toMatch(/^rank,reference/);
    const payments = await csv('payments');
    // Counted from the end of the line: a name before it may hold a quoted comma.
    const header = payments[0]!.split(',');
    const fromEnd = header.indexOf('amount_eur') - header.length;
    const net = payments.slice(1).reduce((s, line) => s + Math.round(Number(line.split(',').at(fromEnd)) * 100), 0);
    expect(net).toBe(programme.ledger.paidCents - programme.ledger.recoveredCents);
  });
  it('exports the same ranking as XLSX', async () => {
    const res = await manager.request('GET', `/api/calls/${awarded()}/exports/ranking.xlsx`);
    const sheet = strFromU8(unzipSync(res.rawPayload)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('consensus_total');
  });
});
