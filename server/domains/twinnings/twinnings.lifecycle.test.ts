import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp, refusal } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn, signedUp } from '../accounts/accounts.testkit';

let t: TestApp;
let koln: Agent;
let ankara: Agent;
let citizen: Agent;
let id = '';

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  const admin = await signedIn(t.app, 'admin@twinbridge.demo');
  koln = await signedIn(t.app, 'koln@twinbridge.demo');
  citizen = await signedUp(t.app, 'citizen2@example.org');
  ankara = await signedUp(t.app, 'ankara.officer@example.org', 'Ankara Officer');
  const request = await ankara.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-06' });
  await admin.request('POST', `/api/admin/officer-requests/${request.json().id}/decision`, { decision: 'approved' });
});
afterAll(async () => t.close());

const step = (who: Agent, path: string, body?: unknown) => who.request('POST', `/api/twinnings/${id}/${path}`, body);

describe('a twinning made on the platform, step by step', () => {
  it('is proposed by an officer; nobody else may propose or change it', async () => {
    expect((await citizen.request('POST', '/api/twinnings', { partnerCode: 'TR-BSB-06' })).statusCode).toBe(403);
    const res = await koln.request('POST', '/api/twinnings', { partnerCode: 'TR-BSB-06' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'proposed', source: 'platform', a: { code: 'DE_05315000' }, b: { code: 'TR-BSB-06' } });
    id = res.json().id;
    expect(refusal(await koln.request('POST', '/api/twinnings', { partnerCode: 'TR-BSB-06' }))).toBe('409 twinning_exists');
    expect((await step(citizen, 'move', { to: 'exploring' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/twinnings/${id}/move`, payload: { to: 'exploring' } })).statusCode).toBe(401);
  });
  it('is answered by the side it was proposed to: the proposer cannot take it on to exploring', async () => {
    const own = await step(koln, 'move', { to: 'exploring' });
    expect(refusal(own)).toBe('409 twinning_own_proposal');
    expect((await ankara.request('GET', `/api/twinnings/${id}`)).json()).toMatchObject({ status: 'proposed', pending: null });
  });
  it('moves on one side alone where nothing binds', async () => {
    expect((await step(ankara, 'move', { to: 'exploring' })).json()).toMatchObject({ status: 'exploring', pending: null });
  });
  it('takes a binding step only with both approvals; a side may withdraw before the other approves', async () => {
    const asked = await step(koln, 'move', { to: 'agreed' });
    expect(asked.json()).toMatchObject({ status: 'exploring', pending: { target: 'agreed', approvals: ['a'] } });
    expect(refusal(await step(koln, 'approve'))).toBe('409 twinning_already_approved');
    expect((await step(koln, 'withdraw')).json()).toMatchObject({ status: 'exploring', pending: null });
    expect(refusal(await step(ankara, 'approve'))).toBe('409 twinning_nothing_pending');
    await step(koln, 'move', { to: 'agreed' });
    expect((await step(ankara, 'approve')).json()).toMatchObject({ status: 'agreed', pending: null });
  });
  it('refuses what the lifecycle forbids with 409 and the reason, and bad input with 400', async () => {
    const res = await step(ankara, 'move', { to: 'active' });
    expect(refusal(res)).toBe('409 twinning_step_not_allowed');
    expect(res.json().message).toMatch(/agreed to active/);
    expect((await step(ankara, 'move', { to: 'married' })).statusCode).toBe(400);
    expect((await ankara.request('POST', '/api/twinnings/not-a-uuid/approve')).statusCode).toBe(400);
  });
  it('reaches signed and active, with a timeline of who did what', async () => {
    await step(ankara, 'move', { to: 'signed' });
    expect((await step(koln, 'move', { to: 'signed' })).json().status).toBe('signed');
    expect((await step(koln, 'move', { to: 'active' })).json().status).toBe('active');
    const full = (await ankara.request('GET', `/api/twinnings/${id}`)).json(); // the sides read who did each step
    expect(full.timeline.map((e: { action: string }) => e.action)).toEqual([
      'proposed', 'moved', 'approval_recorded', 'approval_withdrawn', 'approval_recorded', 'moved', 'approval_recorded', 'moved', 'moved',
    ]);
    expect(full.timeline.at(-1)).toMatchObject({ from: 'signed', to: 'active', side: 'a', who: 'Jonas Becker' });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/authorities/TR-BSB-06/twinnings' })).json().items;
    expect(mine).toContainEqual(expect.objectContaining({ status: 'active', source: 'platform', partner: expect.objectContaining({ code: 'DE_05315000' }) }));
  });
});

describe('activities, dormancy and the network', () => {
  const activityBody = { kind: 'visit', title: 'Youth delegation to Ankara', startsOn: '2026-05-10', endsOn: '2026-05-14', themes: ['youth_and_sports', 'culture'], participants: { youth: 24, officials: 3 }, descriptionEn: 'Twenty-four pupils visited Ankara.' };
  it('officers of either side log activities; others are refused; bad input is a 400 with fields', async () => {
    expect((await citizen.request('POST', `/api/twinnings/${id}/activities`, activityBody)).statusCode).toBe(403);
    const bad = await ankara.request('POST', `/api/twinnings/${id}/activities`, { ...activityBody, endsOn: '2026-05-01', participants: { aliens: 3 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['endsOn']));
    const res = await ankara.request('POST', `/api/twinnings/${id}/activities`, activityBody);
    expect(res.statusCode).toBe(201);
    const list = (await t.app.inject({ method: 'GET', url: `/api/twinnings/${id}/activities` })).json();
    expect(list).toMatchObject({ dormantAtRisk: false, items: [{ title: 'Youth delegation to Ankara', participants: { youth: 24, officials: 3 } }] });
  });
  it('counts twinnings by country, province and status, and activities by theme and year', async () => {
    const stats = (await t.app.inject({ method: 'GET', url: '/api/twinnings/stats' })).json();
    expect(stats.byStatus.active).toBe(1); // the platform's own; loaded twinnings' state is not known
    expect(stats.byStatus.unknown).toBeGreaterThan(1);
    expect(stats.byProvince.Ankara).toBe(1);
    expect(stats.byCountry.DE).toBeGreaterThan(1);
    expect(stats.activities).toEqual(expect.arrayContaining([{ theme: 'culture', year: 2026, count: 1 }, { theme: 'youth_and_sports', year: 2026, count: 1 }]));
  });
  it('draws a line for every twinning whose two sides are located, with filters', async () => {
    const all = (await t.app.inject({ method: 'GET', url: '/api/twinnings/network' })).json();
    expect(all.lines.length).toBe(all.status.length * 2);
    expect(all.source.length).toBe(all.status.length);
    // Each line names two located authorities by their index in the node list; every node is on a line.
    expect(all.lines.every((n: number) => Number.isInteger(n) && n >= 0 && n < all.nodes.length / 2)).toBe(true);
    expect(new Set(all.lines).size).toBe(all.nodes.length / 2);
    const platform = (await t.app.inject({ method: 'GET', url: '/api/twinnings/network?source=platform' })).json();
    expect(platform.status.map((i: number) => platform.statuses[i])).toEqual(['active']);
    expect(platform.source.map((i: number) => platform.sources[i])).toEqual(['platform']);
  });
  it('reminds both sides once when a twinning has had no activity for 24 months', async () => {
    const { remindDormant } = await import('./twinnings.activities.service');
    expect(await remindDormant(t.ctx, new Date('2027-01-01'))).toBe(0);
    const later = new Date('2029-01-01');
    expect(await remindDormant(t.ctx, later)).toBe(1);
    expect(await remindDormant(t.ctx, later)).toBe(0); // not twice in a month
    const notes = (await koln.request('GET', '/api/notifications')).json().items;
    expect(notes[0]).toMatchObject({ kind: 'twinning_dormant_risk' });
  });
});
