import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import { toIsoCountry } from '../../../../shared/countries';
import type { CallRules } from '../../../../shared/grants';
import type { AssessedApplication, AssignmentStatus, AssignmentView } from '../../../../shared/grants.review';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { conflict, forbidden, notFound, refused } from '../../../platform/errors';
import { beforeDeadlineRefusal, stageGrid } from '../../../../shared/grants.concept';
import { listUsers } from '../../accounts/accounts.admin';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { assignAssessors, divergence, excludedCountries, needsFurtherAssessor, sameCountrySide, scoreSheetProblems, sheetTotals, type ScoreSheet } from './evaluation.rules';
import { authorityOf } from '../applications/grants.applications.access';
import { rulesBroken } from '../../../platform/problems';
import { isAssessor, managesGrants } from '../grants.policy';
import { applicationPartners, applications, applicationVersions, assignments } from '../grants.schema';
import { findCall } from '../calls/call.row';
import { requireDeclaredIfMember } from './grants.committee.service';

type AssignmentRow = typeof assignments.$inferSelect;
type ApplicationRow = typeof applications.$inferSelect;
type VersionRow = typeof applicationVersions.$inferSelect;
/** An authority's country from its code (TR-BSB-34, DE_05315000, EL_… for Greece → GR). */
const countryOfCode = (code: string) => toIsoCountry(code.slice(0, 2));
/** Far more assessors than any scheme has: the pool is read in one page. */
const POOL_PAGE = { limit: 100_000, offset: 0 };

/**
 * Assessors who may take work (role assessor, not disabled) and their workload: assignments not
 * conflicted, across all calls. An assessor whose country an admin has not recorded has '' (no
 * country), which the same-country exclusion never matches.
 */
async function assessorPool(db: Db): Promise<{ id: string; country: string; load: number }[]> {
  const { items } = await listUsers(db, { ...POOL_PAGE, role: 'assessor' });
  const counts = await db.select({ id: assignments.assessorId, n: count() }).from(assignments).where(ne(assignments.status, 'conflicted')).groupBy(assignments.assessorId);
  const load = new Map(counts.map((c) => [c.id, c.n]));
  return items.filter((u) => !u.disabled).map((u) => ({ id: u.id, country: u.country ?? '', load: load.get(u.id) ?? 0 }));
}

/** Whether an application needs its further assessor: its submitted sheets diverge, or one was called before. */
function furtherDue(rules: CallRules, mine: readonly AssignmentRow[]): { due: boolean; spread: number } {
  const live = mine.filter((r) => r.status !== 'conflicted');
  const totals = live.filter((r) => r.status === 'submitted').map((r) => r.total ?? 0);
  const { spread } = divergence(totals, rules.divergenceThreshold);
  const regularDone = Math.min(live.length, rules.assessorsPerApplication);
  return { due: mine.some((r) => r.further) || needsFurtherAssessor(totals, rules, regularDone), spread };
}

/**
 * Fill each application up to the call's assessors per application, plus the further one where it is
 * due (so a re-run replaces a further assessor who declared a conflict, or one nobody could take
 * before). Conflicted assessors are never assigned again; workload is balanced by assignAssessors.
 * Assessors beyond the regular number are marked `further`. The caller holds the application rows locked.
 */
async function assign(tx: Db, actorId: string | null, rules: CallRules, appIds: string[]) {
  const regular = rules.assessorsPerApplication;
  const rows = await tx.select().from(assignments).where(inArray(assignments.applicationId, appIds));
  const partners = await tx.select().from(applicationPartners).where(inArray(applicationPartners.applicationId, appIds));
  const apps = await tx.select({ id: applications.id, lead: applications.leadCode }).from(applications).where(inArray(applications.id, appIds)).orderBy(applications.id);
  const pool = await assessorPool(tx);
  const added: Record<string, string[]> = {};
  const unfilled: string[] = [];
  // One application at a time: each may need a different number of assessors (a further one).
  for (const app of apps) {
    const mine = rows.filter((r) => r.applicationId === app.id);
    const live = mine.filter((r) => r.status !== 'conflicted').map((r) => r.assessorId);
    const further = furtherDue(rules, mine);
    const result = assignAssessors({
      // The call names the side its same-country rule looks at (lead, partners, both or off).
      applications: [{ id: app.id, countries: excludedCountries(sameCountrySide(rules), countryOfCode(app.lead), partners.filter((p) => p.applicationId === app.id).map((p) => countryOfCode(p.authorityCode))) }],
      assessors: pool,
      perApplication: regular + (further.due ? 1 : 0),
      excludeSameCountry: true,
      conflicts: new Set(mine.filter((r) => r.status === 'conflicted').map((r) => `${r.assessorId}:${app.id}`)),
      existing: { [app.id]: live },
    });
    const fresh = result.added[app.id] ?? [];
    for (const [i, assessorId] of fresh.entries()) {
      const isFurther = live.length + i >= regular;
      await tx.insert(assignments).values({ applicationId: app.id, assessorId, further: isFurther });
      await audit(tx, { actorId, action: isFurther ? 'evaluation.further_assessor_assigned' : 'evaluation.assessor_assigned', entityType: 'application', entityId: app.id, after: isFurther ? { assessorId, spread: further.spread, threshold: rules.divergenceThreshold } : { assessorId } });
      const p = pool.find((a) => a.id === assessorId);
      if (p) p.load += 1;
    }
    added[app.id] = fresh;
    if (result.unfilled.length) unfilled.push(app.id);
  }
  return { added, unfilled };
}

