import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Theme } from '../../../shared/themes';
import { Agent, testApp, type TestApp, refusal } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn } from '../accounts/accounts.testkit';
import { call, demoPeople, fieldCodes, officerOf, openRules, programme, statuses } from './applications/grants.applications.testkit';
import { applications, recoveryOrders } from './grants.schema';
import { applicationInEvaluation, approveAndPropose, assignmentsOf, closeCall, consensusAt, EUR, expectBooksBalance, seatCommittee, sheet } from './grants.testkit';

// The evaluation, award and money of one call, end to end through the API: five applications in
// evaluation (inserted as the administrative check leaves them), three assessors, a divergence,
// the consensus, a tie broken by theme, the award within the budget, a decline that promotes the
// reserve, contracts, pre-financing, an amendment, final reports, a final payment and a recovery
// order; the books balance after every money step.

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let assessors: Agent[];
let leadA: Agent;
let leadB: Agent;
let leadC: Agent;
let anonymous: Agent;
let callId = '';
const app: Record<string, string> = {};
const awardIds: string[] = [];

async function inEvaluation(letter: string, lead: string, theme: Theme, grantEuros: number) {
  const submittedAt = new Date(Date.now() - 86_400_000 + letter.charCodeAt(0) * 1000);
  app[letter] = await applicationInEvaluation(t, callId, { reference: `REV/01-${letter}`, lead, theme, grantCents: grantEuros * EUR, submittedAt });
}

/** The award of an application, as the public project list shows it. */
async function awardOf(letter: string): Promise<string> {
  const items = (await anonymous.request('GET', '/api/projects')).json().items as { id: string; applicationId: string }[];
  const id = items.find((x) => x.applicationId === app[letter])!.id;
  if (!awardIds.includes(id)) awardIds.push(id);
  return id;
}

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  assessors = [p.assessor, await signedIn(t.app, 'assessor2@twinbridge.demo'), await signedIn(t.app, 'assessor3@twinbridge.demo')];
  leadA = await officerOf(t, p.admin, 'ankara.rev@example.org', 'TR-BSB-06');
  leadB = await officerOf(t, p.admin, 'antalya.rev@example.org', 'TR-BSB-07');
  leadC = await officerOf(t, p.admin, 'bursa.rev@example.org', 'TR-BSB-16');
  anonymous = new Agent(t.app);
  callId = await call(p.manager, await programme(p.manager, 'REV'), 'REV/01', openRules({ budgetCents: 200_000 * EUR }));
  await inEvaluation('A', 'TR-BSB-06', 'energy', 90_000);
  await inEvaluation('B', 'TR-BSB-07', 'energy', 80_000);
  await inEvaluation('C', 'TR-BSB-16', 'culture', 90_000);
  await inEvaluation('D', 'TR-BSB-09', 'recycling', 70_000);
  await inEvaluation('E', 'TR-BSB-10', 'migration_management', 75_000);
  await seatCommittee(callId, p.manager, p.admin, assessors);
});
afterAll(async () => t.close());

