import { and, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import { UNDECIDED_STATUSES } from '../../../../shared/grants.counts';
import type { RankingView } from '../../../../shared/grants.review';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { conflict, forbidden, notFound, refused } from '../../../platform/errors';
import { notifyLead } from '../grants.notify';
import { canDeclineAward, managesGrants, mayConfirmAward, mayDeclineAwards } from '../grants.policy';
import { evaluatorsOf, reportOf, requireDeclaredIfMember } from '../evaluation/grants.committee.service';
import { userNames } from '../../accounts/accounts.users';
import { ledgerOf } from '../calls/grants.programmes.service';
import { applications, awards, calls, consensusScores, evaluationReports } from '../grants.schema';
import { findCall } from '../calls/call.row';
import { reserveListExpiresOn, reserveListOpen } from '../money/reserve.rules';
import { allocate, promoteFromReserve, rank } from './ranking.rules';
import { signalsChanged } from '../../matching/matching.changes';
import { stageDeadlineAt } from '../../../../shared/grants.concept';

/** Awards come only from full applications: a two-stage call is ranked only after its shortlist (409). */
function refuseConceptStage(call: { stage: string; rules: { twoStage: boolean } }): void {
  if (call.rules.twoStage && call.stage === 'concept') throw conflict('concept_stage_no_award', 'The call is at its concept-note stage: grants are awarded only from full applications');
}

const RANKED = ['evaluated', 'awarded', 'reserve', 'rejected'];
type Outcome = RankingView['items'][number]['outcome'];

/**
 * The call's ranking with the allocation the budget allows (a preview until the award is confirmed).
 * With `lock` (inside a transaction) the call's application rows are taken for update first, so no
 * withdrawal or consensus slips in between reading the ranking and recording the decision.
 */
export async function rankingOf(db: Db, callId: string, lock = false) {
  const call = await findCall(db, callId);
  if (!call) throw notFound('No such call');
  refuseConceptStage(call);
  if (lock) await db.select({ id: applications.id }).from(applications).where(eq(applications.callId, callId)).orderBy(applications.id).for('update');
  const rows = await db.select({ app: applications, c: consensusScores }).from(applications).innerJoin(consensusScores, eq(consensusScores.applicationId, applications.id)).where(and(eq(applications.callId, callId), eq(applications.stage, 'full'), inArray(applications.status, RANKED)));
  const pending = (await db.select({ id: applications.id }).from(applications).where(and(eq(applications.callId, callId), inArray(applications.status, [...UNDECIDED_STATUSES])))).length;
  const r = call.rules;
  const candidates = rows.map(({ app, c }) => ({
    id: app.id, total: c.total, passed: c.passed, theme: app.content.theme ?? '', submittedAt: (app.submittedAt ?? app.createdAt).toISOString(),
    sections: Object.fromEntries(Object.entries(c.sections).map(([k, v]) => [k, v.score])), requestedGrantCents: app.content.requestedGrantCents ?? 0,
  }));
  const ranked = rank(candidates, r.tieBreaks, r.tieBreakSection);
  const allocation = allocate(ranked, r.budgetCents, r.minGrantCents, r.maxGrantCents);
  return { call, rows, ranked, allocation, pending };
}

/**
 * The ranking and the budget cut-off (managers). Before the award it previews what confirming would
 * decide; afterwards it shows the recorded decisions, reserve promotions included, and the ledger.
 */
export async function rankingView(ctx: AppContext, user: SessionUser, callId: string): Promise<RankingView> {
  if (!managesGrants(user)) throw forbidden('Only programme managers see the ranking before the decision');
  await requireDeclaredIfMember(ctx.db, callId, user);
  const { call, rows, ranked, allocation, pending } = await rankingOf(ctx.db, callId);
  const report = await reportOf(ctx.db, callId);
  const proposer = report?.awardProposedBy ? (await userNames(ctx.db, [report.awardProposedBy])).get(report.awardProposedBy) ?? '—' : null;
  const decided = call.status === 'awarded';
  const ledger = await ledgerOf(ctx.db, [call]);
  const rankOf = new Map(ranked.map((x) => [x.id, x.rank]));
  const preview = (id: string): Outcome => (allocation.awarded.includes(id) ? 'awarded' : allocation.reserve.includes(id) ? 'reserve' : allocation.excluded.includes(id) ? 'excluded' : 'rejected');
  const items = rows
    .map(({ app, c }) => ({
      applicationId: app.id, reference: app.reference, leadName: ctx.directory.get(app.leadCode)?.name ?? app.leadCode, theme: app.content.theme, total: c.total, passed: c.passed,
      rank: rankOf.get(app.id) ?? null, requestedGrantCents: app.content.requestedGrantCents ?? 0, outcome: decided ? (app.status as Outcome) : preview(app.id),
    }))
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || b.total - a.total);
  const awardedCents = decided ? ledger.awardedCents : allocation.committedCents;
  return {
    items, budgetCents: call.rules.budgetCents, awardedCents, leftCents: call.rules.budgetCents - awardedCents, pending, decided, ledger,
    reportApprovedAt: report?.approvedAt?.toISOString() ?? null, awardProposedAt: report?.awardProposedAt?.toISOString() ?? null, awardProposedBy: proposer,
  };
}

