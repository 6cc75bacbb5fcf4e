import { and, eq, ne } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { AssignmentStatus, EvaluationView } from '../../../../shared/grants.review';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { conflict, forbidden, notFound } from '../../../platform/errors';
import { userNames } from '../../accounts/accounts.users';
import { divergence, needsFurtherAssessor, sheetTotals } from './evaluation.rules';
import { changeProblems, committeeScore, type Change } from './committee.rules';
import { membersOf, reportOf, requireDeclaredIfMember } from './grants.committee.service';
import { rulesBroken } from '../../../platform/problems';
import { stageGrid } from '../../../../shared/grants.concept';
import { managesGrants } from '../grants.policy';
import { applications, assignments, consensusScores } from '../grants.schema';
import { findCall } from '../calls/call.row';

/** The committee's view: every sheet, section totals, spread and divergence, the consensus (managers only). */
export async function evaluationOf(ctx: AppContext, user: SessionUser, applicationId: string): Promise<EvaluationView> {
  if (!managesGrants(user)) throw forbidden('Scores are for the evaluation committee only');
  const [app] = await ctx.db.select().from(applications).where(eq(applications.id, applicationId));
  if (!app) throw notFound('No such application');
  const call = await findCall(ctx.db, app.callId);
  await requireDeclaredIfMember(ctx.db, app.callId, user);
  const sheets = await ctx.db.select().from(assignments).where(eq(assignments.applicationId, applicationId)).orderBy(assignments.createdAt);
  const names = await userNames(ctx.db, sheets.map((a) => a.assessorId));
  const rows = sheets.map((a) => ({ a, name: names.get(a.assessorId) }));
  const [c] = await ctx.db.select().from(consensusScores).where(eq(consensusScores.applicationId, applicationId));
  const totals = rows.filter((r) => r.a.status === 'submitted').map((r) => r.a.total ?? 0);
  const spread = totals.length >= 2 ? divergence(totals, call!.rules.divergenceThreshold) : null;
  return {
    applicationId,
    reference: app.reference,
    status: app.status,
    sheets: rows.map(({ a, name }) => ({
      assignmentId: a.id, assessor: name ?? '—', status: a.status as AssignmentStatus, further: a.further, total: a.total,
      sections: a.status === 'submitted' ? sheetTotals(stageGrid(call!.rules, app.stage), a.scores).sections : {}, scores: a.status === 'submitted' ? a.scores : {},
    })),
    spread: spread?.spread ?? null,
    diverges: spread?.diverges ?? false,
    consensus: c ? { sections: Object.fromEntries(Object.entries(c.sections).map(([k, v]) => [k, { score: v.score, average: v.average ?? null, justification: v.justification }])), total: c.total, passed: c.passed, eliminatedBy: c.eliminatedBy, recordedAt: c.recordedAt.toISOString() } : null,
  };
}

/**
 * The committee closes an application's evaluation once every sheet is in (a further one where they
 * diverge): its score is the assessors' mean per section, changed only where the committee writes a
 * justification; thresholds, eliminatory sections and the eliminatory sub-criterion apply. Recorded by
 * the committee's chair or secretary after signing the declaration; refused once the report is approved.
 */
export async function recordConsensus(ctx: AppContext, user: SessionUser, applicationId: string, changes: Record<string, Change>) {
  if (!managesGrants(user)) throw forbidden('Only the evaluation committee records the score');
  await ctx.db.transaction(async (tx) => {
    const [app] = await tx.select().from(applications).where(eq(applications.id, applicationId)).for('update');
    if (!app) throw notFound('No such application');
    const members = await membersOf(tx, app.callId);
    if (!members.length) throw conflict('committee_missing', 'Appoint the evaluation committee of this call first');
    const me = members.find((m) => m.userId === user.id);
    if (!me || me.role === 'voting') throw forbidden("Only the committee's chair or secretary records its scores");
    await requireDeclaredIfMember(tx, app.callId, user);
    if ((await reportOf(tx, app.callId))?.approvedAt) throw conflict('committee_report_approved', 'The evaluation report is approved; its scores are final');
    if (app.status !== 'evaluation' && app.status !== 'evaluated') throw conflict('consensus_not_in_evaluation', `The application is ${app.status}, not under evaluation`);
    const call = await findCall(tx, app.callId);
    if (call!.status === 'awarded') throw conflict('consensus_call_awarded', 'The call is awarded; its scores are final');
    const sheets = await tx.select().from(assignments).where(and(eq(assignments.applicationId, applicationId), ne(assignments.status, 'conflicted')));
    if (sheets.length < call!.rules.assessorsPerApplication || sheets.some((s) => s.status !== 'submitted'))
      throw conflict('consensus_scores_missing', 'Every assigned assessor must submit a score sheet first');
    // Diverging sheets are read by a further assessor before the committee decides; a re-run of the assignment adds one.
    if (needsFurtherAssessor(sheets.map((s) => s.total ?? 0), call!.rules, sheets.length))
      throw conflict('consensus_scores_diverge', 'The scores diverge beyond the threshold: a further assessor must score it first (run the assignment again)');
    const grid = stageGrid(call!.rules, app.stage);
    const problems = changeProblems(grid, changes);
    if (problems.length) throw rulesBroken('The changes do not fit the grid', problems);
    const result = committeeScore(grid, sheets.map((s) => s.scores), changes);
    const values = { sections: result.sections, total: result.total, passed: result.passed, eliminatedBy: result.eliminatedBy, recordedBy: user.id, recordedAt: new Date() };
    await tx.insert(consensusScores).values({ applicationId, ...values }).onConflictDoUpdate({ target: consensusScores.applicationId, set: values });
    await tx.update(applications).set({ status: 'evaluated', updatedAt: new Date() }).where(eq(applications.id, applicationId));
    await audit(tx, { actorId: user.id, action: 'evaluation.consensus_recorded', entityType: 'application', entityId: applicationId, before: { status: app.status }, after: { status: 'evaluated', total: result.total, passed: result.passed, eliminatedBy: result.eliminatedBy, eliminatedCriterion: result.eliminatedCriterion, changes } });
  });
  return evaluationOf(ctx, user, applicationId);
}