describe('independent evaluation', () => {
  it('assigns two assessors per application, balancing their workload; only managers may', async () => {
    expect(await statuses([anonymous, p.citizen, p.assessor, leadA], 'POST', `/api/calls/${callId}/assignments`)).toEqual([401, 403, 403, 403]);
    const res = await p.manager.request('POST', `/api/calls/${callId}/assignments`);
    expect(res.json().unfilled).toEqual([]);
    const loads = await Promise.all(assessors.map(async (a) => (await assignmentsOf(a)).length));
    expect(loads.reduce((s, n) => s + n, 0)).toBe(10);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const again = (await p.manager.request('POST', `/api/calls/${callId}/assignments`)).json();
    expect(Object.values(again.added).flat()).toEqual([]); // existing assignments are kept, none added
  });
  it('shows an application to an assessor only after the declaration of no conflict', async () => {
    const [mine] = await assignmentsOf(p.assessor);
    expect(mine).toMatchObject({ application: null, reference: expect.stringMatching(/^REV\/01-/), titleEn: expect.stringMatching(/^Project /) });
    expect((await p.assessor.request('GET', `/api/assignments/${mine!.id}`)).json().application).toBeNull();
    expect(refusal(await p.assessor.request('PUT', `/api/assignments/${mine!.id}/scores`, sheet(4)))).toBe('409 declaration_first');
    const declared = await p.assessor.request('POST', `/api/assignments/${mine!.id}/declaration`, { noConflict: true });
    expect(declared.json()).toMatchObject({ status: 'declared', application: { version: 1, content: { titleEn: expect.stringMatching(/^Project /) }, partners: [{ code: 'DE_06412000' }] } });
    expect(refusal(await p.assessor.request('POST', `/api/assignments/${mine!.id}/declaration`, { noConflict: true }))).toBe('409 declaration_made');
    const other = (await assignmentsOf(assessors[1]!))[0]!;
    expect((await p.assessor.request('GET', `/api/assignments/${other.id}`)).statusCode).toBe(404);
    expect(await statuses([leadA, p.citizen, p.manager], 'GET', '/api/assessments')).toEqual([403, 403, 403]);
    expect(await statuses([leadA, p.manager, anonymous], 'GET', `/api/assignments/${mine!.id}`)).toEqual([404, 404, 401]);
    expect(await statuses([assessors[1]!, p.manager], 'POST', `/api/assignments/${mine!.id}/declaration`, { noConflict: true })).toEqual([404, 404]);
  });
  it('documents the submit body as optional: nothing sent submits the saved draft', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/assignments/{id}/submit'].post.requestBody.required).toBe(false);
    expect(doc.paths['/api/assignments/{id}/scores'].put.requestBody.required).toBe(true);
  });
  it('refuses an incomplete sheet naming every gap, and keeps each sheet private to its assessor', async () => {
    const [mine] = await assignmentsOf(p.assessor);
    const partial = sheet(4);
    delete partial.scores.relevance_1;
    partial.scores.budget_1 = { score: 9, comment: '' };
    expect(fieldCodes(await p.assessor.request('POST', `/api/assignments/${mine!.id}/submit`, partial)).sort()).toEqual(['scores.budget_1.comment:required', 'scores.budget_1.score:score_out_of_range', 'scores.relevance_1:required']);
    expect(await statuses([p.assessor, leadA, p.istanbul, p.citizen, anonymous], 'GET', `/api/applications/${mine!.applicationId}/evaluation`)).toEqual([403, 403, 403, 403, 401]);
  });
  it('scores every application; divergent scores call a further assessor at once', async () => {
    const level: Record<string, number[]> = { A: [5, 3], B: [4, 4], C: [4, 4], D: [3, 3], E: [2, 2] };
    const letterOf = (id: string) => Object.keys(app).find((k) => app[k] === id)!;
    const sheetsIn: Record<string, number> = {};
    for (const a of assessors)
      for (const x of (await assignmentsOf(a)).filter((y) => !y.further)) {
        if (x.status === 'assigned') await a.request('POST', `/api/assignments/${x.id}/declaration`, { noConflict: true });
        const nth = (sheetsIn[x.applicationId] = (sheetsIn[x.applicationId] ?? -1) + 1);
        const done = await a.request('POST', `/api/assignments/${x.id}/submit`, sheet(level[letterOf(x.applicationId)]![nth]!));
        expect(done.json(), done.body).toMatchObject({ status: 'submitted', total: 20 * level[letterOf(x.applicationId)]![nth]! });
        expect(refusal(await a.request('PUT', `/api/assignments/${x.id}/scores`, sheet(1)))).toBe('409 score_sheet_final'); // final
      }
    const view = (await p.manager.request('GET', `/api/applications/${app.A}/evaluation`)).json();
    expect(view).toMatchObject({ spread: 40, diverges: true });
    expect(view.sheets).toHaveLength(3);
    expect(view.sheets.find((s: { total: number | null }) => s.total === 100).sections).toEqual({ relevance: 30, operational_capacity: 20, methodology: 25, sustainability: 15, budget: 10 });
    expect(view.sheets.filter((s: { further: boolean }) => s.further)).toHaveLength(1);
    expect((await p.manager.request('GET', `/api/applications/${app.B}/evaluation`)).json()).toMatchObject({ spread: 0, diverges: false });
    expect(refusal(await p.manager.request('PUT', `/api/applications/${app.A}/consensus`, consensusAt(5)))).toBe('409 consensus_scores_missing'); // the further sheet is missing
    const further = view.sheets.find((s: { further: boolean }) => s.further).assignmentId;
    const who = await Promise.all(assessors.map(async (a) => ((await a.request('GET', `/api/assignments/${further}`)).statusCode === 200 ? a : null)));
    const a = who.find(Boolean)!;
    expect((await a.request('GET', `/api/assignments/${further}`)).json()).toMatchObject({ further: true, status: 'assigned', application: null });
    await a.request('POST', `/api/assignments/${further}/declaration`, { noConflict: true });
    expect((await a.request('POST', `/api/assignments/${further}/submit`, sheet(4))).json().status).toBe('submitted');
  });
  it('never shows an assessor another assessor’s sheet, and an applicant never sees scores', async () => {
    for (const a of assessors)
      for (const x of await assignmentsOf(a)) {
        const own = (await a.request('GET', `/api/assignments/${x.id}`)).json();
        expect(Object.keys(own)).not.toContain('sheets');
        for (const b of assessors.filter((y) => y !== a)) {
          const theirs = (await assignmentsOf(b)).find((y) => y.applicationId === x.applicationId);
          if (theirs) expect((await a.request('GET', `/api/assignments/${theirs.id}`)).statusCode).toBe(404);
        }
      }
    const applicantView = await leadA.request('GET', `/api/applications/${app.A}`);
    expect(applicantView.body).not.toContain('Reasoned comment.');
  });
  it('records the consensus; thresholds and the eliminatory section apply', async () => {
    expect(await statuses([leadA, p.assessor, anonymous], 'PUT', `/api/applications/${app.A}/consensus`, consensusAt(5))).toEqual([403, 403, 401]);
    const bad = await p.manager.request('PUT', `/api/applications/${app.A}/consensus`, { changes: { relevance: { score: 31, justification: 'x' }, impact: { score: 1, justification: 'x' } } });
    expect(fieldCodes(bad)).toEqual(expect.arrayContaining(['changes.relevance.score:score_out_of_range', 'changes.impact:unknown_section']));
    const blank = await p.manager.request('PUT', `/api/applications/${app.A}/consensus`, { changes: { relevance: { score: 30, justification: '  ' } } });
    expect(blank.statusCode).toBe(400);
    const levels: Record<string, ReturnType<typeof consensusAt>> = { A: consensusAt(5), B: consensusAt(4), C: consensusAt(4), D: consensusAt(3, 20), E: consensusAt(2) };
    for (const [k, body] of Object.entries(levels)) expect((await p.manager.request('PUT', `/api/applications/${app[k]}/consensus`, body)).statusCode).toBe(200);
    const e = (await p.manager.request('GET', `/api/applications/${app.E}/evaluation`)).json();
    expect(e.consensus).toMatchObject({ total: 40, passed: false, eliminatedBy: 'relevance' });
    expect(e.status).toBe('evaluated');
  });
});

