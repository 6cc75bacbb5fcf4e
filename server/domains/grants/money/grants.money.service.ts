import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { AwardView } from '../../../../shared/grants.review';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { rulesBroken } from '../../../platform/problems';
import { problem } from '../../../../shared/problems';
import { managesGrants, officerAuthority } from '../grants.policy';
import { ledgerOf } from '../calls/grants.programmes.service';
import { amendments, applicationPartners, applications, awards, calls, grantReports, payments } from '../grants.schema';
import { findCall, toCall } from '../calls/call.row';
import { amendmentProblems, lastDayWithin } from './payments.rules';
import { contractFigures, recoveriesOf } from './grants.contract.figures';
import { instalmentPlan, paymentOption, projectPhase, reportSchedule } from './payments.schedule.rules';
import { contractCorrectionProblems, headingAmounts } from '../../../../shared/grants.budget.flex.rules';
import { budgetTransfers } from '../grants.schema';

const today = () => new Date().toISOString().slice(0, 10);
const net = (rows: { kind: string; status: string; amountCents: number }[]) => rows.filter((p) => p.status === 'paid').reduce((s, p) => s + (p.kind === 'recovery' ? -p.amountCents : p.amountCents), 0);
const sumOf = (rows: { amountCents: number }[]) => rows.reduce((s, p) => s + p.amountCents, 0);

/** An award's line of the call's ledger (payments.rules.ledger): what the contract still owes is 0 before signature. */
function ledgerLine(award: typeof awards.$inferSelect, rows: { kind: string; status: string; amountCents: number }[], recoveryDueCents: number) {
  const paid = rows.filter((p) => p.status === 'paid');
  const paidCents = sumOf(paid.filter((p) => p.kind !== 'recovery'));
  const recoveredCents = sumOf(paid.filter((p) => p.kind === 'recovery'));
  const committed = award.status === 'contracted' || award.status === 'closed' ? award.grantCents : 0;
  return { grantCents: award.grantCents, paidCents, recoveredCents, owedCents: committed - (paidCents - recoveredCents - recoveryDueCents), recoveryDueCents };
}

/** The budget ledger of one call (managers). */
export async function callLedger(ctx: AppContext, user: SessionUser, callId: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers see the ledger of a call');
  const call = await findCall(ctx.db, callId);
  if (!call) throw notFound('No such call');
  return ledgerOf(ctx.db, [call]);
}

/** An award with its application and call, optionally locked for a change. */
export async function loadAward(db: Db, id: string, lock: boolean) {
  const q = db.select({ award: awards, app: applications, call: calls }).from(awards).innerJoin(applications, eq(applications.id, awards.applicationId)).innerJoin(calls, eq(calls.id, awards.callId)).where(eq(awards.id, id));
  const [row] = lock ? await q.for('update', { of: awards }) : await q;
  if (!row) throw notFound('No such award');
  return { ...row, call: toCall(row.call) };
}

async function isProjectOfficer(db: Db, user: SessionUser, app: typeof applications.$inferSelect): Promise<boolean> {
  const code = officerAuthority(user);
  if (!code) return false;
  if (code === app.leadCode) return true;
  const [p] = await db.select().from(applicationPartners).where(and(eq(applicationPartners.applicationId, app.id), eq(applicationPartners.authorityCode, code)));
  return Boolean(p?.confirmedAt);
}

