import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit.schema';
import { Agent, testApp, type TestApp, refusal } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { disableUser, signedIn } from '../../accounts/accounts.testkit';
import { call, demoPeople, fieldCodes, officerOf, openRules, programme, statuses } from '../applications/grants.applications.testkit';
import { applications, assignments, awards } from '../grants.schema';
import { applicationInEvaluation, approveAndPropose, assignmentsOf, closeCall, consensusAt, EUR, expectBooksBalance, newAssessor, seatCommittee, setStatus, sheet, type Assignment } from '../grants.testkit';

// The paths around the main flow: a disabled assessor, a withdrawn application, a declared conflict
// and a re-run, draft sheets, a divergence nobody is free to read until a new assessor joins, the
// award's waits (deadline, pending applications), a manager declining on the awardee's behalf, an
// amendment that would spend money the reserve took, and a withdrawal named by the application.

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let pool: Agent[];
let disabledId = '';
let leadP: Agent;
let leadR: Agent;
let callId = '';
const id: Record<string, string> = {};

/** Who among the pool holds an assignment on the application, with it. */
async function holders(applicationId: string): Promise<{ who: Agent; a: Assignment }[]> {
  const out: { who: Agent; a: Assignment }[] = [];
  for (const who of pool) for (const a of await assignmentsOf(who)) if (a.applicationId === applicationId) out.push({ who, a });
  return out;
}
async function audited(action: string, entityId: string) {
  return t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
}
async function awardIdOf(applicationId: string): Promise<string> {
  const [a] = await t.ctx.db.select().from(awards).where(eq(awards.applicationId, applicationId));
  return a!.id;
}

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  pool = [p.assessor, await signedIn(t.app, 'assessor2@twinbridge.demo'), await signedIn(t.app, 'assessor3@twinbridge.demo')];
  const disabled = await newAssessor(t, p.admin, 'away@example.org');
  disabledId = (await disabled.request('GET', '/api/auth/me')).json().user.id;
  await disableUser(t.ctx.db, disabledId);
  leadP = await officerOf(t, p.admin, 'ankara.edge@example.org', 'TR-BSB-06');
  leadR = await officerOf(t, p.admin, 'antalya.edge@example.org', 'TR-BSB-07');
  callId = await call(p.manager, await programme(p.manager, 'EDGE'), 'EDGE/01', openRules({ budgetCents: 180_000 * EUR }));
  id.P = await applicationInEvaluation(t, callId, { reference: 'EDGE/01-P', lead: 'TR-BSB-06', theme: 'energy', grantCents: 90_000 * EUR });
  id.Q = await applicationInEvaluation(t, callId, { reference: 'EDGE/01-Q', lead: 'TR-BSB-16', theme: 'culture', grantCents: 90_000 * EUR });
  id.R = await applicationInEvaluation(t, callId, { reference: 'EDGE/01-R', lead: 'TR-BSB-07', theme: 'recycling', grantCents: 95_000 * EUR });
  id.W = await applicationInEvaluation(t, callId, { reference: 'EDGE/01-W', lead: 'TR-BSB-09', theme: 'youth_and_sports', grantCents: 70_000 * EUR });
  await seatCommittee(callId, p.manager, p.admin, pool);
});
afterAll(async () => t.close());

describe('assignment around the main path', () => {
  it('never assigns a disabled assessor', async () => {
    expect((await p.manager.request('POST', `/api/calls/${callId}/assignments`)).json().unfilled).toEqual([]);
    expect(await t.ctx.db.select().from(assignments).where(eq(assignments.assessorId, disabledId))).toEqual([]);
    expect((await Promise.all(pool.map(assignmentsOf))).map((x) => x.length).sort()).toEqual([2, 3, 3]);
  });
  it('closes the evaluation of a withdrawn application', async () => {
    await setStatus(t, id.W!, 'withdrawn'); // as the applicant's withdrawal leaves it
    const [{ who, a }] = (await holders(id.W!)) as [{ who: Agent; a: Assignment }];
    expect(refusal(await who.request('POST', `/api/assignments/${a.id}/declaration`, { noConflict: true }))).toBe('409 evaluation_closed');
    expect((await who.request('GET', `/api/assignments/${a.id}`)).json().status).toBe('assigned');
  });
  it('steps a conflicted assessor aside; a re-run assigns someone else, never them again', async () => {
    const [{ who, a }] = (await holders(id.P!)) as [{ who: Agent; a: Assignment }];
    const conflicted = (await who.request('POST', `/api/assignments/${a.id}/declaration`, { noConflict: false, note: 'I advised the lead last year.' })).json();
    expect(conflicted).toMatchObject({ status: 'conflicted', application: null });
    expect(refusal(await who.request('PUT', `/api/assignments/${a.id}/scores`, sheet(3)))).toBe('409 declaration_first');
    expect((await audited('evaluation.conflict_declared', id.P!))[0]!.after).toMatchObject({ assignmentId: a.id, note: 'I advised the lead last year.' });
    const rerun = (await p.manager.request('POST', `/api/calls/${callId}/assignments`)).json();
    expect(rerun.added[id.P!]).toHaveLength(1);
    expect(rerun.added[id.Q!]).toEqual([]);
    expect(rerun.added[id.W!]).toBeUndefined(); // withdrawn: not under evaluation
    const now = await holders(id.P!);
    expect(now.map((h) => h.a.status).sort()).toEqual(['assigned', 'assigned', 'conflicted']);
    expect(new Set(now.map((h) => h.who)).size).toBe(3);
  });
});