/**
 * One manager proposes the award decision on the approved evaluation report; another confirms it
 * (awardCall). Refused before the report is approved, and once proposed.
 */
export async function proposeAward(ctx: AppContext, user: SessionUser, callId: string): Promise<RankingView> {
  if (!managesGrants(user)) throw forbidden('Only programme managers propose the award');
  await ctx.db.transaction(async (tx) => {
    const call = await findCall(tx, callId, true);
    if (!call) throw notFound('No such call');
    if (call.status === 'awarded') throw conflict('call_already_awarded', 'This call is already awarded');
    const report = await reportOf(tx, callId, true);
    if (!report?.approvedAt) throw conflict('award_report_not_approved', 'The evaluation report must be approved before the award');
    if (report.awardProposedAt) throw conflict('award_already_proposed', 'The award is already proposed; another manager confirms it');
    const now = new Date();
    await tx.update(evaluationReports).set({ awardProposedBy: user.id, awardProposedAt: now }).where(eq(evaluationReports.callId, callId));
    await audit(tx, { actorId: user.id, action: 'call.award_proposed', entityType: 'call', entityId: callId, after: { proposedAt: now.toISOString() } });
  });
  return rankingView(ctx, user, callId);
}

/**
 * Confirm the award: grants in rank order within the budget, the reserve list, the rest rejected
 * (once). Four eyes: only on the approved evaluation report, after another manager proposed it, and
 * never by someone who evaluated in the call (an assessor or a voting member of its committee).
 */
export async function awardCall(ctx: AppContext, user: SessionUser, callId: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers award grants');
  await ctx.db.transaction(async (tx) => {
    const locked = await findCall(tx, callId, true);
    if (!locked) throw notFound('No such call');
    if (locked.status === 'awarded') throw conflict('call_already_awarded', 'This call is already awarded');
    refuseConceptStage(locked);
    const deadlineAt = stageDeadlineAt(locked.rules, 'full');
    if (Date.parse(deadlineAt) > Date.now()) throw conflict('award_before_deadline', `The call takes applications until ${deadlineAt}; award after the deadline`, { at: deadlineAt });
    const { rows, ranked, allocation, pending } = await rankingOf(tx, callId, true);
    if (pending) throw conflict('award_applications_pending', `${pending} application(s) are still under check or evaluation`, { count: pending });
    if (!rows.length) throw conflict('award_nothing_evaluated', 'No evaluated application to award');
    const report = await reportOf(tx, callId, true);
    if (!report?.approvedAt) throw conflict('award_report_not_approved', 'The evaluation report must be approved before the award');
    if (!report.awardProposedBy) throw conflict('award_not_proposed', 'A manager proposes the award first; another one confirms it');
    const may = mayConfirmAward(user, report.awardProposedBy, await evaluatorsOf(tx, callId));
    if (may !== 'yes') throw forbidden(may === 'proposer' ? 'The manager who proposed the award may not confirm it' : 'Someone who evaluated in this call may not confirm its award');
    const now = new Date();
    const rankOf = new Map(ranked.map((x) => [x.id, x.rank]));
    for (const { app } of rows) {
      const status = allocation.awarded.includes(app.id) ? 'awarded' : allocation.reserve.includes(app.id) ? 'reserve' : 'rejected';
      await tx.update(applications).set({ status, decidedAt: now, updatedAt: now }).where(eq(applications.id, app.id));
      if (status === 'awarded') await tx.insert(awards).values({ callId, applicationId: app.id, rank: rankOf.get(app.id)!, grantCents: app.content.requestedGrantCents! });
      await notifyLead(tx, ctx, app, `application_${status}`);
      await audit(tx, { actorId: user.id, action: `application.${status}`, entityType: 'application', entityId: app.id, before: { status: app.status }, after: { status, rank: rankOf.get(app.id) ?? null } });
    }
    await tx.update(calls).set({ status: 'awarded', awardedAt: now, updatedAt: now }).where(eq(calls.id, callId));
    await audit(tx, { actorId: user.id, action: 'call.awarded', entityType: 'call', entityId: callId, before: { status: locked.status }, after: { status: 'awarded', awarded: allocation.awarded.length, reserve: allocation.reserve.length, committedCents: allocation.committedCents } });
  });
  await signalsChanged(ctx); // awarded projects are evidence for the partner recommendations, on every process
  return rankingView(ctx, user, callId);
}