/** An award with its contract, payment plan, payments, reports and amendments (project officers and managers). */
export async function awardOf(ctx: AppContext, user: SessionUser, id: string): Promise<AwardView> {
  const { award, app, call } = await loadAward(ctx.db, id, false);
  if (!managesGrants(user) && !(await isProjectOfficer(ctx.db, user, app))) throw notFound('No such award');
  const paid = await ctx.db.select().from(payments).where(eq(payments.awardId, id)).orderBy(payments.paidOn);
  const reports = await ctx.db.select().from(grantReports).where(eq(grantReports.awardId, id)).orderBy(grantReports.submittedAt);
  const changes = await ctx.db.select().from(amendments).where(eq(amendments.awardId, id)).orderBy(amendments.createdAt);
  const recoveries = await recoveriesOf(ctx.db, id);
  const f = await contractFigures(ctx.db, award, app.content);
  const transfers = await ctx.db.select().from(budgetTransfers).where(eq(budgetTransfers.awardId, id)).orderBy(budgetTransfers.createdAt);
  const plan = instalmentPlan({ option: f.option, grantCents: award.grantCents, durationMonths: f.durationMonths, plannedByYear: f.plannedByYear, preFinancingBp: call.rules.preFinancingBp });
  const schedule = award.startsOn && award.endsOn ? reportSchedule(f.option, award.startsOn, award.endsOn) : [];
  const kinds = reports.map((r) => ({ kind: r.kind, approved: r.status === 'approved' }));
  return {
    id, applicationId: app.id, reference: app.reference, leadCode: app.leadCode, rank: award.rank, grantCents: award.grantCents, status: award.status,
    grantRateBp: award.grantRateBp, startsOn: award.startsOn, endsOn: award.endsOn,
    plan,
    payments: paid.map((p) => ({ id: p.id, kind: p.kind, amountCents: p.amountCents, paidOn: p.paidOn, status: p.status, period: p.period })),
    reports: reports.map((r) => ({ id: r.id, kind: r.kind, status: r.status, narrative: r.narrative, comments: r.comments, acceptedCostsCents: r.acceptedCostsCents, costs: r.costs, indicators: r.indicators, submittedAt: r.submittedAt.toISOString() })),
    amendments: changes.map((a) => ({ reason: a.reason, before: a.before, after: a.after, createdAt: a.createdAt.toISOString() })),
    paidCents: net(paid),
    ledger: ledgerLine(award, paid, recoveries.reduce((s, r) => s + r.outstandingCents, 0)),
    phase: projectPhase(award.status, award.endsOn, today()),
    paymentOption: award.status === 'awarded' ? null : f.option,
    // Interim reports count in order: the n-th approved interim report covers period n.
    reportsDue: schedule.map((d) => ({ ...d, done: d.kind === 'final' ? kinds.some((k) => k.kind === 'final' && k.approved) : kinds.filter((k) => k.kind === 'interim' && k.approved).length >= d.period })),
    recoveries,
    budget: { basis: f.basis, current: f.current },
    transfers: transfers.map((t) => ({ kind: t.kind, from: t.fromHeading, to: t.toHeading, amountCents: t.amountCents, reason: t.reason, createdAt: t.createdAt.toISOString() })),
  };
}

export interface ContractInput {
  startsOn: string;
  durationMonths: number;
  /** A reduced grant before signature (never above the award), with a reason. */
  grantCents?: number;
  /** A corrected budget by heading before signature (arithmetical errors, ineligible costs), with a reason. */
  budget?: Partial<Record<string, number>>;
  reason?: string;
}

/**
 * Sign the contract (managers): dates, the Annex II payment option from duration and grant, and the
 * budget the grant's share is taken from; a reduced grant or corrected budget is checked first.
 */
