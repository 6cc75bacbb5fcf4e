import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { CallWait } from '../../../shared/home';
import type { Db } from '../../platform/db';
import { applicationPartners, applications, assignments, awards, calls, grantReports } from './grants.schema';
import { toCall } from './calls/call.row';
import { stageDeadlineAt } from '../../../shared/grants.concept';
import { callStage, callWaits, type CallStage } from './calls/grants.waits.rules';

/** Applications still in play: after these statuses nothing is asked of the applicants on the platform. */
const LIVE = ['draft', 'submitted', 'admin_check', 'evaluation', 'evaluated', 'shortlisted', 'reserve'];

export interface OwnApplication {
  id: string;
  reference: string;
  titleEn: string;
  titleTr: string;
  /** The application's status, or `to_confirm` when the authority is a partner that has not confirmed yet. */
  status: string;
  /** The call's deadline while the application can still be changed (a draft), else null. */
  due: string | null;
  updatedAt: Date;
}

/**
 * An authority's live applications, as lead or partner: those with a deadline ahead first, soonest first;
 * then the rest in latest-change order; drafts whose deadline passed (they can no longer be submitted)
 * last. A partner that declined has nothing left to do, so its application is left out.
 */
export async function applicationsOfAuthority(db: Db, code: string, now = new Date()): Promise<OwnApplication[]> {
  const asPartner = db.select({ id: applicationPartners.applicationId }).from(applicationPartners).where(eq(applicationPartners.authorityCode, code));
  // The joined rules are typed ($type), not parsed (toCall): they only order this list, once per application row.
  const rows = await db
    .select({ app: applications, rules: calls.rules })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .where(and(inArray(applications.status, LIVE), or(eq(applications.leadCode, code), inArray(applications.id, asPartner))))
    .orderBy(desc(applications.updatedAt), desc(applications.id));
  const ids = rows.map((r) => r.app.id);
  const answers = ids.length
    ? await db
        .select({ id: applicationPartners.applicationId, confirmedAt: applicationPartners.confirmedAt, confirmedBy: applicationPartners.confirmedBy })
        .from(applicationPartners)
        .where(and(inArray(applicationPartners.applicationId, ids), eq(applicationPartners.authorityCode, code)))
    : [];
  // Pending: nobody answered yet. Declined: answered (confirmedBy) with no confirmation date.
  const toConfirm = new Set(answers.filter((p) => p.confirmedBy === null).map((p) => p.id));
  const declined = new Set(answers.filter((p) => p.confirmedBy !== null && p.confirmedAt === null).map((p) => p.id));
  const items = rows
    .filter(({ app }) => !declined.has(app.id))
    .map(({ app, rules }) => {
      // A shortlisted lead's full application is a draft held to the full-application deadline.
      const editable = app.status === 'draft' || app.status === 'shortlisted';
      const deadlineAt = stageDeadlineAt(rules, app.stage);
      const stale = editable && Date.parse(deadlineAt) <= now.getTime();
      return {
        id: app.id,
        reference: app.reference,
        titleEn: app.content.titleEn,
        titleTr: app.content.titleTr,
        status: app.status === 'draft' && toConfirm.has(app.id) ? 'to_confirm' : app.status,
        due: editable && !stale ? deadlineAt : null,
        updatedAt: app.updatedAt,
        rank: stale ? 2 : editable ? 0 : 1,
      };
    });
  // Stable sort: dated drafts by deadline, then the live rest, then stale drafts, each in latest-change order.
  items.sort((a, b) => a.rank - b.rank || (a.due && b.due ? Date.parse(a.due) - Date.parse(b.due) : 0));
  return items.map(({ rank: _rank, ...item }) => item);
}

export interface AssessmentDue {
  id: string;
  reference: string;
  titleEn: string;
  titleTr: string;
  /** `assigned` (the declaration is due) or `declared` (the score sheet is due). */
  status: string;
  /** The call's deadline: the order in which the calls' evaluations started. */
  callDeadline: string;
}

/**
 * An assessor's open assessments (declaration or score sheet due) of applications still under
 * evaluation: assignments have no due date of their own, so the earliest call comes first, declarations
 * before sheets (they unlock the reading).
 */
export async function assessmentsDue(db: Db, assessorId: string): Promise<AssessmentDue[]> {
  // Typed, not parsed, as above: the deadline only orders the list.
  const rows = await db
    .select({ r: assignments, app: applications, rules: calls.rules })
    .from(assignments)
    .innerJoin(applications, eq(applications.id, assignments.applicationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .where(and(eq(assignments.assessorId, assessorId), inArray(assignments.status, ['assigned', 'declared']), eq(applications.status, 'evaluation')));
  const items = rows.map(({ r, app, rules }) => ({ id: r.id, reference: app.reference, titleEn: app.content.titleEn, titleTr: app.content.titleTr, status: r.status, callDeadline: rules.deadlineAt }));
  const rank = (s: string) => (s === 'assigned' ? 0 : 1);
  return items.sort((a, b) => Date.parse(a.callDeadline) - Date.parse(b.callDeadline) || rank(a.status) - rank(b.status) || a.reference.localeCompare(b.reference));
}

export interface CallAtWork {
  id: string;
  reference: string;
  titleEn: string;
  titleTr: string;
  stage: CallStage;
  deadlineAt: string;
  waits: Record<CallWait, number>;
}

const STAGE_ORDER: Record<CallStage, number> = { closed: 0, open: 1, upcoming: 2, draft: 3, awarded: 4 };

/** Every call by stage (closed ones first: that is where the work is) with what waits in each for the managers. */
export async function callsAtWork(db: Db, now = new Date()): Promise<CallAtWork[]> {
  const callRows = (await db.select().from(calls)).map(toCall);
  const appRows = await db.select({ id: applications.id, callId: applications.callId, status: applications.status }).from(applications);
  const sheetRows = await db.select({ applicationId: assignments.applicationId, status: assignments.status, total: assignments.total }).from(assignments);
  const items = callRows.map((c) => {
    // A two-stage call is open again for the shortlisted leads until the full-application deadline.
    const deadlineAt = stageDeadlineAt(c.rules, c.stage);
    const stage = callStage(c.status, { ...c.rules, deadlineAt }, now);
    const apps = appRows.filter((a) => a.callId === c.id).map((a) => ({ status: a.status, sheets: sheetRows.filter((s) => s.applicationId === a.id) }));
    return { id: c.id, reference: c.reference, titleEn: c.titleEn, titleTr: c.titleTr, stage, deadlineAt, waits: callWaits(stage, c.rules, apps, c.rules.twoStage && c.stage === 'concept') };
  });
  const waiting = (x: CallAtWork) => Object.values(x.waits).reduce((s, n) => s + n, 0);
  return items.sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || waiting(b) - waiting(a) || Date.parse(a.deadlineAt) - Date.parse(b.deadlineAt));
}

/** Grant reports waiting for the managers' decision, oldest first. */
export async function reportsAwaitingDecision(db: Db): Promise<{ id: string; awardId: string; kind: string; reference: string; submittedAt: Date }[]> {
  return db
    .select({ id: grantReports.id, awardId: grantReports.awardId, kind: grantReports.kind, reference: applications.reference, submittedAt: grantReports.submittedAt })
    .from(grantReports)
    .innerJoin(awards, eq(awards.id, grantReports.awardId))
    .innerJoin(applications, eq(applications.id, awards.applicationId))
    .where(eq(grantReports.status, 'submitted'))
    .orderBy(grantReports.submittedAt, grantReports.id);
}
