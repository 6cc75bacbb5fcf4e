import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { conflict, forbidden, notFound } from '../../../platform/errors';
import { rulesBroken } from '../../../platform/problems';
import { problem } from '../../../../shared/problems';
import { notifyAwardLead } from '../grants.notify';
import { managesGrants } from '../grants.policy';
import { applications, assignments, awards, grantReports, payments, recoveryOrders } from '../grants.schema';
import { awardOf, loadAward } from './grants.money.service';
import { contractFigures, netPaid } from './grants.contract.figures';
import { finalPayment, lastDayWithin } from './payments.rules';
import { furtherPreFinancing, grantShareOfCosts, instalmentPlan } from './payments.schedule.rules';

const today = () => new Date().toISOString().slice(0, 10);
/**
 * A debit note's term for repaying a recovery order (the platform's default; the order names it).
 * Checked with the search tool for Annex II's term (e.g. "45 days of the issuing of the debit note"):
 * it could NOT be confirmed with the stored sources (the Annex II copies found show only their tables
 * of contents), so the platform keeps one month and the due date stays visible on each order.
 */
export const RECOVERY_TERM_MONTHS = 1;

async function noPaymentWaiting(tx: Db, awardId: string) {
  const waiting = await tx.select({ id: payments.id }).from(payments).where(and(eq(payments.awardId, awardId), eq(payments.status, 'requested')));
  if (waiting.length) throw conflict('payment_waiting', 'A payment request is waiting for approval');
}

/**
 * Request the next pre-financing instalment (managers); another manager approves it. Option 2's
 * further instalments wait until the grant's share of the costs accepted in interim reports covers
 * the earlier instalments and 70 % of the previous one.
 */
export async function requestPreFinancing(ctx: AppContext, user: SessionUser, id: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers make payments');
  await ctx.db.transaction(async (tx) => {
    const { award, app, call } = await loadAward(tx, id, true);
    if (award.status !== 'contracted') throw conflict('prefinancing_before_contract', 'Pre-financing follows the contract');
    await noPaymentWaiting(tx, id);
    const f = await contractFigures(tx, award, app.content);
    const plan = instalmentPlan({ option: f.option, grantCents: award.grantCents, durationMonths: f.durationMonths, plannedByYear: f.plannedByYear, preFinancingBp: call.rules.preFinancingBp }).filter((x) => x.kind === 'pre_financing');
    const done = (await tx.select().from(payments).where(and(eq(payments.awardId, id), eq(payments.kind, 'pre_financing')))).map((p) => p.amountCents);
    const next = plan[done.length];
    if (!next) throw conflict('prefinancing_paid', 'Every pre-financing instalment is paid');
    if (done.length > 0) {
      const interim = await tx.select().from(grantReports).where(and(eq(grantReports.awardId, id), eq(grantReports.kind, 'interim'), eq(grantReports.status, 'approved')));
      const usedCents = grantShareOfCosts(interim.reduce((s, r) => s + (r.acceptedCostsCents ?? 0), 0), award.grantCents, f.plannedTotalCents);
      const rule = furtherPreFinancing(done, usedCents);
      if (!rule.allowed) throw conflict('prefinancing_70_percent', 'Further pre-financing waits until 70 % of the previous instalment is used', { usedCents, neededCents: rule.neededCents });
    }
    await tx.insert(payments).values({ awardId: id, kind: 'pre_financing', amountCents: next.amountCents, period: next.period, paidOn: today(), status: 'requested', createdBy: user.id });
    await audit(tx, { actorId: user.id, action: 'payment.requested', entityType: 'award', entityId: id, after: { kind: 'pre_financing', period: next.period, amountCents: next.amountCents } });
  });
  return awardOf(ctx, user, id);
}

/**
 * Settle on the approved final report (managers). A balance due becomes a payment request for another
 * manager to approve; an overpayment becomes a recovery order with its due date and the contract closes.
 */
