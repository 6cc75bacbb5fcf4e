import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Theme } from '../../../shared/themes';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn } from '../accounts/accounts.testkit';
import { validContent2018 } from './fixtures';
import { call, demoPeople, fieldCodes, officerOf, openRules, programme, statuses } from './grants.applications.testkit';
import { applicationPartners, applications, applicationVersions } from './grants.schema';
import { ledgerBalances } from './payments.rules';

// The evaluation, award and money of one call, end to end through the API: five applications in
// evaluation (inserted as the administrative check leaves them), three assessors, a divergence,
// the consensus, a tie broken by theme, the award within the budget, a decline that promotes the
// reserve, contracts, pre-financing, final reports, a final payment and a recovery order.

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let assessors: Agent[];
let leadA: Agent;
let leadC: Agent;
let anonymous: Agent;
let callId = '';
const app: Record<string, string> = {};
const EUR = 100;
const SOMEONE = '00000000-0000-4000-8000-000000000001'; // the applicant who submitted (not needed here)
const CRITERIA: [string, number][] = [['relevance', 3], ['operational_capacity', 4], ['methodology', 5], ['sustainability', 3], ['budget', 2]];

/** A sheet with every criterion at `v` of 5, with a comment. */
function sheet(v: number) {
  const scores: Record<string, { score: number; comment: string }> = {};
  for (const [key, n] of CRITERIA) for (let i = 1; i <= n; i++) scores[`${key}_${i}`] = { score: v, comment: 'Reasoned comment.' };
  return { scores };
}
/** Consensus sections at level `v` (relevance counts twice, or is set apart). */
const consensus = (v: number, relevance = v * 6) => ({
  sections: Object.fromEntries(CRITERIA.map(([k, n]) => [k, { score: k === 'relevance' ? relevance : v * n, justification: 'Agreed in committee.' }])),
});

async function applicationInEvaluation(letter: string, lead: string, theme: Theme, grantEuros: number) {
  const content = { ...validContent2018(), theme, titleEn: `Project ${letter}`, requestedGrantCents: grantEuros * EUR };
  const submittedAt = new Date(Date.now() - 86_400_000 + letter.charCodeAt(0) * 1000);
  const [row] = await t.ctx.db.insert(applications).values({ callId, reference: `REV/01-${letter}`, leadCode: lead, status: 'evaluation', content, version: 1, submittedAt, createdBy: SOMEONE }).returning();
  await t.ctx.db.insert(applicationPartners).values({ applicationId: row!.id, authorityCode: 'DE_06412000', confirmedAt: submittedAt });
  await t.ctx.db.insert(applicationVersions).values({ applicationId: row!.id, version: 1, stage: 'full', content, partners: ['DE_06412000'], submittedBy: SOMEONE, submittedAt });
  app[letter] = row!.id;
}