/** Assign assessors to every application of a call that passed the administrative check (managers). */
export async function assignCall(ctx: AppContext, user: SessionUser, callId: string) {
  if (!managesGrants(user)) throw forbidden('Only programme managers assign assessors');
  return ctx.db.transaction(async (tx) => {
    const call = await findCall(tx, callId, true);
    if (!call) throw notFound('No such call');
    const early = beforeDeadlineRefusal(call.rules, call.stage, new Date());
    if (early) throw refused(early);
    // Locked, so a submit that calls a further assessor cannot pick the same one at the same time.
    const apps = await tx.select({ id: applications.id }).from(applications).where(and(eq(applications.callId, callId), eq(applications.status, 'evaluation'))).for('update');
    if (!apps.length) throw conflict('nothing_to_assign', 'No application of this call awaits evaluation');
    const result = await assign(tx, user.id, call.rules, apps.map((a) => a.id));
    await audit(tx, { actorId: user.id, action: 'evaluation.assignment_run', entityType: 'call', entityId: callId, after: result });
    return result;
  });
}

function toAssignmentView(r: AssignmentRow, app: ApplicationRow, application: AssessedApplication | null): AssignmentView {
  return {
    id: r.id, applicationId: app.id, reference: app.reference, titleEn: app.content.titleEn, titleTr: app.content.titleTr, callId: app.callId,
    status: r.status as AssignmentStatus, further: r.further, scores: r.scores, total: r.total, submittedAt: r.submittedAt?.toISOString() ?? null,
    application: r.status === 'assigned' || r.status === 'conflicted' ? null : application,
    stage: app.stage === 'concept' ? 'concept' : 'full',
  };
}

/** The frozen version an assessor scores, whole: content, budget figures, lead and partner authorities. */
function assessed(ctx: AppContext, app: ApplicationRow, version: VersionRow): AssessedApplication {
  return {
    version: version.version,
    submittedAt: version.submittedAt.toISOString(),
    lead: authorityOf(ctx, app.leadCode),
    partners: version.partners.map((code) => authorityOf(ctx, code)),
    content: version.content,
    budget: summariseBudget(version.content.budget, version.content.requestedGrantCents),
  };
}

/** The assessor's own assignments (no content before the declaration). */
export async function myAssignments(ctx: AppContext, user: SessionUser) {
  if (!isAssessor(user)) throw forbidden('Only assessors have assessments');
  const rows = await ctx.db.select({ r: assignments, app: applications }).from(assignments).innerJoin(applications, eq(applications.id, assignments.applicationId)).where(eq(assignments.assessorId, user.id)).orderBy(applications.reference);
  return { items: rows.map(({ r, app }) => toAssignmentView(r, app, null)) };
}

