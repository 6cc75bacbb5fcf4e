import { and, eq, isNotNull } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { Results, Statement } from '../../../shared/participation';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { parseJsonb } from '../../platform/jsonb';
import { notifyPeople } from '../matching/matching.notify';
import { cachedResults } from './results/participation.cache';
import { canModerateStatements, canPublishDecision } from './participation.policy';
import { consultationResults } from './participation.results';
import { consultationResponses, consultations, consultationStatements } from './participation.schema';
import { consultationRow, getConsultation, readableRow, refuse } from './participation.service';
import { accessOf, questionsOf, shownStatements, statusAt, storedAnswers, storedVotes } from './participation.view';

/** Raw and group-balanced results for whoever may read the consultation. */
export async function resultsOf(ctx: AppContext, user: SessionUser | null, id: string): Promise<Results> {
  await readableRow(ctx, user, id);
  return currentResults(ctx, id);
}

/** The results from the shared cache while nothing they depend on changed (results/participation.cache.ts), else computed and stored. */
export function currentResults(ctx: AppContext, id: string): Promise<Results> {
  return cachedResults(ctx.db, id, () => computeResults(ctx, id));
}

/**
 * The results computed afresh. Respondents enter as group, side and answers only (no id, no name), and
 * free text is dropped before the rules see it. Reads the consultation again: the cache's fingerprint
 * was taken before, so what is computed is never older than it.
 */
export async function computeResults(ctx: AppContext, id: string): Promise<Results> {
  const row = await consultationRow(ctx, ctx.db, id);
  const rows = await ctx.db.select().from(consultationResponses).where(eq(consultationResponses.consultationId, id));
  const responses = rows.map((r) => ({
    group: r.group as Results['groups'][number]['group'],
    side: r.side as Results['groups'][number]['side'],
    answers: parseJsonb(storedAnswers, r.answers, `response ${r.id} answers`).map(({ text: _text, ...a }) => a),
    votes: parseJsonb(storedVotes, r.votes, `response ${r.id} votes`),
  }));
  const figures = consultationResults({ questions: questionsOf(row), statements: await shownStatements(ctx.db, id), minGroupSize: row.minGroupSize }, responses);
  const decision = row.decisionAt ? { text: { tr: row.decisionTr ?? '', en: row.decisionEn ?? '' }, publishedAt: row.decisionAt.toISOString() } : null;
  return { ...figures, decision };
}

/** The organiser (or programme staff) publishes the decision once closed; every respondent is told. */
export async function publishDecision(ctx: AppContext, user: SessionUser, id: string, text: { tr: string; en: string }) {
  await ctx.db.transaction(async (tx) => {
    const row = await consultationRow(ctx, tx, id, true);
    if (!canPublishDecision(user, accessOf(row))) throw refuse(user, 'Only the organiser and programme managers publish the decision');
    if (statusAt(row) !== 'closed') throw conflict('consultation_not_closed', `The consultation closes at ${row.closesAt.toISOString()}`, { at: row.closesAt.toISOString() });
    if (row.decisionAt) throw conflict('decision_published', 'The decision is already published');
    await tx.update(consultations).set({ decisionTr: text.tr, decisionEn: text.en, decisionAt: new Date(), updatedAt: new Date() }).where(eq(consultations.id, id));
    await audit(tx, { actorId: user.id, action: 'consultation.decision_published', entityType: 'consultation', entityId: id, after: { decision: text } });
    // Account holders only: an anonymous respondent's address was never kept, so nobody can be told.
    const respondents = await tx.select({ userId: consultationResponses.userId }).from(consultationResponses).where(and(eq(consultationResponses.consultationId, id), isNotNull(consultationResponses.userId)));
    const title = row.titleEn || row.titleTr;
    await notifyPeople(tx, ctx, respondents.flatMap((r) => (r.userId ? [r.userId] : [])), 'consultation_decision', { title, link: `/consultations/${id}` }, { subject: `consultation:${id}`, message: text.en || text.tr });
  });
  return getConsultation(ctx, user, id);
}

/** Respondents' statements that wait for moderation (organiser and programme staff only). */
export async function pendingStatements(ctx: AppContext, user: SessionUser, id: string): Promise<{ items: Statement[] }> {
  const row = await consultationRow(ctx, ctx.db, id);
  if (!canModerateStatements(user, accessOf(row))) throw refuse(user, 'Only the organiser and programme managers moderate statements');
  const items = await ctx.db
    .select({ id: consultationStatements.id, text: consultationStatements.text, byRespondent: consultationStatements.byRespondent })
    .from(consultationStatements)
    .where(and(eq(consultationStatements.consultationId, id), eq(consultationStatements.status, 'pending')))
    .orderBy(consultationStatements.createdAt, consultationStatements.id);
  return { items };
}

/** Accept (show to respondents) or reject a respondent's statement, once. */
export async function decideStatement(ctx: AppContext, user: SessionUser, id: string, statementId: string, accept: boolean): Promise<Statement> {
  return ctx.db.transaction(async (tx) => {
    const row = await consultationRow(ctx, tx, id);
    if (!canModerateStatements(user, accessOf(row))) throw refuse(user, 'Only the organiser and programme managers moderate statements');
    const [s] = await tx.select().from(consultationStatements).where(and(eq(consultationStatements.id, statementId), eq(consultationStatements.consultationId, id))).for('update');
    if (!s) throw notFound('No such statement in this consultation');
    if (s.status !== 'pending') throw conflict('statement_decided', `This statement was already ${s.status === 'shown' ? 'accepted' : 'rejected'}`);
    const status = accept ? 'shown' : 'rejected';
    await tx.update(consultationStatements).set({ status }).where(eq(consultationStatements.id, statementId));
    await audit(tx, { actorId: user.id, action: accept ? 'consultation.statement_accepted' : 'consultation.statement_rejected', entityType: 'consultation', entityId: id, before: { statementId, status: s.status }, after: { statementId, status } });
    return { id: s.id, text: s.text, byRespondent: s.byRespondent };
  });
}