async function assignmentsOf(who: Agent): Promise<{ id: string; applicationId: string; status: string; further: boolean; content: unknown }[]> {
  return (await who.request('GET', '/api/assessments')).json().items;
}

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  assessors = [p.assessor, await signedIn(t.app, 'assessor2@twinbridge.demo'), await signedIn(t.app, 'assessor3@twinbridge.demo')];
  leadA = await officerOf(t, p.admin, 'ankara.rev@example.org', 'TR-BSB-06');
  leadC = await officerOf(t, p.admin, 'bursa.rev@example.org', 'TR-BSB-16');
  anonymous = new Agent(t.app);
  callId = await call(p.manager, await programme(p.manager, 'REV'), 'REV/01', openRules({ budgetCents: 200_000 * EUR }));
  await applicationInEvaluation('A', 'TR-BSB-06', 'energy', 90_000);
  await applicationInEvaluation('B', 'TR-BSB-07', 'energy', 80_000);
  await applicationInEvaluation('C', 'TR-BSB-16', 'culture', 90_000);
  await applicationInEvaluation('D', 'TR-BSB-09', 'recycling', 70_000);
  await applicationInEvaluation('E', 'TR-BSB-10', 'migration_management', 75_000);
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
  });
  it('shows an application to an assessor only after the declaration of no conflict', async () => {
    const [mine] = await assignmentsOf(p.assessor);
    expect(mine!.content).toBeNull();
    expect((await p.assessor.request('PUT', `/api/assignments/${mine!.id}/scores`, sheet(4))).statusCode).toBe(409);
    const declared = await p.assessor.request('POST', `/api/assignments/${mine!.id}/declaration`, { noConflict: true });
    expect(declared.json()).toMatchObject({ status: 'declared', content: { titleEn: expect.stringMatching(/^Project /) } });
    expect((await p.assessor.request('POST', `/api/assignments/${mine!.id}/declaration`, { noConflict: true })).statusCode).toBe(409);
    const other = (await assignmentsOf(assessors[1]!))[0]!;
    expect((await p.assessor.request('GET', `/api/assignments/${other.id}`)).statusCode).toBe(404);
    expect(await statuses([leadA, p.citizen], 'GET', '/api/assessments')).toEqual([403, 403]);
  });
  it('refuses an incomplete sheet naming every gap, and keeps each sheet private to its assessor', async () => {
    const [mine] = await assignmentsOf(p.assessor);
    const partial = sheet(4);
    delete partial.scores.relevance_1;
    partial.scores.budget_1 = { score: 9, comment: '' };
    expect(fieldCodes(await p.assessor.request('POST', `/api/assignments/${mine!.id}/submit`, partial)).sort()).toEqual(['scores.budget_1.comment:required', 'scores.budget_1.score:score_out_of_range', 'scores.relevance_1:required']);
    expect(await statuses([p.assessor, leadA, p.istanbul], 'GET', `/api/applications/${mine!.applicationId}/evaluation`)).toEqual([403, 403, 403]);
  });
  it('scores every application; divergent scores call a further assessor', async () => {
    const level: Record<string, number[]> = { A: [5, 3], B: [4, 4], C: [4, 4], D: [3, 3], E: [2, 2] };
    const letterOf = (id: string) => Object.keys(app).find((k) => app[k] === id)!;
    const sheetsIn: Record<string, number> = {};
    for (const a of assessors)
      for (const x of (await assignmentsOf(a)).filter((y) => !y.further)) {
        if (x.status === 'assigned') await a.request('POST', `/api/assignments/${x.id}/declaration`, { noConflict: true });
        const nth = (sheetsIn[x.applicationId] = (sheetsIn[x.applicationId] ?? -1) + 1);
        const v = level[letterOf(x.applicationId)]![nth]!;
        const done = await a.request('POST', `/api/assignments/${x.id}/submit`, sheet(v));
        expect(done.json().status, done.body).toBe('submitted');
      }
    const view = (await p.manager.request('GET', `/api/applications/${app.A}/evaluation`)).json();
    expect(view).toMatchObject({ spread: 40, diverges: true });
    expect(view.sheets).toHaveLength(3);
    expect(view.sheets.filter((s: { further: boolean }) => s.further)).toHaveLength(1);
    expect((await p.manager.request('PUT', `/api/applications/${app.A}/consensus`, consensus(5))).statusCode).toBe(409); // the further sheet is missing
    const further = view.sheets.find((s: { further: boolean }) => s.further).assignmentId;
    const who = await Promise.all(assessors.map(async (a) => ((await a.request('GET', `/api/assignments/${further}`)).statusCode === 200 ? a : null)));
    const a = who.find(Boolean)!;
    await a.request('POST', `/api/assignments/${further}/declaration`, { noConflict: true });
    await a.request('POST', `/api/assignments/${further}/submit`, sheet(4));
  });
  it('records the consensus; thresholds and the eliminatory section apply', async () => {
    expect((await leadA.request('PUT', `/api/applications/${app.A}/consensus`, consensus(5))).statusCode).toBe(403);
    const bad = await p.manager.request('PUT', `/api/applications/${app.A}/consensus`, { sections: { relevance: { score: 31, justification: 'x' } } });
    expect(fieldCodes(bad)).toEqual(expect.arrayContaining(['sections.relevance:score_out_of_range', 'sections.methodology:required']));
    const levels: Record<string, ReturnType<typeof consensus>> = { A: consensus(5), B: consensus(4), C: consensus(4), D: consensus(3, 20), E: consensus(2) };
    for (const [k, body] of Object.entries(levels)) expect((await p.manager.request('PUT', `/api/applications/${app[k]}/consensus`, body)).statusCode).toBe(200);
    const e = (await p.manager.request('GET', `/api/applications/${app.E}/evaluation`)).json();
    expect(e.consensus).toMatchObject({ total: 40, passed: false, eliminatedBy: 'relevance' });
  });
});