describe('score sheets', () => {
  it('saves a draft that may be incomplete but not wrong, and submits the saved draft', async () => {
    const { who, a } = (await holders(id.P!)).find((h) => h.a.status === 'assigned')!;
    await who.request('POST', `/api/assignments/${a.id}/declaration`, { noConflict: true });
    expect(fieldCodes(await who.request('PUT', `/api/assignments/${a.id}/scores`, { scores: { relevance_1: { score: 6, comment: '' }, impact_1: { score: 1, comment: 'x' } } })).sort()).toEqual(['scores.impact_1:unknown_criterion', 'scores.relevance_1.score:score_out_of_range']);
    expect((await who.request('PUT', `/api/assignments/${a.id}/scores`, { scores: { relevance_1: { score: 101, comment: '' } } })).statusCode).toBe(400);
    const draft = (await who.request('PUT', `/api/assignments/${a.id}/scores`, { scores: { relevance_1: { score: 5, comment: '' } } })).json();
    expect(draft).toMatchObject({ status: 'declared', total: null, scores: { relevance_1: { score: 5 } } });
    const gaps = fieldCodes(await who.request('POST', `/api/assignments/${a.id}/submit`));
    expect(gaps).toContain('scores.relevance_1.comment:required');
    expect(gaps).toContain('scores.budget_2:required');
    await who.request('PUT', `/api/assignments/${a.id}/scores`, sheet(5));
    expect((await who.request('POST', `/api/assignments/${a.id}/submit`)).json()).toMatchObject({ status: 'submitted', total: 100 });
  });
  it('records a divergence nobody is free to read, holds the consensus, and fills it when an assessor joins', async () => {
    const { who, a } = (await holders(id.P!)).find((h) => h.a.status === 'assigned')!;
    await who.request('POST', `/api/assignments/${a.id}/declaration`, { noConflict: true });
    expect((await who.request('POST', `/api/assignments/${a.id}/submit`, sheet(3))).json().status).toBe('submitted');
    expect((await audited('evaluation.further_assessor_unavailable', id.P!))[0]!.after).toEqual({ spread: 40, threshold: 20 });
    const view = (await p.manager.request('GET', `/api/applications/${id.P}/evaluation`)).json();
    expect(view).toMatchObject({ spread: 40, diverges: true });
    expect(view.sheets.map((s: { status: string }) => s.status).sort()).toEqual(['conflicted', 'submitted', 'submitted']);
    expect(refusal(await p.manager.request('PUT', `/api/applications/${id.P}/consensus`, consensusAt(4)))).toBe('409 consensus_scores_diverge');
    const fresh = await newAssessor(t, p.admin, 'fresh.eyes@example.org');
    const rerun = (await p.manager.request('POST', `/api/calls/${callId}/assignments`)).json();
    expect(Object.entries(rerun.added).filter(([, v]) => (v as string[]).length).map(([k]) => k)).toEqual([id.P]);
    const [mine] = await assignmentsOf(fresh);
    expect(mine).toMatchObject({ applicationId: id.P, further: true, status: 'assigned' });
    expect((await audited('evaluation.further_assessor_assigned', id.P!))[0]!.after).toMatchObject({ spread: 40, threshold: 20 });
    await fresh.request('POST', `/api/assignments/${mine!.id}/declaration`, { noConflict: true });
    await fresh.request('POST', `/api/assignments/${mine!.id}/submit`, sheet(4));
    expect((await p.manager.request('PUT', `/api/applications/${id.P}/consensus`, consensusAt(5))).json().consensus).toMatchObject({ total: 100, passed: true });
  });
  it('scores the others: a spread exactly at the threshold needs no further assessor', async () => {
    const levels: Record<string, number[]> = { Q: [4, 4], R: [4, 3] };
    for (const [k, v] of Object.entries(levels))
      for (const [i, { who, a }] of (await holders(id[k]!)).entries()) {
        await who.request('POST', `/api/assignments/${a.id}/declaration`, { noConflict: true });
        if (i === 0) expect(refusal(await p.manager.request('PUT', `/api/applications/${id[k]}/consensus`, consensusAt(4)))).toBe('409 consensus_scores_missing');
        await who.request('POST', `/api/assignments/${a.id}/submit`, sheet(v[i]!));
      }
    expect((await p.manager.request('GET', `/api/applications/${id.R}/evaluation`)).json()).toMatchObject({ spread: 20, diverges: false, sheets: [{}, {}] });
    expect((await p.manager.request('PUT', `/api/applications/${id.Q}/consensus`, consensusAt(4))).statusCode).toBe(200);
    expect((await p.manager.request('PUT', `/api/applications/${id.R}/consensus`, consensusAt(3, 20))).json().consensus).toMatchObject({ total: 62, passed: true });
    expect((await p.manager.request('GET', '/api/applications/00000000-0000-4000-8000-0000000000aa/evaluation')).statusCode).toBe(404);
    expect((await p.manager.request('GET', '/api/applications/not-a-uuid/evaluation')).statusCode).toBe(400);
  });
});

