import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp, type TestApp, refusal } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { validContent2018 } from '../../../../shared/grants.fixtures';
import { call, demoPeople, fieldCodes, officerOf, openRules, programme, rulesAround, statuses } from './grants.applications.testkit';
import { applications, calls } from '../grants.schema';

// Files, the server's clock (a call closing seconds after the test starts, one not open yet, one
// closed) and the two stages of a two-stage call.

const DAY = 86_400_000;
const CLOSES_IN = 12_000;

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let ankara: Agent;
let anonymous: Agent;
let programmeId = '';
let soonId = '';
let deadline = 0;
let id = ''; // İstanbul's draft to the call that closes soon
let before = { at: 0, problems: [] as unknown[] }; // its live problems, read just after it was completed

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  ankara = await officerOf(t, p.admin, 'ankara.officer@example.org', 'TR-BSB-06');
  anonymous = new Agent(t.app);
  programmeId = await programme(p.manager, 'TWIN-D');
  const rules = rulesAround(-DAY, CLOSES_IN);
  deadline = Date.parse(rules.deadlineAt);
  soonId = await call(p.manager, programmeId, 'TWIN-D/SOON', rules);
  const res = await p.istanbul.request('POST', `/api/calls/${soonId}/applications`);
  id = res.json().id;
  await p.istanbul.request('PATCH', `/api/applications/${id}`, { content: validContent2018() });
  await p.istanbul.request('PUT', `/api/applications/${id}/partners`, { codes: ['DE_05315000'] });
  await p.koln.request('POST', `/api/applications/${id}/partners/confirm`);
  before = { at: Date.now(), problems: (await p.istanbul.request('GET', `/api/applications/${id}`)).json().problems };
});
afterAll(async () => t.close());

const url = (rest = '') => `/api/applications/${id}${rest}`;
const pdf = { filename: 'declaration.pdf', contentType: 'application/pdf', dataBase64: Buffer.from('%PDF-1.4 signed declaration').toString('base64') };

describe('attachments', () => {
  let fileId = '';
  it("are added by the lead's officers to a draft, checked by type and content", async () => {
    expect(await statuses([anonymous, p.citizen, ankara, p.assessor], 'POST', url('/files'), pdf)).toEqual([401, 404, 404, 404]);
    expect(await statuses([p.koln, p.manager], 'POST', url('/files'), pdf)).toEqual([403, 403]);
    const fake = await p.istanbul.request('POST', url('/files'), { ...pdf, dataBase64: Buffer.from('<html>').toString('base64') });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().fields[0]).toMatchObject({ path: 'dataBase64', message: expect.stringMatching(/not a PDF/) });
    const res = await p.istanbul.request('POST', url('/files'), pdf);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ filename: 'declaration.pdf', size: 27, uploadedBy: 'Ayşe Yılmaz' });
    fileId = res.json().id;
  });
  it("are listed and downloaded by the application's readers only", async () => {
    expect((await p.koln.request('GET', url('/files'))).json().items).toEqual([expect.objectContaining({ id: fileId })]);
    const got = await p.manager.request('GET', url(`/files/${fileId}`));
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.body).toBe('%PDF-1.4 signed declaration');
    expect(await statuses([anonymous, p.citizen, ankara, p.assessor], 'GET', url(`/files/${fileId}`))).toEqual([401, 404, 404, 404]);
    expect(await statuses([p.citizen, ankara], 'GET', url('/files'))).toEqual([404, 404]);
  });
  it("are removed by the lead's officers only", async () => {
    expect(await statuses([p.koln, p.manager], 'DELETE', url(`/files/${fileId}`))).toEqual([403, 403]);
    expect((await p.istanbul.request('DELETE', url(`/files/${fileId}`))).statusCode).toBe(204);
    expect((await p.istanbul.request('DELETE', url(`/files/${fileId}`))).statusCode).toBe(404);
    expect((await p.istanbul.request('GET', url('/files'))).json().items).toEqual([]);
  });
});