describe('ranking and award within the budget', () => {
  it('ranks by score, breaks the tie by the unfunded theme, funds within the budget and keeps a reserve', async () => {
    expect(await statuses([anonymous, leadA, p.assessor], 'GET', `/api/calls/${callId}/ranking`)).toEqual([401, 403, 403]);
    const ranking = (await p.manager.request('GET', `/api/calls/${callId}/ranking`)).json();
    expect(ranking.items.map((i: { reference: string; outcome: string }) => `${i.reference.slice(-1)}:${i.outcome}`)).toEqual(['A:awarded', 'C:awarded', 'B:reserve', 'D:reserve', 'E:rejected']);
    expect(ranking).toMatchObject({ budgetCents: 200_000 * EUR, awardedCents: 180_000 * EUR, leftCents: 20_000 * EUR, pending: 0 });
    expect((await leadA.request('POST', `/api/calls/${callId}/award`)).statusCode).toBe(403);
    expect((await p.manager.request('POST', `/api/calls/${callId}/award`)).statusCode).toBe(200);
    expect((await p.manager.request('POST', `/api/calls/${callId}/award`)).statusCode).toBe(409);
    const [e] = await t.ctx.db.select().from(applications).where(eq(applications.id, app.E!));
    expect(e!.status).toBe('rejected');
  });
  it('moves the next fitting reserve application up when an awardee declines', async () => {
    const projects = (await anonymous.request('GET', '/api/projects')).json().items as { id: string; applicationId: string }[];
    const c = projects.find((x) => x.applicationId === app.C)!;
    expect((await leadA.request('POST', `/api/awards/${c.id}/decline`)).statusCode).toBe(403);
    const declined = await leadC.request('POST', `/api/awards/${c.id}/decline`);
    expect(declined.json()).toEqual({ promoted: [app.B], freedCents: 90_000 * EUR });
    const ledger = (await p.manager.request('GET', `/api/calls/${callId}/ledger`)).json();
    expect(ledger).toMatchObject({ awardedCents: 170_000 * EUR, leftCents: 30_000 * EUR });
    expect(ledgerBalances(ledger)).toBe(true);
  });
});