describe('award, decline and amendments', () => {
  it('waits for the deadline and for every application under evaluation', async () => {
    await closeCall(t, callId, 86_400_000); // the deadline extended: the award waits for it
    expect((await p.manager.request('POST', `/api/calls/${callId}/award`)).json().message).toMatch(/deadline/);
    await closeCall(t, callId);
    await setStatus(t, id.W!, 'evaluation');
    expect((await p.manager.request('GET', `/api/calls/${callId}/ranking`)).json().pending).toBe(1);
    expect((await p.manager.request('POST', `/api/calls/${callId}/award`)).json().message).toMatch(/still under/);
    await setStatus(t, id.W!, 'withdrawn');
    await approveAndPropose(callId, p.manager, p.manager);
    const ranking = (await p.admin.request('POST', `/api/calls/${callId}/award`)).json();
    expect(ranking.items.map((i: { reference: string; outcome: string }) => `${i.reference.slice(-1)}:${i.outcome}`)).toEqual(['P:awarded', 'Q:awarded', 'R:reserve']);
    expect(ranking).toMatchObject({ awardedCents: 180_000 * EUR, leftCents: 0 });
  });
  it('keeps an amendment from spending money the reserve took, and a manager declines on the awardee’s behalf', async () => {
    const [aP, aQ] = [await awardIdOf(id.P!), await awardIdOf(id.Q!)];
    await p.manager.request('POST', `/api/awards/${aP}/contract`, { startsOn: '2027-01-01', durationMonths: 12 });
    await p.manager.request('POST', `/api/awards/${aP}/payments/pre-financing`);
    expect((await p.manager.request('POST', `/api/awards/${aP}/amendments`, { reason: 'Smaller pilot', grantCents: 75_000 * EUR })).json().grantCents).toBe(75_000 * EUR);
    expect((await expectBooksBalance(p.manager, callId, [aP, aQ])).leftCents).toBe(15_000 * EUR);
    expect((await leadP.request('POST', `/api/awards/${aQ}/decline`)).statusCode).toBe(403);
    expect((await p.manager.request('POST', `/api/awards/${aQ}/decline`)).json()).toEqual({ promoted: [id.R], freedCents: 90_000 * EUR });
    const [q] = await t.ctx.db.select().from(applications).where(eq(applications.id, id.Q!));
    expect(q!.status).toBe('declined');
    const aR = await awardIdOf(id.R!);
    expect((await expectBooksBalance(p.manager, callId, [aP, aQ, aR])).leftCents).toBe(10_000 * EUR);
    const tooMuch = await p.manager.request('POST', `/api/awards/${aP}/amendments`, { reason: 'Back to the full pilot', grantCents: 90_000 * EUR });
    expect(tooMuch.json().fields).toEqual([expect.objectContaining({ path: 'grantCents', code: 'grant_above_budget_left', params: { max: 85_000 * EUR } })]);
    expect((await p.manager.request('POST', `/api/awards/${aP}/amendments`, { reason: 'Most of the pilot back', grantCents: 85_000 * EUR })).statusCode).toBe(200);
    expect((await expectBooksBalance(p.manager, callId, [aP, aQ, aR])).leftCents).toBe(0);
    expect(refusal(await p.manager.request('POST', `/api/awards/${aP}/decline`))).toBe('409 award_not_open'); // contracted
  });
  it('lets the lead withdraw an award named by its application', async () => {
    expect(await statuses([new Agent(t.app), p.citizen, leadP], 'POST', `/api/applications/${id.R}/withdraw-award`)).toEqual([401, 403, 403]);
    expect((await p.manager.request('POST', `/api/applications/${id.W}/withdraw-award`)).statusCode).toBe(404);
    expect((await leadR.request('POST', `/api/applications/${id.R}/withdraw-award`)).json()).toEqual({ promoted: [], freedCents: 95_000 * EUR });
    const [r] = await t.ctx.db.select({ app: applications.status, award: awards.status }).from(applications).innerJoin(awards, eq(awards.applicationId, applications.id)).where(eq(applications.id, id.R!));
    expect(r).toEqual({ app: 'withdrawn', award: 'withdrawn' });
    expect(refusal(await leadR.request('POST', `/api/applications/${id.R}/withdraw-award`))).toBe('409 award_not_open');
    expect((await expectBooksBalance(p.manager, callId, [await awardIdOf(id.P!)])).leftCents).toBe(95_000 * EUR);
  });
});