describe('ranking and award within the budget', () => {
  it('ranks by score, breaks the tie by the unfunded theme, funds within the budget and keeps a reserve', async () => {
    expect(await statuses([anonymous, leadA, p.assessor, p.citizen], 'GET', `/api/calls/${callId}/ranking`)).toEqual([401, 403, 403, 403]);
    const ranking = (await p.manager.request('GET', `/api/calls/${callId}/ranking`)).json();
    // B and C tie at 80 with equal relevance: C's theme (culture) is not yet funded above, B's (energy) is.
    expect(ranking.items.map((i: { reference: string; outcome: string; rank: number | null }) => `${i.reference.slice(-1)}${i.rank ?? '-'}:${i.outcome}`)).toEqual(['A1:awarded', 'C2:awarded', 'B3:reserve', 'D4:reserve', 'E-:rejected']);
    expect(ranking).toMatchObject({ budgetCents: 200_000 * EUR, awardedCents: 180_000 * EUR, leftCents: 20_000 * EUR, pending: 0, decided: false, ledger: { awardedCents: 0, leftCents: 200_000 * EUR } });
  });
  it('confirms the award once, after the deadline, and only by a manager', async () => {
    expect(await statuses([anonymous, leadA, p.assessor, p.citizen], 'POST', `/api/calls/${callId}/award`)).toEqual([401, 403, 403, 403]);
    await closeCall(t, callId, 86_400_000); // the deadline extended: the award waits for it
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/award`))).toBe('409 award_before_deadline');
    await closeCall(t, callId);
    await approveAndPropose(callId, p.manager, p.manager);
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/award`))).toBe('403 forbidden'); // the proposer: four eyes
    const awarded = await p.admin.request('POST', `/api/calls/${callId}/award`);
    expect(awarded.json()).toMatchObject({ decided: true, awardedCents: 180_000 * EUR, ledger: { awardedCents: 180_000 * EUR, committedCents: 0 } });
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/award`))).toBe('409 call_already_awarded');
    const rows = await t.ctx.db.select({ ref: applications.reference, status: applications.status, decidedAt: applications.decidedAt }).from(applications).where(eq(applications.callId, callId)).orderBy(applications.reference);
    expect(rows.map((r) => `${r.ref.slice(-1)}:${r.status}`)).toEqual(['A:awarded', 'B:reserve', 'C:awarded', 'D:reserve', 'E:rejected']);
    expect(rows.every((r) => r.decidedAt)).toBe(true);
    expect(refusal(await p.manager.request('PUT', `/api/applications/${app.A}/consensus`, consensusAt(4)))).toBe('409 committee_report_approved'); // decided on the approved report
    await expectBooksBalance(p.manager, callId, [await awardOf('A'), await awardOf('C')]);
  });
  it('moves the next fitting reserve application up when an awardee declines', async () => {
    const c = await awardOf('C');
    expect(await statuses([leadA, p.citizen, p.assessor, anonymous], 'POST', `/api/awards/${c}/decline`)).toEqual([403, 403, 403, 401]);
    const declined = await leadC.request('POST', `/api/awards/${c}/decline`);
    expect(declined.json()).toEqual({ promoted: [app.B], freedCents: 90_000 * EUR });
    expect(refusal(await leadC.request('POST', `/api/awards/${c}/decline`))).toBe('409 award_not_open');
    const ledger = await expectBooksBalance(p.manager, callId, [await awardOf('A'), await awardOf('B')]);
    expect(ledger).toMatchObject({ awardedCents: 170_000 * EUR, leftCents: 30_000 * EUR });
    const ranking = (await p.manager.request('GET', `/api/calls/${callId}/ranking`)).json();
    expect(ranking.items.map((i: { reference: string; outcome: string }) => `${i.reference.slice(-1)}:${i.outcome}`)).toEqual(['A:awarded', 'B:awarded', 'D:reserve', 'E:rejected']);
  });
});

/** B's final report: half the planned costs, within every heading. */
const B_COSTS = { human_resources: 20_000 * EUR, travel: 10_000 * EUR, equipment: 10_000 * EUR, services: 10_000 * EUR };

describe('contracts, reports and payments', () => {
  it('keeps money to managers', async () => {
    const a = await awardOf('A');
    const who = [anonymous, p.citizen, p.assessor, leadA];
    expect(await statuses(who, 'POST', `/api/awards/${a}/contract`, { startsOn: '2027-01-01', durationMonths: 12 })).toEqual([401, 403, 403, 403]);
    expect(await statuses(who, 'POST', `/api/awards/${a}/payments/pre-financing`)).toEqual([401, 403, 403, 403]);
    expect(await statuses(who, 'POST', `/api/awards/${a}/payments/final`)).toEqual([401, 403, 403, 403]);
    expect(await statuses(who, 'POST', `/api/awards/${a}/amendments`, { reason: 'x', endsOn: '2027-06-30' })).toEqual([401, 403, 403, 403]);
    expect(await statuses(who, 'GET', `/api/calls/${callId}/ledger`)).toEqual([401, 403, 403, 403]);
  });
  it('signs a contract with the grant rate and pays 80 % pre-financing once', async () => {
    const a = await awardOf('A');
    expect(refusal(await p.manager.request('POST', `/api/awards/${a}/payments/pre-financing`))).toBe('409 prefinancing_before_contract'); // no contract yet
    expect((await p.manager.request('POST', `/api/awards/${a}/contract`, { startsOn: '2027-01-01', durationMonths: 24 })).json().fields[0].path).toBe('durationMonths');
    expect((await p.manager.request('POST', `/api/awards/${a}/contract`, { startsOn: '2027-02-30', durationMonths: 12 })).statusCode).toBe(400);
    const signed = (await p.manager.request('POST', `/api/awards/${a}/contract`, { startsOn: '2027-01-01', durationMonths: 12 })).json();
    expect(signed).toMatchObject({ status: 'contracted', grantRateBp: 8411, endsOn: '2027-12-31', plan: [{ kind: 'pre_financing', amountCents: 72_000 * EUR }, { kind: 'final', amountCents: 18_000 * EUR }] });
    expect(refusal(await p.manager.request('POST', `/api/awards/${a}/contract`, { startsOn: '2027-01-01', durationMonths: 12 }))).toBe('409 award_not_open');
    await expectBooksBalance(p.manager, callId, awardIds);
    // Four eyes: the manager requests, the admin (another manager) approves; only then is it paid.
    const requested = (await p.manager.request('POST', `/api/awards/${a}/payments/pre-financing`)).json();
    expect(requested).toMatchObject({ paymentOption: 'single', paidCents: 0, payments: [{ kind: 'pre_financing', amountCents: 72_000 * EUR, status: 'requested' }] });
    expect(refusal(await p.manager.request('POST', `/api/awards/${a}/payments/pre-financing`))).toBe('409 payment_waiting');
    expect(refusal(await p.manager.request('POST', `/api/payments/${requested.payments[0].id}/approve`))).toBe('409 payment_four_eyes');
    const paid = (await p.admin.request('POST', `/api/payments/${requested.payments[0].id}/approve`)).json();
    expect(paid.payments).toEqual([expect.objectContaining({ kind: 'pre_financing', amountCents: 72_000 * EUR, status: 'paid' })]);
    expect(refusal(await p.admin.request('POST', `/api/payments/${requested.payments[0].id}/approve`))).toBe('409 payment_not_requested');
    expect(refusal(await p.manager.request('POST', `/api/awards/${a}/payments/pre-financing`))).toBe('409 prefinancing_paid');
    expect((await leadA.request('GET', `/api/awards/${a}`)).json()).toMatchObject({ paidCents: 72_000 * EUR, ledger: { grantCents: 90_000 * EUR, owedCents: 18_000 * EUR } });
    expect(await statuses([p.istanbul, p.citizen, p.assessor, leadC], 'GET', `/api/awards/${a}`)).toEqual([404, 404, 404, 404]);
    expect((await p.koln.request('GET', `/api/awards/${a}`)).statusCode).toBe(404); // not a partner of this project
    expect(await expectBooksBalance(p.manager, callId, awardIds)).toMatchObject({ committedCents: 90_000 * EUR, paidCents: 72_000 * EUR, owedCents: 18_000 * EUR });
  });
  it('pays the balance on the approved final report: accepted costs × grant rate − paid', async () => {
    const a = await awardOf('A');
    expect(refusal(await p.manager.request('POST', `/api/awards/${a}/payments/final`))).toBe('409 final_report_not_approved');
    const report = { kind: 'final', narrative: 'Done.', indicators: [{ name: 'Trees planted', achieved: 210 }], costs: { human_resources: 40_000 * EUR, travel: 14_000 * EUR, equipment: 30_000 * EUR, services: 16_000 * EUR } };
    expect(await statuses([p.manager, leadB, p.citizen], 'POST', `/api/awards/${a}/reports`, report)).toEqual([403, 403, 403]);
    expect((await leadA.request('POST', `/api/awards/${a}/reports`, { ...report, costs: { catering: 1 } })).statusCode).toBe(400);
    const submitted = (await leadA.request('POST', `/api/awards/${a}/reports`, report)).json();
    const reportId = submitted.reports[0].id;
    expect(refusal(await leadA.request('POST', `/api/awards/${a}/reports`, report))).toBe('409 report_waiting'); // one waits already
    expect((await leadA.request('POST', `/api/reports/${reportId}/decision`, { decision: 'approved', acceptedCostsCents: 1 })).statusCode).toBe(403);
    expect((await p.manager.request('POST', `/api/reports/${reportId}/decision`, { decision: 'approved' })).json().fields[0].path).toBe('acceptedCostsCents');
    expect((await p.manager.request('POST', `/api/reports/${reportId}/decision`, { decision: 'approved', acceptedCostsCents: 100_001 * EUR })).statusCode).toBe(400); // above the reported costs
    // Services were reported at 16,000 against a heading of 15,000: the heading binds what is accepted.
    expect(fieldCodes(await p.manager.request('POST', `/api/reports/${reportId}/decision`, { decision: 'approved', acceptedCostsCents: 100_000 * EUR }))).toEqual(['acceptedCosts.services:above_heading_budget']);
    const moved = (await leadA.request('POST', `/api/awards/${a}/transfers`, { from: 'travel', to: 'services', amountCents: 1_000 * EUR, reason: 'More translation than planned' })).json();
    expect(moved.transfers).toEqual([expect.objectContaining({ kind: 'notification', from: 'travel', to: 'services', amountCents: 1_000 * EUR })]);
    expect((await p.manager.request('POST', `/api/reports/${reportId}/decision`, { decision: 'approved', acceptedCostsCents: 100_000 * EUR })).statusCode).toBe(200);
    const requested = (await p.manager.request('POST', `/api/awards/${a}/payments/final`)).json();
    // The exact share 100,000 × 90,000 ÷ 107,000 = 84,112.14, not 100,000 × 84.11 % (a rate rounded to basis points).
    expect(requested).toMatchObject({ status: 'contracted', paidCents: 72_000 * EUR });
    expect(requested.payments.at(-1)).toMatchObject({ kind: 'final', amountCents: 1_211_214, status: 'requested' });
    const settled = (await p.admin.request('POST', `/api/payments/${requested.payments.at(-1).id}/approve`)).json();
    expect(settled).toMatchObject({ status: 'closed', phase: 'closed', grantCents: 8_411_214, paidCents: 8_411_214 });
    expect(refusal(await p.manager.request('POST', `/api/awards/${a}/payments/final`))).toBe('409 contract_not_running');
    expect(await expectBooksBalance(p.manager, callId, awardIds)).toMatchObject({ awardedCents: 8_411_214 + 80_000 * EUR, leftCents: 200_000 * EUR - 8_411_214 - 80_000 * EUR });
  });
  it('records an amendment with its reason and the before and after, within the call’s limits', async () => {
    const b = await awardOf('B');
    await p.manager.request('POST', `/api/awards/${b}/contract`, { startsOn: '2027-02-01', durationMonths: 12 });
    const asked = (await p.manager.request('POST', `/api/awards/${b}/payments/pre-financing`)).json();
    expect((await p.admin.request('POST', `/api/payments/${asked.payments[0].id}/approve`)).json().paidCents).toBe(64_000 * EUR);
    await expectBooksBalance(p.manager, callId, awardIds);
    const refusedAmendment = await p.manager.request('POST', `/api/awards/${b}/amendments`, { reason: 'Smaller pilot', grantCents: 60_000 * EUR, endsOn: '2028-09-01' });
    expect(fieldCodes(refusedAmendment).sort()).toEqual(['endsOn:duration_above_max', 'grantCents:grant_below_paid']);
    expect(fieldCodes(await p.manager.request('POST', `/api/awards/${b}/amendments`, { reason: ' ', grantCents: 90_000 * EUR })).sort()).toEqual(['grantCents:grant_above_original', 'reason:required']);
    const amended = (await p.manager.request('POST', `/api/awards/${b}/amendments`, { reason: 'Smaller pilot, later end', grantCents: 76_000 * EUR, endsOn: '2028-03-31' })).json();
    expect(amended).toMatchObject({ grantCents: 76_000 * EUR, endsOn: '2028-03-31', amendments: [{ reason: 'Smaller pilot, later end', before: { grantCents: 80_000 * EUR, endsOn: '2028-01-31' }, after: { grantCents: 76_000 * EUR, endsOn: '2028-03-31' } }] });
    expect((await expectBooksBalance(p.manager, callId, awardIds)).leftCents).toBe(200_000 * EUR - 8_411_214 - 76_000 * EUR);
    expect(refusal(await p.manager.request('POST', `/api/awards/${await awardOf('A')}/amendments`, { reason: 'Late', endsOn: '2028-01-31' }))).toBe('409 contract_not_running'); // closed
  });
  it('turns an overpayment into a recovery order, and the ledger still balances', async () => {
    const b = await awardOf('B');
    const returned = (await leadB.request('POST', `/api/awards/${b}/reports`, { kind: 'final', narrative: 'Less done.', indicators: [], costs: B_COSTS })).json();
    const id = returned.reports[0].id;
    expect((await p.manager.request('POST', `/api/reports/${id}/decision`, { decision: 'returned' })).statusCode).toBe(400);
    expect((await p.manager.request('POST', `/api/reports/${id}/decision`, { decision: 'returned', comments: 'Add the travel receipts.' })).json().reports[0]).toMatchObject({ status: 'returned', comments: 'Add the travel receipts.' });
    expect(refusal(await p.manager.request('POST', `/api/awards/${b}/payments/final`))).toBe('409 final_report_not_approved'); // nothing approved
    const again = (await leadB.request('POST', `/api/awards/${b}/reports`, { kind: 'final', narrative: 'Less done, receipts added.', indicators: [], costs: B_COSTS })).json();
    await p.manager.request('POST', `/api/reports/${again.reports[1].id}/decision`, { decision: 'approved', acceptedCostsCents: 50_000 * EUR });
    const settled = (await p.manager.request('POST', `/api/awards/${b}/payments/final`)).json();
    // 50,000 × 76,000 ÷ 107,000 = 35,514.01 < 64,000 pre-financing: a recovery order for 28,485.99, not yet collected.
    expect(settled.recoveries).toEqual([expect.objectContaining({ amountCents: 2_848_599, collectedCents: 0, outstandingCents: 2_848_599 })]);
    expect(settled.recoveries[0].dueOn > settled.recoveries[0].issuedOn).toBe(true);
    expect(settled).toMatchObject({ status: 'closed', grantCents: 3_551_401, paidCents: 64_000 * EUR, ledger: { recoveredCents: 0, recoveryDueCents: 2_848_599, owedCents: 0 } });
    expect((await expectBooksBalance(p.manager, callId, awardIds)).recoveryDueCents).toBe(2_848_599);
    const order = settled.recoveries[0].id;
    expect(await statuses([leadB, p.assessor], 'POST', `/api/recoveries/${order}/collections`, { amountCents: 1 })).toEqual([403, 403]);
    expect(fieldCodes(await p.manager.request('POST', `/api/recoveries/${order}/collections`, { amountCents: 2_848_600 }))).toEqual(['amountCents:above_outstanding']);
    // A collection is recorded on the day the money came in: not before the order, not in the future.
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await t.ctx.db.update(recoveryOrders).set({ issuedOn: day(-20) }).where(eq(recoveryOrders.id, order));
    const tomorrow = day(1);
    expect(fieldCodes(await p.manager.request('POST', `/api/recoveries/${order}/collections`, { amountCents: 1, collectedOn: day(-21) }))).toEqual(['collectedOn:collected_before_issued']);
    expect(fieldCodes(await p.manager.request('POST', `/api/recoveries/${order}/collections`, { amountCents: 1, collectedOn: tomorrow }))).toEqual(['collectedOn:collected_in_future']);
    expect((await p.manager.request('POST', `/api/recoveries/${order}/collections`, { amountCents: 1, collectedOn: '1 March' })).statusCode).toBe(400);
    const part = (await p.manager.request('POST', `/api/recoveries/${order}/collections`, { amountCents: 2_000_000, collectedOn: day(-10) })).json();
    expect(part).toMatchObject({ paidCents: 4_400_000, ledger: { recoveredCents: 2_000_000, recoveryDueCents: 848_599, owedCents: 0 } });
    expect(part.payments.filter((x: { kind: string }) => x.kind === 'recovery')).toEqual([expect.objectContaining({ amountCents: 2_000_000, paidOn: day(-10), status: 'paid' })]);
    expect(part.recoveries[0]).toMatchObject({ collectedCents: 2_000_000, outstandingCents: 848_599 });
    await p.manager.request('POST', `/api/recoveries/${order}/collections`, { amountCents: 848_599 });
    expect(refusal(await p.manager.request('POST', `/api/recoveries/${order}/collections`, { amountCents: 1 }))).toBe('409 recovery_collected');
    const ledger = await expectBooksBalance(p.manager, callId, awardIds);
    expect(ledger).toMatchObject({ awardedCents: 8_411_214 + 3_551_401, paidCents: 8_411_214 + 64_000 * EUR, recoveredCents: 2_848_599, recoveryDueCents: 0, owedCents: 0 });
  });
});

describe('notifications', () => {
  /** Kinds of an agent's grant notifications, oldest first, with the application each names. */
  async function heard(agent: Agent): Promise<string[]> {
    const items = (await agent.request('GET', '/api/notifications')).json().items as { kind: string; payload: { title: string; link: string }; createdAt: string }[];
    return items
      .filter((n) => n.payload.title.startsWith('REV/01-'))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((n) => `${n.payload.title.slice(-1)}:${n.kind}`);
  }
  it('tells each lead authority of its own application’s decision, reports and payments, and nobody else', async () => {
    expect(await heard(leadA)).toEqual(['A:application_awarded', 'A:payment_made', 'A:report_approved', 'A:payment_made']);
    expect(await heard(leadB)).toEqual(['B:application_reserve', 'B:application_awarded', 'B:payment_made', 'B:report_returned', 'B:report_approved', 'B:recovery_order']);
    expect(await heard(leadC)).toEqual(['C:application_awarded']);
    expect(await heard(p.istanbul)).toEqual([]);
    const award = (await leadA.request('GET', '/api/notifications')).json().items.find((n: { kind: string }) => n.kind === 'report_approved');
    expect(award.payload.link).toBe(`/grants/awards/${await awardOf('A')}`);
  });
});