describe('contracts, reports and payments', () => {
  const award = async (letter: string) => ((await anonymous.request('GET', '/api/projects')).json().items as { id: string; applicationId: string }[]).find((x) => x.applicationId === app[letter])!.id;
  it('signs a contract with the grant rate and pays 80 % pre-financing once', async () => {
    const a = await award('A');
    expect((await leadA.request('POST', `/api/awards/${a}/contract`, { startsOn: '2027-01-01', durationMonths: 12 })).statusCode).toBe(403);
    expect((await p.manager.request('POST', `/api/awards/${a}/contract`, { startsOn: '2027-01-01', durationMonths: 24 })).json().fields[0].path).toBe('durationMonths');
    const signed = (await p.manager.request('POST', `/api/awards/${a}/contract`, { startsOn: '2027-01-01', durationMonths: 12 })).json();
    expect(signed).toMatchObject({ status: 'contracted', grantRateBp: 8411, endsOn: '2027-12-31' });
    const paid = (await p.manager.request('POST', `/api/awards/${a}/payments/pre-financing`)).json();
    expect(paid.payments).toEqual([expect.objectContaining({ kind: 'pre_financing', amountCents: 72_000 * EUR })]);
    expect((await p.manager.request('POST', `/api/awards/${a}/payments/pre-financing`)).statusCode).toBe(409);
    expect((await leadA.request('GET', `/api/awards/${a}`)).json().paidCents).toBe(72_000 * EUR);
    expect((await p.istanbul.request('GET', `/api/awards/${a}`)).statusCode).toBe(404);
  });
  it('pays the balance on the approved final report: accepted costs × grant rate − paid', async () => {
    const a = await award('A');
    expect((await p.manager.request('POST', `/api/awards/${a}/payments/final`)).statusCode).toBe(409);
    const report = { kind: 'final', narrative: 'Done.', indicators: [{ name: 'Trees planted', achieved: 210 }], costs: { human_resources: 40_000 * EUR, travel: 14_000 * EUR, equipment: 30_000 * EUR, services: 16_000 * EUR } };
    expect((await p.manager.request('POST', `/api/awards/${a}/reports`, report)).statusCode).toBe(403);
    const submitted = (await leadA.request('POST', `/api/awards/${a}/reports`, report)).json();
    const reportId = submitted.reports[0].id;
    expect((await p.manager.request('POST', `/api/reports/${reportId}/decision`, { decision: 'approved' })).json().fields[0].path).toBe('acceptedCostsCents');
    expect((await p.manager.request('POST', `/api/reports/${reportId}/decision`, { decision: 'approved', acceptedCostsCents: 100_000 * EUR })).statusCode).toBe(200);
    const settled = (await p.manager.request('POST', `/api/awards/${a}/payments/final`)).json();
    expect(settled).toMatchObject({ status: 'closed', grantCents: 84_110 * EUR, paidCents: 84_110 * EUR });
    expect(settled.payments.at(-1)).toMatchObject({ kind: 'final', amountCents: 12_110 * EUR });
  });
  it('turns an overpayment into a recovery order, and the ledger still balances', async () => {
    const b = await award('B');
    await p.manager.request('POST', `/api/awards/${b}/contract`, { startsOn: '2027-02-01', durationMonths: 12 });
    await p.manager.request('POST', `/api/awards/${b}/payments/pre-financing`);
    const lead = await officerOf(t, p.admin, 'antalya.rev@example.org', 'TR-BSB-07');
    const returned = (await lead.request('POST', `/api/awards/${b}/reports`, { kind: 'final', narrative: 'Less done.', indicators: [], costs: { travel: 50_000 * EUR } })).json();
    const id = returned.reports[0].id;
    expect((await p.manager.request('POST', `/api/reports/${id}/decision`, { decision: 'returned' })).statusCode).toBe(400);
    await p.manager.request('POST', `/api/reports/${id}/decision`, { decision: 'approved', acceptedCostsCents: 50_000 * EUR });
    const settled = (await p.manager.request('POST', `/api/awards/${b}/payments/final`)).json();
    expect(settled.payments.at(-1)).toMatchObject({ kind: 'recovery', amountCents: 26_620 * EUR });
    expect(settled).toMatchObject({ grantCents: 37_380 * EUR, paidCents: 37_380 * EUR });
    const ledger = (await p.manager.request('GET', `/api/calls/${callId}/ledger`)).json();
    expect(ledgerBalances(ledger)).toBe(true);
    expect(ledger).toMatchObject({ awardedCents: (84_110 + 37_380) * EUR, paidCents: (72_000 + 12_110 + 64_000) * EUR, recoveredCents: 26_620 * EUR, owedCents: 0 });
  });
  it('records an amendment with its reason, within the call’s limits', async () => {
    const d = (await p.manager.request('GET', `/api/calls/${callId}/ranking`)).json();
    expect(d.items.find((i: { reference: string }) => i.reference.endsWith('D')).outcome).toBe('reserve');
    const a = await award('A');
    expect((await p.manager.request('POST', `/api/awards/${a}/amendments`, { reason: 'Late', endsOn: '2028-01-31' })).statusCode).toBe(409); // closed
  });
});