/** An assignment of the assessor with its application row (both locked with `lock`); anyone else gets 404. */
async function ownAssignment(db: Db, user: SessionUser, id: string, lock = false) {
  if (!isAssessor(user)) throw notFound('No such assignment');
  const q = db.select({ r: assignments, app: applications }).from(assignments).innerJoin(applications, eq(applications.id, assignments.applicationId)).where(and(eq(assignments.id, id), eq(assignments.assessorId, user.id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('No such assignment');
  return row;
}

/** Declarations and sheets are taken only while the application is under evaluation (not withdrawn, not decided). */
function requireUnderEvaluation(app: ApplicationRow): void {
  if (app.status !== 'evaluation') throw conflict('evaluation_closed', `The application is ${app.status}: its evaluation is closed`);
}

/** The assignment, with the frozen submitted version once the assessor declared no conflict. */
export async function getAssignment(ctx: AppContext, user: SessionUser, id: string): Promise<AssignmentView> {
  const { r, app } = await ownAssignment(ctx.db, user, id);
  // Nothing is read before the declaration of no conflict, nor by a committee member before their committee declaration.
  if (r.status === 'assigned' || r.status === 'conflicted') return toAssignmentView(r, app, null);
  await requireDeclaredIfMember(ctx.db, app.callId, user);
  const [version] = await ctx.db.select().from(applicationVersions).where(and(eq(applicationVersions.applicationId, app.id), eq(applicationVersions.version, app.version)));
  return toAssignmentView(r, app, version ? assessed(ctx, app, version) : null);
}

/** Declare no conflict of interest (the application becomes readable) or a conflict (the assessor steps aside). */
export async function declare(ctx: AppContext, user: SessionUser, id: string, noConflict: boolean, note?: string) {
  await ctx.db.transaction(async (tx) => {
    const { r, app } = await ownAssignment(tx, user, id, true);
    if (r.status !== 'assigned') throw conflict('declaration_made', 'The declaration is already made');
    requireUnderEvaluation(app);
    // A voting member of the call's committee reads no application before signing its declaration of impartiality and confidentiality.
    if (noConflict) await requireDeclaredIfMember(tx, app.callId, user);
    const status = noConflict ? 'declared' : 'conflicted';
    await tx.update(assignments).set({ status, declaredAt: new Date() }).where(eq(assignments.id, id));
    await audit(tx, { actorId: user.id, action: noConflict ? 'evaluation.no_conflict_declared' : 'evaluation.conflict_declared', entityType: 'application', entityId: r.applicationId, before: { status: r.status }, after: { assignmentId: id, status, note: note ?? null } });
  });
  return getAssignment(ctx, user, id);
}

/**
 * Save a draft sheet or submit it (the one sent, or the saved draft). A draft may be incomplete but
 * not wrong; a submitted sheet is complete and final. When the submitted sheets now diverge beyond the
 * call's threshold, a further assessor is assigned in the same transaction.
 */
export async function saveScores(ctx: AppContext, user: SessionUser, id: string, sent: ScoreSheet | undefined, submit: boolean) {
  await ctx.db.transaction(async (tx) => {
    // Locks the application row too: submits of one application run one after the other, so none misses a divergence.
    const { r, app } = await ownAssignment(tx, user, id, true);
    if (r.status === 'assigned' || r.status === 'conflicted') throw conflict('declaration_first', 'Declare that you have no conflict of interest first');
    if (r.status === 'submitted') throw conflict('score_sheet_final', 'This score sheet is submitted and final');
    requireUnderEvaluation(app);
    const call = await findCall(tx, app.callId);
    const rules = call!.rules;
    const scores = sent ?? r.scores;
    const grid = stageGrid(rules, app.stage);
    const all = scoreSheetProblems(grid, scores);
    const problems = submit ? all : all.filter((p) => p.code !== 'required');
    if (problems.length) throw rulesBroken(submit ? 'The score sheet is not complete' : 'The draft has scores the grid does not allow', problems);
    const total = submit ? sheetTotals(grid, scores).total : null;
    await tx.update(assignments).set({ scores, total, status: submit ? 'submitted' : r.status, submittedAt: submit ? new Date() : null }).where(eq(assignments.id, id));
    if (!submit) return;
    await audit(tx, { actorId: user.id, action: 'evaluation.scores_submitted', entityType: 'application', entityId: app.id, before: { status: r.status }, after: { assignmentId: id, status: 'submitted', total } });
    await callFurtherIfDivergent(tx, rules, app.id);
  });
  return getAssignment(ctx, user, id);
}

/** After a submit: a further assessor when the submitted totals diverge; audited also when none can be found. */
async function callFurtherIfDivergent(tx: Db, rules: CallRules, applicationId: string): Promise<void> {
  const sheets = await tx.select().from(assignments).where(and(eq(assignments.applicationId, applicationId), ne(assignments.status, 'conflicted')));
  const totals = sheets.filter((s) => s.status === 'submitted').map((s) => s.total ?? 0);
  if (!needsFurtherAssessor(totals, rules, sheets.length)) return;
  const { unfilled } = await assign(tx, null, rules, [applicationId]);
  if (unfilled.length)
    await audit(tx, { actorId: null, action: 'evaluation.further_assessor_unavailable', entityType: 'application', entityId: applicationId, after: { spread: divergence(totals, rules.divergenceThreshold).spread, threshold: rules.divergenceThreshold } });
}
