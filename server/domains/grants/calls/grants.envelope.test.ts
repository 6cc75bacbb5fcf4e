import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit.schema';
import { testApp, type Agent, type TestApp, refusal } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { call2018Rules } from '../../../../shared/grants.fixtures';
import { backfillEnvelopes } from './grants.envelope.service';
import { programmes } from '../grants.schema';

// A programme has its own envelope, set by the manager; calls draw from it and never raise it.

const EUR = 100;
let t: TestApp;
let manager: Agent;
let officer: Agent;
let id = '';
const get = async (url: string) => (await t.app.inject({ method: 'GET', url })).json();
const callBody = (reference: string, budgetEur: number) => ({ reference, titleEn: `Call ${reference}`, titleTr: `Çağrı ${reference}`, rules: { ...call2018Rules(), budgetCents: budgetEur * EUR } });
const edit = (budgetEur: number) => ({ titleEn: 'Envelope programme', titleTr: 'Zarf programı', descriptionEn: '', descriptionTr: '', budgetCents: budgetEur * EUR });

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  manager = await signedIn(t.app, 'manager@twinbridge.demo');
  officer = await signedIn(t.app, 'istanbul@twinbridge.demo');
});
afterAll(async () => t.close());

describe('the programme envelope', () => {
  it('is set by the manager when the programme is created, and is required', async () => {
    const body = { code: 'ENV-1', titleEn: 'Envelope programme', titleTr: 'Zarf programı' };
    const missing = await manager.request('POST', '/api/programmes', body);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.map((f: { path: string }) => f.path)).toEqual(['budgetCents']);
    const res = await manager.request('POST', '/api/programmes', { ...body, budgetCents: 4_100_000 * EUR });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect((await get(`/api/programmes/${id}`)).ledger).toMatchObject({ totalCents: 4_100_000 * EUR, allottedCents: 0, unallottedCents: 4_100_000 * EUR, leftCents: 4_100_000 * EUR });
  });
  it('does not grow when a call is created: the call takes from what is left', async () => {
    expect((await manager.request('POST', `/api/programmes/${id}/calls`, callBody('ENV/01', 2_600_000))).statusCode).toBe(201);
    expect((await manager.request('POST', `/api/programmes/${id}/calls`, callBody('ENV/02', 1_000_000))).statusCode).toBe(201);
    const p = await get(`/api/programmes/${id}`);
    expect(p.budgetCents).toBe(4_100_000 * EUR);
    expect(p.ledger).toMatchObject({ totalCents: 4_100_000 * EUR, allottedCents: 3_600_000 * EUR, unallottedCents: 500_000 * EUR, awardedCents: 0, leftCents: 4_100_000 * EUR });
  });
  it('refuses a call beyond what is left with a 409 naming the figures, and writes nothing', async () => {
    const res = await manager.request('POST', `/api/programmes/${id}/calls`, callBody('ENV/03', 1_000_000));
    expect(refusal(res)).toBe('409 programme_envelope_exceeded');
    expect(res.json().params).toEqual({ envelopeCents: 4_100_000 * EUR, allottedCents: 3_600_000 * EUR, leftCents: 500_000 * EUR, askedCents: 1_000_000 * EUR });
    const calls = (await manager.request('GET', `/api/programmes/${id}`)).json().calls as { reference: string }[];
    expect(calls.map((c) => c.reference)).toEqual(['ENV/01', 'ENV/02']);
    // The whole rest fits exactly.
    expect((await manager.request('POST', `/api/programmes/${id}/calls`, callBody('ENV/03', 500_000))).statusCode).toBe(201);
  });
  it('refuses raising a call’s budget beyond the envelope, and lowering it frees money', async () => {
    const calls = (await manager.request('GET', `/api/programmes/${id}`)).json().calls as { id: string; reference: string }[];
    const second = calls.find((c) => c.reference === 'ENV/02')!;
    const { reference: _r, ...body } = callBody('ENV/02', 1_000_001);
    const res = await manager.request('PUT', `/api/calls/${second.id}`, body);
    expect(refusal(res)).toBe('409 programme_envelope_exceeded');
    expect(res.json().params).toMatchObject({ allottedCents: 3_100_000 * EUR, leftCents: 1_000_000 * EUR, askedCents: 1_000_001 * EUR });
    expect((await manager.request('GET', `/api/calls/${second.id}`)).json().budgetCents).toBe(1_000_000 * EUR);
    expect((await manager.request('PUT', `/api/calls/${second.id}`, callBody('ENV/02', 900_000))).statusCode).toBe(200);
    expect((await get(`/api/programmes/${id}`)).ledger).toMatchObject({ allottedCents: 4_000_000 * EUR, unallottedCents: 100_000 * EUR });
  });
  it('lets only managers edit the envelope, audited, never below what the calls hold', async () => {
    expect((await officer.request('PUT', `/api/programmes/${id}`, edit(9_000_000))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: `/api/programmes/${id}`, payload: edit(9_000_000) })).statusCode).toBe(401);
    const low = await manager.request('PUT', `/api/programmes/${id}`, edit(3_999_999));
    expect(refusal(low)).toBe('409 programme_envelope_below_calls');
    expect(low.json().params).toEqual({ envelopeCents: 3_999_999 * EUR, allottedCents: 4_000_000 * EUR });
    expect((await manager.request('PUT', `/api/programmes/${id}`, { ...edit(5_000_000), budgetCents: 0 })).statusCode).toBe(400);
    expect((await get(`/api/programmes/${id}`)).budgetCents).toBe(4_100_000 * EUR);
    const res = await manager.request('PUT', `/api/programmes/${id}`, edit(5_000_000));
    expect(res.statusCode).toBe(200);
    expect((await get(`/api/programmes/${id}`)).ledger).toMatchObject({ totalCents: 5_000_000 * EUR, unallottedCents: 1_000_000 * EUR });
    const trail = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'programme.updated'), eq(auditLog.entityId, id)));
    expect(trail).toHaveLength(1);
    expect(trail[0]!.before).toMatchObject({ budgetCents: 4_100_000 * EUR });
  });
  it('gives a programme made before envelopes existed the sum of its calls, once', async () => {
    await t.ctx.db.update(programmes).set({ budgetCents: 0 }).where(eq(programmes.id, id));
    await backfillEnvelopes(t.ctx);
    expect((await get(`/api/programmes/${id}`)).ledger).toMatchObject({ totalCents: 4_000_000 * EUR, unallottedCents: 0 });
    await manager.request('PUT', `/api/programmes/${id}`, edit(4_500_000));
    await backfillEnvelopes(t.ctx);
    expect((await get(`/api/programmes/${id}`)).budgetCents).toBe(4_500_000 * EUR);
  });
});
