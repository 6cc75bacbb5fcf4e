import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { CallRules } from '../../../shared/grants';
import type { AssignmentStatus, AssignmentView } from '../../../shared/grants.review';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { users } from '../accounts/accounts.schema';
import { assignAssessors, needsFurtherAssessor, scoreSheetProblems, sheetTotals, type ScoreSheet } from './evaluation.rules';
import { refused } from './grants.errors';
import { isAssessor, managesGrants } from './grants.policy';
import { applicationPartners, applications, applicationVersions, assignments, calls } from './grants.schema';

type AssignmentRow = typeof assignments.$inferSelect;

/** Assessors' current workload: assignments not conflicted, across all calls. */
async function loads(db: Db): Promise<{ id: string; load: number }[]> {
  const pool = await db.select({ id: users.id }).from(users).where(eq(users.role, 'assessor'));
  const counts = await db.select({ id: assignments.assessorId, n: count() }).from(assignments).where(ne(assignments.status, 'conflicted')).groupBy(assignments.assessorId);
  return pool.map((a) => ({ id: a.id, load: counts.find((c) => c.id === a.id)?.n ?? 0 }));
}

/** Assign `perApplication` assessors to the given applications, balancing workload, never a conflicted one. */
async function assign(tx: Db, actorId: string | null, rules: CallRules, appIds: string[], perApplication: (id: string) => number, further: boolean) {
  const rows = await tx.select().from(assignments).where(inArray(assignments.applicationId, appIds));
  const partners = await tx.select().from(applicationPartners).where(inArray(applicationPartners.applicationId, appIds));
  const apps = await tx.select({ id: applications.id, lead: applications.leadCode }).from(applications).where(inArray(applications.id, appIds));
  const added: Record<string, string[]> = {};
  const unfilled: string[] = [];
  // One application at a time: each may need a different number of assessors (a further one).
  for (const app of apps) {
    const mine = rows.filter((r) => r.applicationId === app.id);
    const result = assignAssessors({
      applications: [{ id: app.id, countries: [app.lead.slice(0, 2), ...partners.filter((p) => p.applicationId === app.id).map((p) => p.authorityCode.slice(0, 2))] }],
      assessors: (await loads(tx)).map((a) => ({ ...a, country: '' })), // assessors' nationality is not recorded yet
      perApplication: perApplication(app.id),
      excludeSameCountry: rules.excludeSameCountryAssessors,
      conflicts: new Set(mine.filter((r) => r.status === 'conflicted').map((r) => `${r.assessorId}:${app.id}`)),
      existing: { [app.id]: mine.filter((r) => r.status !== 'conflicted').map((r) => r.assessorId) },
    });
    const fresh = (result.added[app.id] ?? []).filter((id) => !mine.some((r) => r.assessorId === id));
    if (fresh.length) await tx.insert(assignments).values(fresh.map((assessorId) => ({ applicationId: app.id, assessorId, further })));
    for (const assessorId of fresh) await audit(tx, { actorId, action: further ? 'evaluation.further_assessor_assigned' : 'evaluation.assessor_assigned', entityType: 'application', entityId: app.id, after: { assessorId } });
    added[app.id] = fresh;
    if (result.unfilled.length) unfilled.push(app.id);
  }
  return { added, unfilled };
}

/** Assign assessors to every application of a call that passed the administrative check (managers). */
export async function assignCall(ctx: AppContext, user: SessionUser, callId: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers assign assessors');
  return ctx.db.transaction(async (tx) => {
    const [call] = await tx.select().from(calls).where(eq(calls.id, callId)).for('update');
    if (!call) throw notFound('No such call');
    const apps = await tx.select({ id: applications.id }).from(applications).where(and(eq(applications.callId, callId), eq(applications.status, 'evaluation')));
    if (!apps.length) throw conflict('No application of this call awaits evaluation');
    return assign(tx, user.id, call.rules, apps.map((a) => a.id), () => call.rules.assessorsPerApplication, false);
  });
}

function toAssignmentView(r: AssignmentRow, app: typeof applications.$inferSelect, content: unknown): AssignmentView {
  return {
    id: r.id, applicationId: app.id, reference: app.reference, titleEn: app.content.titleEn, titleTr: app.content.titleTr, callId: app.callId,
    status: r.status as AssignmentStatus, further: r.further, scores: r.scores, total: r.total, submittedAt: r.submittedAt?.toISOString() ?? null,
    content: r.status === 'assigned' || r.status === 'conflicted' ? null : content,
  };
}

