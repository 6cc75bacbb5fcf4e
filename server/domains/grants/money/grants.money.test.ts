import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationContent } from '../../../../shared/grants';
import { Agent, testApp, type TestApp, refusal } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn, signedUp } from '../../accounts/accounts.testkit';
import { call, demoPeople, fieldCodes, officerOf, openRules, programme, statuses } from '../applications/grants.applications.testkit';
import { applications, assignments, awards, calls, consensusScores } from '../grants.schema';

const SOMEONE = '00000000-0000-4000-8000-000000000001';
import { applicationInEvaluation, EUR, expectBooksBalance } from '../grants.testkit';

// The money after the award, through the routes: the Annex II payment option, option 2's instalments
// with interim reports and the 70 % rule, reports due and the 'ended' phase, the expenditure
// verification, budget transfers and the contingency reserve, a reduced grant before signature, and
// four eyes on payments (another manager, who assessed nothing in the call).

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let lead: Agent;
let assessingManager: Agent;
let callId = '';
let x = ''; // 24 months, 120,000: option 2
let y = ''; // reduced to 85,000 before signature: option 1

/** A two-year budget, the 2018 sample doubled (214,000: year 1 154,000, year 2 60,000) with a 10,000 contingency reserve. */
function twoYears(content: ApplicationContent): ApplicationContent {
  const budget = content.budget.map((l) => ({ ...l, amountCents: l.amountCents * 2, year: l.heading === 'travel' || l.heading === 'services' ? 2 : 1 }));
  return { ...content, durationMonths: 24, budget: [...budget, { heading: 'contingency', year: 1, description: 'Reserve', amountCents: 10_000 * EUR }] };
}

async function awarded(reference: string, leadCode: string, grantEuros: number, rank: number): Promise<string> {
  const id = await applicationInEvaluation(t, callId, { reference, lead: leadCode, theme: 'energy', grantCents: grantEuros * EUR });
  const [row] = await t.ctx.db.select().from(applications).where(eq(applications.id, id));
  await t.ctx.db.update(applications).set({ status: 'awarded', content: twoYears(row!.content) }).where(eq(applications.id, id));
  const [award] = await t.ctx.db.insert(awards).values({ callId, applicationId: id, rank, grantCents: grantEuros * EUR }).returning();
  return award!.id;
}

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  lead = await officerOf(t, p.admin, 'ankara.money@example.org', 'TR-BSB-06');
  assessingManager = await signedUp(t.app, 'pm2.money@example.org', 'Second manager');
  const pm2 = (await assessingManager.request('GET', '/api/auth/me')).json().user.id as string;
  await p.admin.request('PATCH', `/api/admin/users/${pm2}/role`, { role: 'programme_manager' });
  // The role change signed the person out; sign in again as a manager.
  assessingManager = await signedIn(t.app, 'pm2.money@example.org', 'correct horse battery');
  callId = await call(p.manager, await programme(p.manager, 'MONEY'), 'MONEY/01', openRules({ budgetCents: 400_000 * EUR, maxDurationMonths: 24 }));
  x = await awarded('MONEY/01-X', 'TR-BSB-06', 120_000, 1);
  y = await awarded('MONEY/01-Y', 'TR-BSB-07', 90_000, 2);
  // The second manager assessed an application of this call: never an approver of its payments.
  const [yApp] = await t.ctx.db.select().from(awards).where(eq(awards.id, y));
  await t.ctx.db.insert(assignments).values({ applicationId: yApp!.applicationId, assessorId: pm2, status: 'submitted' });
});
afterAll(async () => t.close());