/** The award of an application, for the lead who knows its application rather than its award. */
export async function awardIdOf(ctx: AppContext, applicationId: string): Promise<string> {
  const [a] = await ctx.db.select({ id: awards.id }).from(awards).where(eq(awards.applicationId, applicationId));
  if (!a) throw notFound('This application has no award');
  return a.id;
}

/**
 * An awardee declines or withdraws before contracting (its lead's officers, or a manager on its
 * behalf): its money returns and the reserve moves up by promoteFromReserve. The call row is locked
 * first, so two declines of one call cannot promote the same reserve application twice.
 */
/** Past the reserve list's validity (money/reserve.rules), a declined award's money returns to the call. */
function reserveOpen(call: { awardedAt: Date | null; rules: { reserveValidMonths?: number } }): boolean {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return reserveListOpen(reserveListExpiresOn(call.awardedAt ? day(call.awardedAt) : null, call.rules.reserveValidMonths), day(new Date()));
}

export async function declineAward(ctx: AppContext, user: SessionUser, awardId: string, kind: 'declined' | 'withdrawn') {
  if (!mayDeclineAwards(user)) throw forbidden('Only the lead authority or a programme manager may decline');
  const out = await ctx.db.transaction(async (tx) => {
    const [found] = await tx.select({ callId: awards.callId }).from(awards).where(eq(awards.id, awardId));
    if (!found) throw notFound('No such award');
    await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, found.callId)).for('update');
    const [award] = await tx.select().from(awards).where(eq(awards.id, awardId)).for('update');
    const [app] = await tx.select().from(applications).where(eq(applications.id, award!.applicationId));
    if (!canDeclineAward(user, app!.leadCode)) throw forbidden('Only the lead authority or a programme manager may decline');
    if (award!.status !== 'awarded') throw conflict('award_not_open', `The award is ${award!.status}; only an award not yet contracted can be ${kind}`);
    const { call, ranked } = await rankingOf(tx, award!.callId, true);
    const live = await tx.select().from(awards).where(and(eq(awards.callId, award!.callId), inArray(awards.status, ['awarded', 'contracted', 'closed'])));
    const inReserve = new Set((await tx.select({ id: applications.id }).from(applications).where(and(eq(applications.callId, call.id), eq(applications.status, 'reserve')))).map((x) => x.id));
    const committed = live.reduce((s, a) => s + a.grantCents, 0);
    const state = { budgetCents: call.rules.budgetCents, ranked, awarded: live.map((a) => a.applicationId), reserve: reserveOpen(call) ? ranked.map((r) => r.id).filter((id) => inReserve.has(id)) : [], committedCents: committed, leftCents: call.rules.budgetCents - committed };
    const out = promoteFromReserve(state, award!.applicationId);
    if (!out.ok) throw refused(out.reason);
    const now = new Date();
    await tx.update(awards).set({ status: kind }).where(eq(awards.id, awardId));
    await tx.update(applications).set({ status: kind, updatedAt: now }).where(eq(applications.id, award!.applicationId));
    await audit(tx, { actorId: user.id, action: `award.${kind}`, entityType: 'application', entityId: award!.applicationId, before: { status: 'awarded' }, after: { status: kind, awardId, freedCents: out.freedCents, promoted: out.promoted } });
    for (const id of out.promoted) {
      const r = ranked.find((x) => x.id === id)!;
      await tx.insert(awards).values({ callId: award!.callId, applicationId: id, rank: r.rank, grantCents: r.requestedGrantCents });
      const [promoted] = await tx.update(applications).set({ status: 'awarded', decidedAt: now, updatedAt: now }).where(eq(applications.id, id)).returning();
      await notifyLead(tx, ctx, promoted!, 'application_awarded');
      await audit(tx, { actorId: user.id, action: 'application.promoted_from_reserve', entityType: 'application', entityId: id, before: { status: 'reserve' }, after: { status: 'awarded', rank: r.rank, grantCents: r.requestedGrantCents } });
    }
    return { promoted: out.promoted, freedCents: out.freedCents };
  });
  await signalsChanged(ctx); // a declined award and a promoted one change the awarded projects the recommendations read
  return out;
}