/** The assessor's own assignments (no content before the declaration). */
export async function myAssignments(ctx: AppContext, user: SessionUser) {
  if (!isAssessor(user)) throw forbidden('Only assessors have assessments');
  const rows = await ctx.db.select({ r: assignments, app: applications }).from(assignments).innerJoin(applications, eq(applications.id, assignments.applicationId)).where(eq(assignments.assessorId, user.id)).orderBy(applications.reference);
  return { items: rows.map(({ r, app }) => toAssignmentView(r, app, null)) };
}

/** An assignment of the assessor, with its application row; anyone else gets 404. */
async function ownAssignment(db: Db, user: SessionUser, id: string, lock = false) {
  const q = db.select({ r: assignments, app: applications }).from(assignments).innerJoin(applications, eq(applications.id, assignments.applicationId)).where(and(eq(assignments.id, id), eq(assignments.assessorId, user.id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row || !isAssessor(user)) throw notFound('No such assignment');
  return row;
}

/** The assignment, with the frozen submitted version once the assessor declared no conflict. */
export async function getAssignment(ctx: AppContext, user: SessionUser, id: string): Promise<AssignmentView> {
  const { r, app } = await ownAssignment(ctx.db, user, id);
  const [version] = await ctx.db.select().from(applicationVersions).where(and(eq(applicationVersions.applicationId, app.id), eq(applicationVersions.version, app.version)));
  return toAssignmentView(r, app, version ? { ...version.content, partners: version.partners } : null);
}

/** Declare no conflict of interest (the application becomes readable) or a conflict (the assessor steps aside). */
export async function declare(ctx: AppContext, user: SessionUser, id: string, noConflict: boolean, note?: string) {
  await ctx.db.transaction(async (tx) => {
    const { r } = await ownAssignment(tx, user, id, true);
    if (r.status !== 'assigned') throw conflict('The declaration is already made');
    await tx.update(assignments).set({ status: noConflict ? 'declared' : 'conflicted', declaredAt: new Date() }).where(eq(assignments.id, id));
    await audit(tx, { actorId: user.id, action: noConflict ? 'evaluation.no_conflict_declared' : 'evaluation.conflict_declared', entityType: 'application', entityId: r.applicationId, after: { assignmentId: id, note: note ?? null } });
  });
  return getAssignment(ctx, user, id);
}

/** Save (draft) or submit a score sheet; on submit, divergent totals call a further assessor at once. */
export async function saveScores(ctx: AppContext, user: SessionUser, id: string, scores: ScoreSheet, submit: boolean) {
  await ctx.db.transaction(async (tx) => {
    const { r, app } = await ownAssignment(tx, user, id, true);
    if (r.status === 'assigned' || r.status === 'conflicted') throw conflict('Declare that you have no conflict of interest first');
    if (r.status === 'submitted') throw conflict('This score sheet is submitted and final');
    const [call] = await tx.select().from(calls).where(eq(calls.id, app.callId));
    const rules = call!.rules;
    const known = new Set(rules.grid.sections.flatMap((s) => s.criteria.map((c) => c.key)));
    const unknown = Object.keys(scores).filter((k) => !known.has(k)).map((k) => ({ field: `scores.${k}`, code: 'unknown_criterion' }));
    const problems = submit ? scoreSheetProblems(rules.grid, scores) : unknown;
    if (problems.length) throw refused(submit ? 'The score sheet is not complete' : 'Unknown criteria', problems);
    const total = submit ? sheetTotals(rules.grid, scores).total : null;
    await tx.update(assignments).set({ scores, total, status: submit ? 'submitted' : r.status, submittedAt: submit ? new Date() : null }).where(eq(assignments.id, id));
    if (!submit) return;
    await audit(tx, { actorId: user.id, action: 'evaluation.scores_submitted', entityType: 'application', entityId: app.id, after: { assignmentId: id, total } });
    const sheets = await tx.select().from(assignments).where(and(eq(assignments.applicationId, app.id), ne(assignments.status, 'conflicted')));
    const totals = sheets.filter((s) => s.status === 'submitted').map((s) => s.total ?? 0);
    if (needsFurtherAssessor(totals, rules, sheets.length)) await assign(tx, null, rules, [app.id], () => sheets.length + 1, true);
  });
  return getAssignment(ctx, user, id);
}