describe("the server's clock", () => {
  it('refuses drafts to a call not open yet or already closed', async () => {
    const later = await call(p.manager, programmeId, 'TWIN-D/LATER', rulesAround(DAY, 30 * DAY));
    const res = await p.istanbul.request('POST', `/api/calls/${later}/applications`);
    expect(refusal(res)).toBe('409 call_not_open_yet');
    expect(res.json().message).toMatch(/opens at/);
    const past = await call(p.manager, programmeId, 'TWIN-D/PAST', rulesAround(-30 * DAY, -DAY));
    expect((await p.istanbul.request('POST', `/api/calls/${past}/applications`)).json().message).toMatch(/deadline passed/);
  });
  it('takes nothing after the deadline, however complete the application', async () => {
    expect(before.at).toBeLessThan(deadline); // otherwise the test proves nothing
    expect(before.problems).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now() + 50)));
    const res = await p.istanbul.request('POST', url('/submit'));
    expect(res.statusCode).toBe(400);
    expect(fieldCodes(res)).toEqual(['call.deadlineAt:deadline_passed']);
    expect((await p.istanbul.request('GET', url())).json()).toMatchObject({ status: 'draft', version: 0, problems: [{ field: 'call.deadlineAt', code: 'deadline_passed' }] });
    expect((await p.istanbul.request('GET', url('/versions'))).json().items).toEqual([]);
    expect(refusal(await ankara.request('POST', `/api/calls/${soonId}/applications`))).toBe('409 call_deadline_passed');
  }, CLOSES_IN + 20_000);
});

describe('a two-stage call', () => {
  it('keeps the concept note’s grant, and holds the full application to the change limit', async () => {
    const twoStage = await call(p.manager, programmeId, 'TWIN-D/TWO', openRules({ twoStage: true, amountChangeLimitBp: 2000, preSelectionThreshold: 30, fullDeadlineAt: new Date(Date.now() + 60 * DAY).toISOString() }));
    const created = await ankara.request('POST', `/api/calls/${twoStage}/applications`);
    expect(created.json()).toMatchObject({ stage: 'concept', reference: 'TWIN-D/TWO-001' });
    const a = `/api/applications/${created.json().id}`;
    await ankara.request('PATCH', a, { content: validContent2018() });
    await ankara.request('PUT', `${a}/partners`, { codes: ['DE_05315000'] });
    await p.koln.request('POST', `${a}/partners/confirm`);
    expect((await ankara.request('POST', `${a}/submit`)).json()).toMatchObject({ status: 'submitted', stage: 'concept', conceptGrantCents: 90_000_00, version: 1 });
    // The shortlist (evaluation's side) moves the call and the application to the full stage.
    await t.ctx.db.update(calls).set({ stage: 'full' }).where(eq(calls.id, twoStage));
    await t.ctx.db.update(applications).set({ stage: 'full', status: 'draft' }).where(eq(applications.id, created.json().id));
    expect(refusal(await p.istanbul.request('POST', `/api/calls/${twoStage}/applications`))).toBe('409 call_full_stage');
    const budget = [...validContent2018().budget, { heading: 'other', year: 1, description: 'Publicity', amountCents: 20_000_00 }];
    await ankara.request('PATCH', a, { content: { requestedGrantCents: 110_000_00, budget } });
    const over = await ankara.request('POST', `${a}/submit`);
    expect(over.statusCode).toBe(400);
    expect(over.json().fields).toEqual([
      expect.objectContaining({ path: 'content.requestedGrantCents', code: 'grant_change_above_limit', params: expect.objectContaining({ conceptGrantCents: 90_000_00, minGrantCents: 72_000_00, maxGrantCents: 108_000_00 }) }),
    ]);
    await ankara.request('PATCH', a, { content: { requestedGrantCents: 108_000_00 } });
    expect((await ankara.request('POST', `${a}/submit`)).json()).toMatchObject({ status: 'submitted', stage: 'full', conceptGrantCents: 90_000_00, version: 2 });
    const versions = (await p.koln.request('GET', `${a}/versions`)).json().items;
    expect(versions.map((v: { stage: string; requestedGrantCents: number }) => `${v.stage}:${v.requestedGrantCents}`)).toEqual(['concept:9000000', 'full:10800000']);
  });
});