export async function requestFinal(ctx: AppContext, user: SessionUser, id: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers make payments');
  await ctx.db.transaction(async (tx) => {
    const { award, app } = await loadAward(tx, id, true);
    if (award.status !== 'contracted') throw conflict('contract_not_running', `The award is ${award.status}`);
    await noPaymentWaiting(tx, id);
    const [report] = await tx.select().from(grantReports).where(and(eq(grantReports.awardId, id), eq(grantReports.kind, 'final'), eq(grantReports.status, 'approved')));
    if (!report) throw conflict('final_report_not_approved', 'The final report must be approved first');
    const f = await contractFigures(tx, award, app.content);
    const paidCents = await netPaid(tx, id);
    const out = finalPayment({ grantCents: award.grantCents, plannedCostsCents: f.plannedTotalCents, acceptedEligibleCostsCents: report.acceptedCostsCents ?? 0, otherIncomeCents: report.otherIncomeCents, paidCents });
    if (out.dueCents > 0) {
      await tx.insert(payments).values({ awardId: id, kind: 'final', amountCents: out.dueCents, period: f.plannedByYear.length || 1, paidOn: today(), status: 'requested', createdBy: user.id });
      await audit(tx, { actorId: user.id, action: 'payment.requested', entityType: 'award', entityId: id, after: { kind: 'final', ...out } });
      return;
    }
    if (out.recoveryCents > 0) {
      const issuedOn = today();
      const dueOn = lastDayWithin(issuedOn, RECOVERY_TERM_MONTHS);
      await tx.insert(recoveryOrders).values({ awardId: id, amountCents: out.recoveryCents, issuedOn, dueOn, createdBy: user.id });
      await notifyAwardLead(tx, ctx, id, 'recovery_order');
    }
    await tx.update(awards).set({ status: 'closed', grantCents: out.finalGrantCents }).where(eq(awards.id, id));
    await audit(tx, { actorId: user.id, action: out.recoveryCents ? 'payment.recovery_order' : 'payment.final', entityType: 'award', entityId: id, before: { grantCents: award.grantCents, paidCents }, after: out });
  });
  return awardOf(ctx, user, id);
}

/**
 * Approve a requested payment (four eyes): a manager other than the one who requested it, who assessed
 * no application of the call. Paying the final balance closes the contract at its final grant.
 */
export async function approvePayment(ctx: AppContext, user: SessionUser, paymentId: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers approve payments');
  const awardId = await ctx.db.transaction(async (tx) => {
    const [pay] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for('update');
    if (!pay) throw notFound('No such payment');
    if (pay.status !== 'requested') throw conflict('payment_not_requested', 'The payment is not waiting for approval');
    if (pay.createdBy === user.id) throw conflict('payment_four_eyes', 'Another manager approves the payment you requested');
    const { award } = await loadAward(tx, pay.awardId, true);
    const assessed = await tx.select({ id: assignments.id }).from(assignments).innerJoin(applications, eq(applications.id, assignments.applicationId)).where(and(eq(applications.callId, award.callId), eq(assignments.assessorId, user.id))).limit(1);
    if (assessed.length) throw conflict('payment_approver_assessed', 'You assessed applications of this call and may not approve its payments');
    const paidOn = today();
    await tx.update(payments).set({ status: 'paid', approvedBy: user.id, paidOn }).where(eq(payments.id, paymentId));
    if (pay.kind === 'final') await tx.update(awards).set({ status: 'closed', grantCents: (await netPaid(tx, award.id)) }).where(eq(awards.id, award.id));
    await notifyAwardLead(tx, ctx, award.id, 'payment_made');
    await audit(tx, { actorId: user.id, action: `payment.${pay.kind}`, entityType: 'award', entityId: award.id, before: { status: 'requested', requestedBy: pay.createdBy }, after: { paymentId, amountCents: pay.amountCents, paidOn } });
    return award.id;
  });
  return awardOf(ctx, user, awardId);
}

/**
 * Record money actually collected on a recovery order (managers), on the day it came in (absent:
 * today): never more than is outstanding, never before the order was issued nor in the future.
 */
export async function collectRecovery(ctx: AppContext, user: SessionUser, orderId: string, body: { amountCents: number; collectedOn?: string }) {
  if (!managesGrants(user)) throw forbidden('Only programme managers record recoveries');
  const awardId = await ctx.db.transaction(async (tx) => {
    const [order] = await tx.select().from(recoveryOrders).where(eq(recoveryOrders.id, orderId)).for('update');
    if (!order) throw notFound('No such recovery order');
    const outstanding = order.amountCents - order.collectedCents;
    if (outstanding === 0) throw conflict('recovery_collected', 'The recovery order is fully collected');
    const collectedOn = body.collectedOn ?? today();
    const problems = [
      ...(body.amountCents > outstanding ? [problem('amountCents', 'above_outstanding', { outstandingCents: outstanding })] : []),
      ...(collectedOn > today() ? [problem('collectedOn', 'collected_in_future')] : []),
      ...(collectedOn < order.issuedOn ? [problem('collectedOn', 'collected_before_issued', { issuedOn: order.issuedOn })] : []),
    ];
    if (problems.length) throw rulesBroken('The collection does not fit the recovery order', problems);
    await tx.update(recoveryOrders).set({ collectedCents: order.collectedCents + body.amountCents }).where(eq(recoveryOrders.id, orderId));
    await tx.insert(payments).values({ awardId: order.awardId, kind: 'recovery', amountCents: body.amountCents, paidOn: collectedOn, status: 'paid', createdBy: user.id, approvedBy: user.id });
    await audit(tx, { actorId: user.id, action: 'recovery.collected', entityType: 'award', entityId: order.awardId, before: { collectedCents: order.collectedCents }, after: { orderId, collectedCents: order.collectedCents + body.amountCents, collectedOn } });
    return order.awardId;
  });
  return awardOf(ctx, user, awardId);
}
