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
import { notifyAwardLead } from '../grants.notify';
import { managesGrants, officerAuthority } from '../grants.policy';
import { ledgerOf } from '../calls/grants.programmes.service';
import { amendments, applicationPartners, applications, awards, calls, grantReports, payments } from '../grants.schema';
import { findCall, toCall } from '../calls/call.row';
import { amendmentProblems, finalPayment, lastDayWithin, paymentPlan, preFinancing } from './payments.rules';

const today = () => new Date().toISOString().slice(0, 10);
const net = (rows: { kind: string; amountCents: number }[]) => rows.reduce((s, p) => s + (p.kind === 'recovery' ? -p.amountCents : p.amountCents), 0);
const sumOf = (rows: { amountCents: number }[]) => rows.reduce((s, p) => s + p.amountCents, 0);

/** An award's line of the call's ledger (payments.rules.ledger): what the contract still owes is 0 before signature. */
function ledgerLine(award: typeof awards.$inferSelect, paid: { kind: string; amountCents: number }[]) {
  const paidCents = sumOf(paid.filter((p) => p.kind !== 'recovery'));
  const recoveredCents = sumOf(paid.filter((p) => p.kind === 'recovery'));
  const committed = award.status === 'contracted' || award.status === 'closed' ? award.grantCents : 0;
  return { grantCents: award.grantCents, paidCents, recoveredCents, owedCents: committed - (paidCents - recoveredCents) };
}

/** The budget ledger of one call (managers). */
export async function callLedger(ctx: AppContext, user: SessionUser, callId: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers see the ledger of a call');
  const call = await findCall(ctx.db, callId);
  if (!call) throw notFound('No such call');
  return ledgerOf(ctx.db, [call]);
}

/** An award with its application and call, optionally locked for a change. */
async function loadAward(db: Db, id: string, lock: boolean) {
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
  return {
    id, applicationId: app.id, reference: app.reference, leadCode: app.leadCode, rank: award.rank, grantCents: award.grantCents, status: award.status,
    grantRateBp: award.grantRateBp, startsOn: award.startsOn, endsOn: award.endsOn,
    plan: paymentPlan(award.grantCents, call.rules),
    payments: paid.map((p) => ({ id: p.id, kind: p.kind, amountCents: p.amountCents, paidOn: p.paidOn })),
    reports: reports.map((r) => ({ id: r.id, kind: r.kind, status: r.status, narrative: r.narrative, comments: r.comments, acceptedCostsCents: r.acceptedCostsCents, costs: r.costs, indicators: r.indicators, submittedAt: r.submittedAt.toISOString() })),
    amendments: changes.map((a) => ({ reason: a.reason, before: a.before, after: a.after, createdAt: a.createdAt.toISOString() })),
    paidCents: net(paid),
    ledger: ledgerLine(award, paid),
  };
}

/** Sign the contract: dates, and the grant rate from the application's budget (managers). */
export async function contract(ctx: AppContext, user: SessionUser, id: string, startsOn: string, durationMonths: number) {
  if (!managesGrants(user)) throw forbidden('Only programme managers sign contracts');
  await ctx.db.transaction(async (tx) => {
    const { award, app, call } = await loadAward(tx, id, true);
    if (award.status !== 'awarded') throw conflict('award_not_open', `The award is ${award.status}`);
    if (durationMonths > call.rules.maxDurationMonths) throw badRequest('Too long', [{ path: 'durationMonths', message: `at most ${call.rules.maxDurationMonths} months` }]);
    const grantRateBp = summariseBudget(app.content.budget, award.grantCents).grantRateBp;
    const endsOn = lastDayWithin(startsOn, durationMonths);
    await tx.update(awards).set({ status: 'contracted', grantRateBp, startsOn, endsOn, contractedAt: new Date() }).where(eq(awards.id, id));
    await audit(tx, { actorId: user.id, action: 'award.contracted', entityType: 'award', entityId: id, before: { status: 'awarded' }, after: { status: 'contracted', grantCents: award.grantCents, grantRateBp, startsOn, endsOn } });
  });
  return awardOf(ctx, user, id);
}

/** Pay the pre-financing once, as the call's share of the grant (managers). */
export async function payPreFinancing(ctx: AppContext, user: SessionUser, id: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers make payments');
  await ctx.db.transaction(async (tx) => {
    const { award, call } = await loadAward(tx, id, true);
    if (award.status !== 'contracted') throw conflict('prefinancing_before_contract', 'Pre-financing follows the contract');
    const done = await tx.select().from(payments).where(and(eq(payments.awardId, id), eq(payments.kind, 'pre_financing')));
    if (done.length) throw conflict('prefinancing_paid', 'The pre-financing is already paid');
    const amountCents = preFinancing(award.grantCents, call.rules.preFinancingBp);
    await tx.insert(payments).values({ awardId: id, kind: 'pre_financing', amountCents, paidOn: today(), createdBy: user.id });
    await notifyAwardLead(tx, ctx, id, 'payment_made');
    await audit(tx, { actorId: user.id, action: 'payment.pre_financing', entityType: 'award', entityId: id, after: { amountCents } });
  });
  return awardOf(ctx, user, id);
}

/** Settle on the approved final report: accepted costs × grant rate, less what was paid; an overpayment is recovered. */
export async function payFinal(ctx: AppContext, user: SessionUser, id: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers make payments');
  await ctx.db.transaction(async (tx) => {
    const { award } = await loadAward(tx, id, true);
    if (award.status !== 'contracted') throw conflict('contract_not_running', `The award is ${award.status}`);
    const [report] = await tx.select().from(grantReports).where(and(eq(grantReports.awardId, id), eq(grantReports.kind, 'final'), eq(grantReports.status, 'approved')));
    if (!report) throw conflict('final_report_not_approved', 'The final report must be approved first');
    const paid = net(await tx.select().from(payments).where(eq(payments.awardId, id)));
    const out = finalPayment({ grantCents: award.grantCents, grantRateBp: award.grantRateBp ?? 0, acceptedEligibleCostsCents: report.acceptedCostsCents ?? 0, paidCents: paid });
    if (out.dueCents > 0) await tx.insert(payments).values({ awardId: id, kind: 'final', amountCents: out.dueCents, paidOn: today(), createdBy: user.id });
    if (out.recoveryCents > 0) await tx.insert(payments).values({ awardId: id, kind: 'recovery', amountCents: out.recoveryCents, paidOn: today(), createdBy: user.id });
    await tx.update(awards).set({ status: 'closed', grantCents: out.finalGrantCents }).where(eq(awards.id, id));
    if (out.dueCents > 0) await notifyAwardLead(tx, ctx, id, 'payment_made');
    if (out.recoveryCents > 0) await notifyAwardLead(tx, ctx, id, 'recovery_order');
    await audit(tx, { actorId: user.id, action: out.recoveryCents ? 'payment.recovery_order' : 'payment.final', entityType: 'award', entityId: id, before: { grantCents: award.grantCents, paidCents: paid }, after: out });
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
