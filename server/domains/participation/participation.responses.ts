import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { ResponseInput } from '../../../shared/participation';
import { responseProblems } from '../../../shared/participation.rules';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { conflict, notFound } from '../../platform/errors';
import { parseJsonb } from '../../platform/jsonb';
import { rulesBroken } from '../../platform/problems';
import { canAnswer } from './participation.policy';
import { consultationResponses, consultationStatements } from './participation.schema';
import { consultationRow, refuse } from './participation.service';
import { accessOf, questionsOf, shownStatements, statusAt, storedAnswers, storedVotes, type ConsultationRow } from './participation.view';

/** The respondent may answer it, it is open, and the response fits it: else the refusal (403, 409, 400). */
async function checkAnswerable(ctx: AppContext, db: Db, user: SessionUser, row: ConsultationRow, input: ResponseInput): Promise<void> {
  if (!canAnswer(user, accessOf(row))) throw refuse(user, 'This consultation is for its invited authorities only');
  await checkOpenAndFitting(db, row, input);
}

/** The consultation is open and the response fits it: else the 409 or the 400 with every broken rule. */
export async function checkOpenAndFitting(db: Db, row: ConsultationRow, input: ResponseInput): Promise<void> {
  const status = statusAt(row);
  if (status === 'upcoming') throw conflict('consultation_not_open', `This consultation opens at ${row.opensAt.toISOString()}`, { at: row.opensAt.toISOString() });
  if (status === 'closed') throw conflict('consultation_closed', `This consultation closed at ${row.closesAt.toISOString()}`, { at: row.closesAt.toISOString() });
  const problems = responseProblems({ questions: questionsOf(row), statements: await shownStatements(db, row.id), allowNewStatements: row.allowNewStatements }, input);
  if (problems.length) throw rulesBroken('The response does not fit the consultation', problems);
}

/** A respondent's own statements wait for the organiser's moderation before anyone sees them. */
async function addStatements(db: Db, user: SessionUser, consultationId: string, texts: readonly string[]): Promise<void> {
  if (texts.length) await db.insert(consultationStatements).values(texts.map((text) => ({ consultationId, text, byRespondent: true, authorId: user.id, status: 'pending' })));
}

/** The first response of an account; a second (even posted at the same moment) is a 409, by the unique index. */
export async function respond(ctx: AppContext, user: SessionUser, id: string, input: ResponseInput): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await consultationRow(ctx, tx, id);
    await checkAnswerable(ctx, tx, user, row, input);
    const [created] = await tx
      .insert(consultationResponses)
      .values({ consultationId: id, userId: user.id, group: input.group, side: input.side, answers: input.answers, votes: input.votes })
      .onConflictDoNothing({ target: [consultationResponses.consultationId, consultationResponses.userId] })
      .returning({ id: consultationResponses.id });
    if (!created) throw conflict('already_responded', 'You have already answered this consultation; change your answer instead');
    await addStatements(tx, user, id, input.newStatements);
    await audit(tx, { actorId: user.id, action: 'consultation.responded', entityType: 'consultation', entityId: id, after: { group: input.group, side: input.side, answers: input.answers.length, votes: input.votes.length, newStatements: input.newStatements.length } });
  });
}

/** Change one's own response while the consultation is open. */
export async function changeResponse(ctx: AppContext, user: SessionUser, id: string, input: ResponseInput): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await consultationRow(ctx, tx, id);
    await checkAnswerable(ctx, tx, user, row, input);
    const mine = and(eq(consultationResponses.consultationId, id), eq(consultationResponses.userId, user.id));
    const [before] = await tx.select({ group: consultationResponses.group, side: consultationResponses.side }).from(consultationResponses).where(mine).for('update');
    if (!before) throw conflict('no_response_yet', 'You have not answered this consultation yet');
    await tx.update(consultationResponses).set({ group: input.group, side: input.side, answers: input.answers, votes: input.votes, updatedAt: new Date() }).where(mine);
    await addStatements(tx, user, id, input.newStatements);
    await audit(tx, { actorId: user.id, action: 'consultation.response_changed', entityType: 'consultation', entityId: id, before, after: { group: input.group, side: input.side, answers: input.answers.length, votes: input.votes.length, newStatements: input.newStatements.length } });
  });
}

/** The respondent's own response as they may read it back (their pending or accepted statements are not repeated). */
export async function myResponse(ctx: AppContext, user: SessionUser, id: string) {
  const row = await consultationRow(ctx, ctx.db, id);
  if (!canAnswer(user, accessOf(row))) throw refuse(user, 'This consultation is for its invited authorities only');
  const [r] = await ctx.db.select().from(consultationResponses).where(and(eq(consultationResponses.consultationId, id), eq(consultationResponses.userId, user.id)));
  if (!r) throw notFound('You have not answered this consultation yet');
  return {
    group: r.group as ResponseInput['group'],
    side: r.side as ResponseInput['side'],
    answers: parseJsonb(storedAnswers, r.answers, `response ${r.id} answers`),
    votes: parseJsonb(storedVotes, r.votes, `response ${r.id} votes`),
    newStatements: [],
    updatedAt: r.updatedAt.toISOString(),
  };
}