describe('a reduced grant before signature', () => {
  it('refuses a raise or a correction without a reason; signs the lower grant, option 1 up to EUR 100 000', async () => {
    expect(fieldCodes(await p.manager.request('POST', `/api/awards/${y}/contract`, { startsOn: '2027-01-01', durationMonths: 24, grantCents: 90_001 * EUR, reason: 'x' }))).toContain('grantCents:grant_above_awarded');
    expect(fieldCodes(await p.manager.request('POST', `/api/awards/${y}/contract`, { startsOn: '2027-01-01', durationMonths: 24, grantCents: 85_000 * EUR }))).toEqual(['reason:required']);
    expect(fieldCodes(await p.manager.request('POST', `/api/awards/${y}/contract`, { startsOn: '2027-01-01', durationMonths: 24, budget: { human_resources: 80_000 * EUR, indirect: 6_000 * EUR }, reason: 'Equipment ineligible' }))).toContain('budget.indirect:indirect_above_cap');
    expect(await statuses([lead, p.citizen], 'POST', `/api/awards/${y}/contract`, { startsOn: '2027-01-01', durationMonths: 24 })).toEqual([403, 403]);
    const signed = (await p.manager.request('POST', `/api/awards/${y}/contract`, { startsOn: '2027-01-01', durationMonths: 24, grantCents: 85_000 * EUR, reason: 'Ineligible equipment removed' })).json();
    expect(signed).toMatchObject({ status: 'contracted', phase: 'contracted', grantCents: 85_000 * EUR, paymentOption: 'single', reportsDue: [{ kind: 'final', periodEnd: '2028-12-31', dueOn: '2029-03-31', done: false }] });
    expect(signed.plan).toEqual([{ kind: 'pre_financing', period: 1, amountCents: 68_000 * EUR }, { kind: 'final', period: 2, amountCents: 17_000 * EUR }]);
  });
});

describe('four eyes on payments', () => {
  it('refuses the requester, a manager who assessed in the call, and anyone not a manager', async () => {
    const asked = (await p.manager.request('POST', `/api/awards/${y}/payments/pre-financing`)).json();
    const pay = asked.payments[0].id as string;
    expect(refusal(await p.manager.request('POST', `/api/payments/${pay}/approve`))).toBe('409 payment_four_eyes');
    expect(refusal(await assessingManager.request('POST', `/api/payments/${pay}/approve`))).toBe('409 payment_approver_assessed');
    expect(await statuses([new Agent(t.app), lead, p.assessor, p.citizen], 'POST', `/api/payments/${pay}/approve`)).toEqual([401, 403, 403, 403]);
    expect((await p.manager.request('GET', `/api/awards/${y}`)).json()).toMatchObject({ paidCents: 0, payments: [{ status: 'requested' }] });
    // A requested payment is not money out: the public project, the exports and IATI count only paid ones.
    const listed = async () => (await new Agent(t.app).request('GET', '/api/projects')).json().items.find((i: { id: string }) => i.id === y).paidCents;
    expect(await listed()).toBe(0);
    expect((await p.admin.request('POST', `/api/payments/${pay}/approve`)).json()).toMatchObject({ paidCents: 68_000 * EUR, payments: [{ status: 'paid' }] });
    expect(await listed()).toBe(68_000 * EUR);
    expect((await p.admin.request('POST', '/api/payments/00000000-0000-4000-8000-0000000000aa/approve')).statusCode).toBe(404);
  });
});