export async function contract(ctx: AppContext, user: SessionUser, id: string, input: ContractInput) {
  if (!managesGrants(user)) throw forbidden('Only programme managers sign contracts');
  await ctx.db.transaction(async (tx) => {
    const { award, app, call } = await loadAward(tx, id, true);
    if (award.status !== 'awarded') throw conflict('award_not_open', `The award is ${award.status}`);
    if (input.durationMonths > call.rules.maxDurationMonths) throw badRequest('Too long', [{ path: 'durationMonths', message: `at most ${call.rules.maxDurationMonths} months` }]);
    const s = summariseBudget(app.content.budget, award.grantCents);
    const budget = input.budget ? headingAmounts(input.budget) : s.byHeading;
    const grantCents = input.grantCents ?? award.grantCents;
    const problems = contractCorrectionProblems({ awardedCents: award.grantCents, grantCents, budget, corrected: input.budget !== undefined || input.grantCents !== undefined, reason: input.reason ?? '' }, call.rules);
    if (problems.length) throw rulesBroken('The correction breaks the call’s rules', problems);
    const total = Object.values(budget).reduce((a, b) => a + b, 0);
    // Years scale with a corrected total, so option 2's instalments follow the contracted budget.
    const byYear = input.budget ? s.byYear.map((y) => (s.totalCents > 0 ? Math.floor((y * total) / s.totalCents) : 0)) : s.byYear;
    const grantRateBp = total > 0 ? Math.floor((grantCents * 10_000) / total) : 0;
    const endsOn = lastDayWithin(input.startsOn, input.durationMonths);
    const option = paymentOption(input.durationMonths, grantCents);
    await tx.update(awards).set({ status: 'contracted', grantCents, grantRateBp, startsOn: input.startsOn, endsOn, contractedAt: new Date(), signedGrantCents: grantCents, paymentOption: option, budget, budgetByYear: byYear, correctionReason: input.reason ?? null }).where(eq(awards.id, id));
    await audit(tx, { actorId: user.id, action: 'award.contracted', entityType: 'award', entityId: id, before: { status: 'awarded', grantCents: award.grantCents }, after: { status: 'contracted', grantCents, grantRateBp, startsOn: input.startsOn, endsOn, paymentOption: option, reason: input.reason ?? null } });
  });
  return awardOf(ctx, user, id);
}

/**
 * Record an amendment of the grant or the end date with its reason (managers). Besides the call's
 * rules (amendmentProblems), a grant never goes below what is already paid out (the ledger would owe
 * a negative amount) nor rises by more than the call has left (money freed may have gone to the reserve).
 */
export async function amend(ctx: AppContext, user: SessionUser, id: string, change: { reason: string; endsOn?: string; grantCents?: number }) {
  if (!managesGrants(user)) throw forbidden('Only programme managers amend contracts');
  await ctx.db.transaction(async (tx) => {
    const [found] = await tx.select({ callId: awards.callId }).from(awards).where(eq(awards.id, id));
    if (!found) throw notFound('No such award');
    // The call first, as every change of a call's committed money takes it: its left budget holds still.
    await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, found.callId)).for('update');
    const { award, call } = await loadAward(tx, id, true);
    if (award.status !== 'contracted') throw conflict('contract_not_running', 'Only a running contract is amended');
    const [first] = await tx.select().from(amendments).where(eq(amendments.awardId, id)).orderBy(amendments.createdAt).limit(1);
    const originalGrantCents = first?.before.grantCents ?? award.grantCents;
    const terms = { grantCents: award.grantCents, originalGrantCents, startDate: award.startsOn!, endDate: award.endsOn! };
    const problems = amendmentProblems(terms, { reason: change.reason, endDate: change.endsOn, grantCents: change.grantCents }, call.rules).map((p) => ({ ...p, field: p.field === 'endDate' ? 'endsOn' : p.field }));
    if (change.grantCents !== undefined && !problems.some((p) => p.field === 'grantCents')) {
      const paid = net(await tx.select().from(payments).where(eq(payments.awardId, id)));
      const { leftCents } = await ledgerOf(tx, [call]);
      if (change.grantCents < paid) problems.push(problem('grantCents', 'grant_below_paid', { min: paid }));
      if (change.grantCents - award.grantCents > leftCents) problems.push(problem('grantCents', 'grant_above_budget_left', { max: award.grantCents + leftCents }));
    }
    if (problems.length) throw rulesBroken('The amendment breaks the call’s rules', problems);
    const before = { grantCents: award.grantCents, endsOn: award.endsOn };
    const after = { grantCents: change.grantCents ?? award.grantCents, endsOn: change.endsOn ?? award.endsOn };
    await tx.update(awards).set(after).where(eq(awards.id, id));
    await tx.insert(amendments).values({ awardId: id, reason: change.reason, before, after, createdBy: user.id });
    await audit(tx, { actorId: user.id, action: 'award.amended', entityType: 'award', entityId: id, before, after: { ...after, reason: change.reason } });
  });
  return awardOf(ctx, user, id);
}
