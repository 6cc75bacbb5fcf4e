import { and, eq, ne } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { AssignmentStatus, EvaluationView } from '../../../../shared/grants.review';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { conflict, forbidden, notFound } from '../../../platform/errors';
import { userNames } from '../../accounts/accounts.users';
import { consensusProblems, divergence, finalScore, needsFurtherAssessor, sheetTotals } from './evaluation.rules';
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
    consensus: c ? { sections: c.sections, total: c.total, passed: c.passed, eliminatedBy: c.eliminatedBy, recordedAt: c.recordedAt.toISOString() } : null,
  };
}

/** Record the committee's consensus per section once every sheet is in (a further one where they diverge); thresholds and eliminatory sections apply. */
export async function recordConsensus(ctx: AppContext, user: SessionUser, applicationId: string, sections: Record<string, { score: number; justification: string }>) {
  if (!managesGrants(user)) throw forbidden('Only the evaluation committee records a consensus');
  await ctx.db.transaction(async (tx) => {
    const [app] = await tx.select().from(applications).where(eq(applications.id, applicationId)).for('update');
    if (!app) throw notFound('No such application');
    if (app.status !== 'evaluation' && app.status !== 'evaluated') throw conflict('consensus_not_in_evaluation', `The application is ${app.status}, not under evaluation`);
    const call = await findCall(tx, app.callId);
    if (call!.status === 'awarded') throw conflict('consensus_call_awarded', 'The call is awarded; its scores are final');
    const sheets = await tx.select().from(assignments).where(and(eq(assignments.applicationId, applicationId), ne(assignments.status, 'conflicted')));
    if (sheets.length < call!.rules.assessorsPerApplication || sheets.some((s) => s.status !== 'submitted'))
      throw conflict('consensus_scores_missing', 'Every assigned assessor must submit a score sheet first');
    // Diverging sheets are read by a further assessor before the committee decides; a re-run of the assignment adds one.
    if (needsFurtherAssessor(sheets.map((s) => s.total ?? 0), call!.rules, sheets.length))
      throw conflict('consensus_scores_diverge', 'The scores diverge beyond the threshold: a further assessor must score it first (run the assignment again)');
    const scores = Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.score]));
    const problems = consensusProblems(stageGrid(call!.rules, app.stage), scores).map((p) => ({ ...p, field: p.field.replace(/^consensus\./, 'sections.') }));
    if (problems.length) throw rulesBroken('The consensus does not fit the grid', problems);
    const result = finalScore(stageGrid(call!.rules, app.stage), scores);
    const values = { sections, total: result.total, passed: result.passed, eliminatedBy: result.eliminatedBy, recordedBy: user.id, recordedAt: new Date() };
    await tx.insert(consensusScores).values({ applicationId, ...values }).onConflictDoUpdate({ target: consensusScores.applicationId, set: values });
    await tx.update(applications).set({ status: 'evaluated', updatedAt: new Date() }).where(eq(applications.id, applicationId));
    await audit(tx, { actorId: user.id, action: 'evaluation.consensus_recorded', entityType: 'application', entityId: applicationId, before: { status: app.status }, after: { status: 'evaluated', total: result.total, passed: result.passed, eliminatedBy: result.eliminatedBy } });
  });
  return evaluationOf(ctx, user, applicationId);
}
