import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit.schema';
import { testApp, type Agent, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn } from '../accounts/accounts.testkit';
import { call, demoPeople, openRules, programme } from './applications/grants.applications.testkit';
import { assignments, awards, payments } from './grants.schema';
import { applicationInEvaluation, approveAndPropose, assignmentsOf, closeCall, consensusAt, EUR, expectBooksBalance, seatCommittee, sheet } from './grants.testkit';

// The same request twice at once, or two that touch one budget, must not both win. In-memory PGlite
// runs transactions one after the other; with DATABASE_URL these race on a real PostgreSQL, where
// only the row locks keep them apart.

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let pool: Agent[];
let callId = '';
const id: Record<string, string> = {};
const codes = (xs: { statusCode: number }[]) => xs.map((x) => x.statusCode).sort();

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  pool = [p.assessor, await signedIn(t.app, 'assessor2@twinbridge.demo'), await signedIn(t.app, 'assessor3@twinbridge.demo')];
  callId = await call(p.manager, await programme(p.manager, 'RACE'), 'RACE/01', openRules({ budgetCents: 180_000 * EUR }));
  for (const [k, lead] of [['X', 'TR-BSB-06'], ['Y', 'TR-BSB-07'], ['Z', 'TR-BSB-16']] as const)
    id[k] = await applicationInEvaluation(t, callId, { reference: `RACE/01-${k}`, lead, theme: 'energy', grantCents: 90_000 * EUR });
  await p.manager.request('POST', `/api/calls/${callId}/assignments`);
  await seatCommittee(callId, p.manager, p.admin, pool);
  for (const a of pool) for (const x of await assignmentsOf(a)) await a.request('POST', `/api/assignments/${x.id}/declaration`, { noConflict: true });
});
afterAll(async () => t.close());

/** Both sheets of an application submitted at the same moment. */
async function submitTogether(applicationId: string, levels: [number, number]) {
  const mine = (await Promise.all(pool.map(async (who) => (await assignmentsOf(who)).filter((x) => x.applicationId === applicationId).map((x) => ({ who, x }))))).flat();
  return Promise.all(mine.map(({ who, x }, i) => who.request('POST', `/api/assignments/${x.id}/submit`, sheet(levels[i]!))));
}

describe('concurrent requests', () => {
  it('sees a divergence between two sheets submitted at once, and calls exactly one further assessor', async () => {
    expect(codes(await submitTogether(id.X!, [5, 3]))).toEqual([200, 200]);
    const rows = await t.ctx.db.select().from(assignments).where(eq(assignments.applicationId, id.X!));
    expect(rows.filter((r) => r.further)).toHaveLength(1);
    expect(await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'evaluation.further_assessor_assigned'), eq(auditLog.entityId, id.X!)))).toHaveLength(1);
    const further = rows.find((r) => r.further)!;
    // Only the further assessor's own declaration succeeds; the others get a 404.
    for (const a of pool) if ((await a.request('POST', `/api/assignments/${further.id}/declaration`, { noConflict: true })).statusCode === 200) await a.request('POST', `/api/assignments/${further.id}/submit`, sheet(4));
    expect(codes(await submitTogether(id.Y!, [4, 4]))).toEqual([200, 200]);
    expect(codes(await submitTogether(id.Z!, [3, 3]))).toEqual([200, 200]);
    for (const [k, v] of [['X', 5], ['Y', 4], ['Z', 3]] as const) expect((await p.manager.request('PUT', `/api/applications/${id[k]}/consensus`, consensusAt(v, 20))).statusCode).toBe(200);
  });
  it('awards a call once when confirmed twice at once', async () => {
    await closeCall(t, callId);
    await approveAndPropose(callId, p.manager, p.manager);
    expect(codes(await Promise.all([1, 2].map(() => p.admin.request('POST', `/api/calls/${callId}/award`))))).toEqual([200, 409]);
    expect(await t.ctx.db.select().from(awards).where(eq(awards.callId, callId))).toHaveLength(2);
  });
  it('promotes the reserve once when two awardees decline at once', async () => {
    const rows = await t.ctx.db.select().from(awards).where(eq(awards.callId, callId));
    const answers = await Promise.all(rows.map((a) => p.manager.request('POST', `/api/awards/${a.id}/decline`)));
    expect(codes(answers)).toEqual([200, 200]);
    expect(answers.flatMap((r) => r.json().promoted)).toEqual([id.Z]);
    const live = await t.ctx.db.select().from(awards).where(and(eq(awards.callId, callId), eq(awards.status, 'awarded')));
    expect(live.map((a) => a.applicationId)).toEqual([id.Z]);
  });
  it('pays the pre-financing once when asked twice at once', async () => {
    const [z] = await t.ctx.db.select().from(awards).where(eq(awards.applicationId, id.Z!));
    await p.manager.request('POST', `/api/awards/${z!.id}/contract`, { startsOn: '2027-01-01', durationMonths: 12 });
    expect(codes(await Promise.all([1, 2].map(() => p.manager.request('POST', `/api/awards/${z!.id}/payments/pre-financing`))))).toEqual([200, 409]);
    expect(await t.ctx.db.select().from(payments).where(eq(payments.awardId, z!.id))).toHaveLength(1);
    await expectBooksBalance(p.manager, callId, [z!.id]);
  });
});
