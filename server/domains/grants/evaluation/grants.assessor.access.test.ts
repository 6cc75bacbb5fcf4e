import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { call, demoPeople, officerOf, openRules, programme, statuses } from '../applications/grants.applications.testkit';
import { applicationFiles } from '../grants.schema';
import { applicationInEvaluation, assignmentsOf, EUR, type Assignment } from '../grants.testkit';

// What an assessor may read of an application: the whole frozen version (content, budget, partners)
// and its attached files once they declared no conflict of interest — and nothing of applications
// they do not assess.

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let lead: Agent;
let anonymous: Agent;
const assigned: { agent: Agent; assignment: Assignment }[] = [];
let unassigned: Agent;
let appId = '';
let fileId = '';
const BYTES = Buffer.from('%PDF-1.4\n% partnership declaration\n');

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  lead = await officerOf(t, p.admin, 'ankara.acc@example.org', 'TR-BSB-06');
  anonymous = new Agent(t.app);
  const callId = await call(p.manager, await programme(p.manager, 'ACC'), 'ACC/01', openRules());
  appId = await applicationInEvaluation(t, callId, { reference: 'ACC/01-A', lead: 'TR-BSB-06', theme: 'energy', grantCents: 90_000 * EUR });
  const key = randomUUID();
  await t.ctx.files.put(key, BYTES);
  const [f] = await t.ctx.db.insert(applicationFiles).values({ applicationId: appId, filename: 'declaration.pdf', contentType: 'application/pdf', size: BYTES.length, storageKey: key, uploadedBy: randomUUID() }).returning();
  fileId = f!.id;
  expect((await p.manager.request('POST', `/api/calls/${callId}/assignments`)).statusCode).toBe(200);
  const all = [p.assessor, await signedIn(t.app, 'assessor2@twinbridge.demo'), await signedIn(t.app, 'assessor3@twinbridge.demo')];
  for (const agent of all) {
    const [assignment] = await assignmentsOf(agent);
    if (assignment) assigned.push({ agent, assignment });
    else unassigned = agent;
  }
  expect(assigned).toHaveLength(2);
});
afterAll(async () => t.close());

const filesUrl = () => `/api/applications/${appId}/files`;
const fileUrl = () => `${filesUrl()}/${fileId}`;

describe('an assessor reads the whole application as submitted', () => {
  it('reads nothing, not even the files, before declaring no conflict of interest', async () => {
    const { agent, assignment } = assigned[0]!;
    expect((await agent.request('GET', `/api/assignments/${assignment.id}`)).json().application).toBeNull();
    expect(await statuses([agent], 'GET', filesUrl())).toEqual([404]);
    expect(await statuses([agent], 'GET', fileUrl())).toEqual([404]);
  });

  it('after the declaration: content with budget lines and indicators, the budget figures, lead and partners, and the files', async () => {
    const { agent, assignment } = assigned[0]!;
    const res = await agent.request('POST', `/api/assignments/${assignment.id}/declaration`, { noConflict: true });
    expect(res.statusCode).toBe(200);
    const a = res.json().application;
    expect(a).toMatchObject({ version: 1, lead: { code: 'TR-BSB-06', country: 'TR' }, partners: [{ code: 'DE_06412000', country: 'DE' }] });
    expect(a.partners[0].name).not.toBe('DE_06412000'); // named from the directory
    expect(a.content.budget).toHaveLength(5);
    expect(a.content.indicators).toEqual([{ name: 'Trees planted', unit: 'trees', baseline: 0, target: 200 }]);
    expect(a.budget).toMatchObject({ directCents: 100_000 * EUR, indirectCents: 7_000 * EUR, totalCents: 107_000 * EUR, requestedGrantCents: 90_000 * EUR });
    const list = await agent.request('GET', filesUrl());
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((f: { filename: string }) => f.filename)).toEqual(['declaration.pdf']);
    const download = await agent.request('GET', fileUrl());
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(BYTES)).toBe(true);
    // The live application (its administrative check, partners' answers) stays the secretariat's.
    expect(await statuses([agent], 'GET', `/api/applications/${appId}`)).toEqual([404]);
  });

  it('refuses an assessor who is not assigned: no files, no budget, no assignment of another', async () => {
    expect(await statuses([unassigned], 'GET', filesUrl())).toEqual([404]);
    expect(await statuses([unassigned], 'GET', fileUrl())).toEqual([404]);
    expect(await statuses([unassigned], 'GET', `/api/applications/${appId}`)).toEqual([404]);
    expect(await statuses([unassigned], 'GET', `/api/assignments/${assigned[0]!.assignment.id}`)).toEqual([404]);
    expect(await statuses([unassigned, p.citizen, p.koln], 'GET', fileUrl())).toEqual([404, 404, 404]);
    expect(await statuses([anonymous], 'GET', fileUrl())).toEqual([401]);
  });

  it('refuses an assessor who declared a conflict; the lead and the secretariat still read the files', async () => {
    const { agent, assignment } = assigned[1]!;
    const res = await agent.request('POST', `/api/assignments/${assignment.id}/declaration`, { noConflict: false });
    expect(res.json()).toMatchObject({ status: 'conflicted', application: null });
    expect(await statuses([agent], 'GET', filesUrl())).toEqual([404]);
    expect(await statuses([agent], 'GET', fileUrl())).toEqual([404]);
    expect(await statuses([lead, p.manager], 'GET', fileUrl())).toEqual([200, 200]);
  });
});
