import { and, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { answer, question, VOTES, type Consultation, type Question, type Statement } from '../../../shared/participation';
import type { Db } from '../../platform/db';
import { parseJsonb } from '../../platform/jsonb';
import type { AppContext } from '../../platform/context';
import { userNames } from '../accounts/accounts.users';
import type { SessionUser } from '../../../shared/accounts';
import { canModerateStatements, type ConsultationAccess } from './participation.policy';
import { consultationResponses, consultations, consultationStatements } from './participation.schema';

export type ConsultationRow = typeof consultations.$inferSelect;
export type ResponseRow = typeof consultationResponses.$inferSelect;

const questions = z.array(question);
const codes = z.array(z.string());
export const storedAnswers = z.array(answer);
export const storedVotes = z.array(z.object({ statementId: z.string(), vote: z.enum(VOTES) }));

/** Upcoming, open or closed, by the server's clock. */
export function statusAt(row: Pick<ConsultationRow, 'opensAt' | 'closesAt'>, now = new Date()): Consultation['status'] {
  if (now < row.opensAt) return 'upcoming';
  return now < row.closesAt ? 'open' : 'closed';
}

export function questionsOf(row: ConsultationRow): Question[] {
  return parseJsonb(questions, row.questions, `consultation ${row.id} questions`);
}

/** What the policy needs to know of a consultation. */
export function accessOf(row: ConsultationRow): ConsultationAccess {
  return { audience: row.audience as ConsultationAccess['audience'], invitedAuthorities: parseJsonb(codes, row.invitedAuthorities, `consultation ${row.id} invited`), organiserId: row.organiserId };
}

/** The statements respondents may see and mark: the organiser's and the accepted ones of respondents. */
export async function shownStatements(db: Db, consultationId: string): Promise<Statement[]> {
  const rows = await db
    .select({ id: consultationStatements.id, text: consultationStatements.text, byRespondent: consultationStatements.byRespondent })
    .from(consultationStatements)
    .where(and(eq(consultationStatements.consultationId, consultationId), eq(consultationStatements.status, 'shown')))
    .orderBy(consultationStatements.createdAt, consultationStatements.id);
  return rows;
}

/**
 * Consultations as the API shows them, in one query per table for the whole batch. Only the
 * organiser is named; respondents are a count, never names or ids.
 */
export async function toConsultations(ctx: AppContext, rows: readonly ConsultationRow[], reader: SessionUser | null, now = new Date()): Promise<Consultation[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [names, statements, counts] = await Promise.all([
    userNames(ctx.db, rows.map((r) => r.organiserId)),
    ctx.db.select().from(consultationStatements).where(and(inArray(consultationStatements.consultationId, ids), eq(consultationStatements.status, 'shown'))).orderBy(consultationStatements.createdAt, consultationStatements.id),
    ctx.db.select({ id: consultationResponses.consultationId, n: count() }).from(consultationResponses).where(inArray(consultationResponses.consultationId, ids)).groupBy(consultationResponses.consultationId),
  ]);
  return rows.map((r) => ({
    id: r.id,
    title: { tr: r.titleTr, en: r.titleEn },
    description: { tr: r.descriptionTr, en: r.descriptionEn },
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    status: statusAt(r, now),
    audience: accessOf(r).audience,
    link: r.linkKind && r.linkId ? { kind: r.linkKind as NonNullable<Consultation['link']>['kind'], id: r.linkId } : null,
    organiser: { name: names.get(r.organiserId) ?? '', authorityCode: r.organiserAuthority },
    minGroupSize: r.minGroupSize,
    allowNewStatements: r.allowNewStatements,
    questions: questionsOf(r),
    statements: statements.filter((s) => s.consultationId === r.id).map((s) => ({ id: s.id, text: s.text, byRespondent: s.byRespondent })),
    respondents: counts.find((c) => c.id === r.id)?.n ?? 0,
    decision: r.decisionAt ? { text: { tr: r.decisionTr ?? '', en: r.decisionEn ?? '' }, publishedAt: r.decisionAt.toISOString() } : null,
    demo: r.demo,
    canManage: canModerateStatements(reader, accessOf(r)),
  }));
}