describe('option 2: instalments per reporting period, interim reports and the 70 % rule', () => {
  it('chooses option 2 for 24 months and 120,000, schedules an interim and a final report, and counts an ended contract as ended', async () => {
    const signed = (await p.manager.request('POST', `/api/awards/${x}/contract`, { startsOn: '2024-01-01', durationMonths: 24 })).json();
    expect(signed).toMatchObject({ paymentOption: 'per_period', phase: 'ended' });
    // 120,000 × 164,000 ÷ 224,000 for year 1, then what the 80 % ceiling leaves: 96,000 in all, balance 24,000.
    expect(signed.plan).toEqual([{ kind: 'pre_financing', period: 1, amountCents: 8_785_714 }, { kind: 'pre_financing', period: 2, amountCents: 814_286 }, { kind: 'final', period: 2, amountCents: 2_400_000 }]);
    expect(signed.reportsDue).toEqual([
      { kind: 'interim', period: 1, periodEnd: '2024-12-31', dueOn: '2025-03-01', done: false },
      { kind: 'final', period: 2, periodEnd: '2025-12-31', dueOn: '2026-03-31', done: false },
    ]);
    const project = (await new Agent(t.app).request('GET', '/api/projects')).json().items.find((i: { id: string }) => i.id === x);
    expect(project.status).toBe('ended');
  });
  it('pays the second instalment only once 70 % of the first is used', async () => {
    const first = (await p.manager.request('POST', `/api/awards/${x}/payments/pre-financing`)).json();
    await p.admin.request('POST', `/api/payments/${first.payments[0].id}/approve`);
    const early = await p.manager.request('POST', `/api/awards/${x}/payments/pre-financing`);
    expect(refusal(early)).toBe('409 prefinancing_70_percent');
    expect(early.json().params).toEqual({ usedCents: 0, neededCents: 6_150_000 });
    // An interim report with 100,000 accepted: 120,000 × 100,000 ÷ 224,000 = 53,571.42 used, short of 61,500.
    const interim = { kind: 'interim', narrative: 'Year one.', indicators: [], costs: { human_resources: 50_000 * EUR, equipment: 50_000 * EUR } };
    const r1 = (await lead.request('POST', `/api/awards/${x}/reports`, interim)).json().reports[0].id;
    await p.manager.request('POST', `/api/reports/${r1}/decision`, { decision: 'approved', acceptedCostsCents: 100_000 * EUR });
    expect((await p.manager.request('POST', `/api/awards/${x}/payments/pre-financing`)).json().params).toEqual({ usedCents: 5_357_142, neededCents: 6_150_000 });
    // 20,000 more: 120,000 accepted, 64,285.71 used.
    const r2 = (await lead.request('POST', `/api/awards/${x}/reports`, { ...interim, costs: { travel: 20_000 * EUR } })).json().reports[1].id;
    await p.manager.request('POST', `/api/reports/${r2}/decision`, { decision: 'approved', acceptedCostsCents: 20_000 * EUR });
    const second = (await p.manager.request('POST', `/api/awards/${x}/payments/pre-financing`)).json();
    expect(second.payments.at(-1)).toMatchObject({ kind: 'pre_financing', period: 2, amountCents: 814_286, status: 'requested' });
    expect((await p.admin.request('POST', `/api/payments/${second.payments.at(-1).id}/approve`)).json()).toMatchObject({ paidCents: 9_600_000, reportsDue: [{ kind: 'interim', done: true }, { kind: 'final', done: false }] });
    expect(refusal(await p.manager.request('POST', `/api/awards/${x}/payments/pre-financing`))).toBe('409 prefinancing_paid');
    await expectBooksBalance(p.manager, callId, [x, y]);
  });
});

describe('budget flexibility', () => {
  const move = (from: string, to: string, amountCents: number, reason = 'Needed') => ({ from, to, amountCents, reason });
  it('lets the lead notify up to 25 % of a heading; more needs an addendum, the reserve prior approval', async () => {
    // Travel is 30,000: 7,500 may move by notification, 7,501 may not.
    expect(refusal(await lead.request('POST', `/api/awards/${x}/transfers`, move('travel', 'human_resources', 7_501 * EUR)))).toBe('409 transfer_needs_addendum');
    expect(refusal(await lead.request('POST', `/api/awards/${x}/transfers`, move('contingency', 'travel', 1_000 * EUR)))).toBe('409 contingency_needs_approval');
    expect(fieldCodes(await lead.request('POST', `/api/awards/${x}/transfers`, move('travel', 'travel', 1, ' '))).sort()).toEqual(['reason:required', 'to:same_heading']);
    expect(fieldCodes(await lead.request('POST', `/api/awards/${x}/transfers`, move('travel', 'contingency', 1)))).toEqual(['to:contingency_not_a_target']);
    expect(await statuses([p.citizen, p.assessor, p.istanbul], 'POST', `/api/awards/${x}/transfers`, move('travel', 'services', 1))).toEqual([403, 403, 403]);
    const notified = (await lead.request('POST', `/api/awards/${x}/transfers`, move('travel', 'human_resources', 7_500 * EUR))).json();
    expect(notified.budget.current).toMatchObject({ travel: 22_500 * EUR, human_resources: 87_500 * EUR });
    expect(notified.budget.basis).toMatchObject({ travel: 30_000 * EUR, human_resources: 80_000 * EUR });
  });
  it('lets a manager approve the reserve’s use and sign an addendum, which becomes the new basis', async () => {
    const approved = (await p.manager.request('POST', `/api/awards/${x}/transfers`, move('contingency', 'travel', 4_000 * EUR, 'Unforeseen venue costs, approved in writing'))).json();
    expect(approved.transfers.at(-1)).toMatchObject({ kind: 'contingency', amountCents: 4_000 * EUR });
    const addendum = (await p.manager.request('POST', `/api/awards/${x}/transfers`, move('equipment', 'services', 30_000 * EUR, 'Addendum 1'))).json();
    expect(addendum.transfers.at(-1).kind).toBe('addendum');
    expect(addendum.budget.basis).toMatchObject({ equipment: 30_000 * EUR, services: 60_000 * EUR, contingency: 6_000 * EUR, travel: 34_000 * EUR });
  });
});

