import { and, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import { UNDECIDED_STATUSES } from '../../../../shared/grants.counts';
import { beforeDeadlineRefusal, preSelectionThreshold, shortlist, stageDeadlineAt, stageGrid } from '../../../../shared/grants.concept';
import type { ShortlistView } from '../../../../shared/grants.stages';
import { gridMaxScore } from '../../../../shared/grants.call.rules';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import type { Db, Tx } from '../../../platform/db';
import { conflict, forbidden, notFound, refused } from '../../../platform/errors';
import { notifyOfficers } from '../../matching/matching.notify';
import { notifyLead } from '../grants.notify';
import { managesGrants } from '../grants.policy';
import { applications, assignments, calls, conceptNotes, consensusScores } from '../grants.schema';
import { findCall, type Call } from './call.row';

type Candidate = { app: typeof applications.$inferSelect; c: typeof consensusScores.$inferSelect };

/** The call's concept notes the committee scored, not yet shortlisted. */
async function evaluatedConceptNotes(db: Db, callId: string): Promise<Candidate[]> {
  return db.select({ app: applications, c: consensusScores }).from(applications).innerJoin(consensusScores, eq(consensusScores.applicationId, applications.id))
    .where(and(eq(applications.callId, callId), eq(applications.stage, 'concept'), eq(applications.status, 'evaluated')))
    .orderBy(applications.reference);
}

/** Concept notes still in the administrative check or evaluation: the shortlist waits for them. */
async function pendingConceptNotes(db: Db, callId: string): Promise<number> {
  const rows = await db.select({ id: applications.id }).from(applications).where(and(eq(applications.callId, callId), eq(applications.stage, 'concept'), inArray(applications.status, [...UNDECIDED_STATUSES])));
  return rows.length;
}

function twoStageCall(call: Call | undefined): Call {
  if (!call) throw notFound('No such call');
  if (!call.rules.twoStage) throw conflict('call_not_two_stage', 'This call has one stage: there are no concept notes to shortlist');
  return call;
}

/** The shortlist step as the manager sees it: concept notes with their scores, before or after the shortlist. */
export async function shortlistView(ctx: AppContext, user: SessionUser, callId: string): Promise<ShortlistView> {
  if (!managesGrants(user)) throw forbidden('Only programme managers shortlist concept notes');
  const call = twoStageCall(await findCall(ctx.db, callId));
  const threshold = preSelectionThreshold(call.rules);
  const name = (code: string) => ctx.directory.get(code)?.name ?? code;
  const base = { stage: call.stage as 'concept' | 'full', threshold, maxScore: gridMaxScore(stageGrid(call.rules, 'concept')), deadlineAt: call.rules.deadlineAt, fullDeadlineAt: stageDeadlineAt(call.rules, 'full') };
  if (call.stage === 'concept') {
    const rows = await evaluatedConceptNotes(ctx.db, callId);
    const items = rows.map(({ app, c }) => ({ applicationId: app.id, reference: app.reference, leadName: name(app.leadCode), total: c.total, passed: c.passed, aboveThreshold: c.passed && c.total >= threshold, shortlisted: null }));
    return { ...base, pending: await pendingConceptNotes(ctx.db, callId), items };
  }
  const rows = await ctx.db.select({ app: applications, n: conceptNotes }).from(conceptNotes).innerJoin(applications, eq(applications.id, conceptNotes.applicationId)).where(eq(applications.callId, callId)).orderBy(applications.reference);
  const items = rows.map(({ app, n }) => ({ applicationId: app.id, reference: app.reference, leadName: name(app.leadCode), total: n.total, passed: n.passed, aboveThreshold: n.passed && n.total >= threshold, shortlisted: n.shortlisted }));
  return { ...base, pending: 0, items };
}

/**
 * Shortlist the best concept notes at or above the call's pre-selection threshold, at most `count`
 * (managers, once, after the concept deadline and once every concept note is evaluated). The call
 * moves to its full stage; only the shortlisted leads are invited (notice and mail) to submit a full
 * application by the full-application deadline; the other concept notes are rejected. Each concept
 * note's sheets and consensus are kept in concept_notes, so the full application is assessed afresh.
 */
export async function shortlistCall(ctx: AppContext, user: SessionUser, callId: string, count: number): Promise<ShortlistView> {
  if (!managesGrants(user)) throw forbidden('Only programme managers shortlist concept notes');
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const call = twoStageCall(await findCall(tx, callId, true));
    if (call.stage !== 'concept') throw conflict('call_not_concept_stage', 'The concept notes of this call are already shortlisted');
    const early = beforeDeadlineRefusal(call.rules, 'concept', now);
    if (early) throw refused(early);
    const fullDeadlineAt = stageDeadlineAt(call.rules, 'full');
    if (Date.parse(fullDeadlineAt) <= now.getTime()) throw conflict('shortlist_full_deadline_passed', `The full-application deadline ${fullDeadlineAt} has passed`, { at: fullDeadlineAt });
    await tx.select({ id: applications.id }).from(applications).where(eq(applications.callId, callId)).orderBy(applications.id).for('update');
    const pending = await pendingConceptNotes(tx, callId);
    if (pending) throw conflict('shortlist_concept_notes_pending', `${pending} concept note(s) are still under check or evaluation`, { count: pending });
    const rows = await evaluatedConceptNotes(tx, callId);
    const threshold = preSelectionThreshold(call.rules);
    const candidates = rows.map(({ app, c }) => ({ id: app.id, total: c.total, passed: c.passed, sections: Object.fromEntries(Object.entries(c.sections).map(([k, v]) => [k, v.score])) }));
    const result = shortlist(candidates, threshold, count, call.rules.tieBreakSection);
    if (!result.shortlisted.length) throw conflict('shortlist_empty', `No concept note reaches ${threshold} points within the ${count} asked`, { threshold, count });
    const chosen = new Set(result.shortlisted);
    for (const { app, c } of rows) await decide(tx, ctx, user, app, c, chosen.has(app.id), fullDeadlineAt, now);
    await tx.update(calls).set({ stage: 'full', updatedAt: now }).where(eq(calls.id, callId));
    await audit(tx, { actorId: user.id, action: 'call.shortlisted', entityType: 'call', entityId: callId, before: { stage: 'concept' }, after: { stage: 'full', count, threshold, shortlisted: result.shortlisted, tiedAtCut: result.tiedAtCut, fullDeadlineAt } });
  });
  return shortlistView(ctx, user, callId);
}