describe('the final report and expenditure verification', () => {
  it('asks for the expenditure verification above EUR 100 000 and settles the ended contract', async () => {
    const report = { kind: 'final', narrative: 'Done.', indicators: [], costs: { human_resources: 80_000 * EUR, services: 40_000 * EUR } };
    expect(fieldCodes(await lead.request('POST', `/api/awards/${x}/reports`, report))).toEqual(['verification:verification_required']);
    const sent = (await lead.request('POST', `/api/awards/${x}/reports`, { ...report, verification: { auditor: 'Denetim A.Ş.', issuedOn: '2026-02-15' } })).json();
    const id = sent.reports.at(-1).id;
    // The reserve is never accepted as spent.
    expect(fieldCodes(await p.manager.request('POST', `/api/reports/${id}/decision`, { decision: 'approved', acceptedCosts: { human_resources: 80_000 * EUR, contingency: 1 } }))).toEqual(['acceptedCosts.contingency:above_heading_budget']);
    const ok = (await p.manager.request('POST', `/api/reports/${id}/decision`, { decision: 'approved', acceptedCosts: { human_resources: 80_000 * EUR, services: 40_000 * EUR } })).json();
    expect(ok.reports.at(-1)).toMatchObject({ status: 'approved', acceptedCostsCents: 120_000 * EUR });
    // 120,000 × 120,000 ÷ 224,000 = 64,285.71 < 96,000 paid: a recovery order, and the contract closes.
    const settled = (await p.manager.request('POST', `/api/awards/${x}/payments/final`)).json();
    expect(settled).toMatchObject({ status: 'closed', phase: 'closed', grantCents: 6_428_571, recoveries: [{ amountCents: 3_171_429, outstandingCents: 3_171_429 }] });
    // The grant as signed stays on the award (IATI's commitment), whatever the final payment or a reduction before signature left.
    const kept = await t.ctx.db.select({ id: awards.id, grantCents: awards.grantCents, signedGrantCents: awards.signedGrantCents }).from(awards).where(eq(awards.callId, callId));
    expect(kept.find((a) => a.id === x)).toMatchObject({ grantCents: 6_428_571, signedGrantCents: 120_000 * EUR });
    expect(kept.find((a) => a.id === y)).toMatchObject({ signedGrantCents: 85_000 * EUR });
    await expectBooksBalance(p.manager, callId, [x, y]);
  });
});

describe('the reserve list’s expiry', () => {
  it('moves nobody up once the list has expired: the declined award’s money returns to the call', async () => {
    const rules = openRules({ budgetCents: 200_000 * EUR, reserveValidMonths: 1 });
    const late = await call(p.manager, await programme(p.manager, 'RESERVE'), 'RESERVE/01', rules);
    const ids: Record<string, string> = {};
    for (const [letter, leadCode, total] of [['W', 'TR-BSB-09', 80], ['R', 'TR-BSB-10', 70]] as const) {
      ids[letter] = await applicationInEvaluation(t, late, { reference: `RESERVE/01-${letter}`, lead: leadCode, theme: 'energy', grantCents: 90_000 * EUR });
      await t.ctx.db.update(applications).set({ status: letter === 'W' ? 'awarded' : 'reserve' }).where(eq(applications.id, ids[letter]!));
      await t.ctx.db.insert(consensusScores).values({ applicationId: ids[letter]!, sections: {}, total, passed: true, recordedBy: SOMEONE });
    }
    // Awarded two months ago with a reserve list valid for one month.
    await t.ctx.db.update(calls).set({ status: 'awarded', awardedAt: new Date(Date.now() - 62 * 86_400_000) }).where(eq(calls.id, late));
    const [w] = await t.ctx.db.insert(awards).values({ callId: late, applicationId: ids.W!, rank: 1, grantCents: 90_000 * EUR }).returning();
    expect((await p.manager.request('POST', `/api/awards/${w!.id}/decline`)).json()).toEqual({ promoted: [], freedCents: 90_000 * EUR });
    const [r] = await t.ctx.db.select().from(applications).where(eq(applications.id, ids.R!));
    expect(r!.status).toBe('reserve');
  });
});