/** One concept note's outcome: its evaluation kept, then invited to the full stage or rejected. */
async function decide(tx: Tx, ctx: AppContext, user: SessionUser, app: Candidate['app'], c: Candidate['c'], chosen: boolean, fullDeadlineAt: string, now: Date): Promise<void> {
  const sheets = await tx.select().from(assignments).where(eq(assignments.applicationId, app.id));
  await tx.insert(conceptNotes).values({
    applicationId: app.id, total: c.total, passed: c.passed, shortlisted: chosen, sections: c.sections,
    sheets: sheets.filter((s) => s.status === 'submitted').map((s) => ({ assessorId: s.assessorId, total: s.total, scores: s.scores, further: s.further, submittedAt: s.submittedAt?.toISOString() ?? null })), decidedBy: user.id, decidedAt: now,
  });
  if (chosen) {
    await tx.delete(assignments).where(eq(assignments.applicationId, app.id));
    await tx.delete(consensusScores).where(eq(consensusScores.applicationId, app.id));
    await tx.update(applications).set({ status: 'shortlisted', stage: 'full', updatedAt: now }).where(eq(applications.id, app.id));
    await notifyOfficers(tx, ctx, app.leadCode, 'application_shortlisted', { title: app.reference, link: `/grants/applications/${app.id}`, deadline: fullDeadlineAt }, { subject: `application:${app.id}` });
  } else {
    await tx.update(applications).set({ status: 'rejected', decidedAt: now, updatedAt: now }).where(eq(applications.id, app.id));
    await notifyLead(tx, ctx, app, 'application_rejected');
  }
  await audit(tx, { actorId: user.id, action: chosen ? 'application.shortlisted' : 'application.not_shortlisted', entityType: 'application', entityId: app.id, before: { status: app.status, stage: 'concept' }, after: { status: chosen ? 'shortlisted' : 'rejected', stage: chosen ? 'full' : 'concept', total: c.total } });
}
