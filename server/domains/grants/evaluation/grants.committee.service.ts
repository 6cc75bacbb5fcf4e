import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { CommitteeRole, CommitteeView } from '../../../../shared/grants.review';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { conflict, forbidden, notFound } from '../../../platform/errors';
import { rulesBroken } from '../../../platform/problems';
import { listUsers } from '../../accounts/accounts.admin';
import { userNames } from '../../accounts/accounts.users';
import { findCall } from '../calls/call.row';
import { managesGrants } from '../grants.policy';
import { applications, assignments, committeeMembers, consensusScores, evaluationReports } from '../grants.schema';
import { committeeProblems, type Candidate, type CommitteeInput } from './committee.rules';

type MemberRow = typeof committeeMembers.$inferSelect;
const POOL_PAGE = { limit: 100_000, offset: 0 };

/** The call's committee members, chair first. */
export async function membersOf(db: Db, callId: string): Promise<MemberRow[]> {
  const order: Record<string, number> = { chair: 0, secretary: 1, voting: 2 };
  const rows = await db.select().from(committeeMembers).where(eq(committeeMembers.callId, callId));
  return rows.sort((a, b) => (order[a.role] ?? 3) - (order[b.role] ?? 3) || a.createdAt.getTime() - b.createdAt.getTime());
}

/** The call's report row (approval and award proposal), or undefined before either. */
export async function reportOf(db: Db, callId: string, lock = false) {
  const q = db.select().from(evaluationReports).where(eq(evaluationReports.callId, callId));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/**
 * The gate before any application of the call is shown to a committee member: a member who has not
 * signed the declaration of impartiality and confidentiality is refused (409). People who are not on
 * the committee pass here; their role decides elsewhere.
 */
export async function requireDeclaredIfMember(db: Db, callId: string, user: SessionUser): Promise<MemberRow | undefined> {
  const [me] = await db.select().from(committeeMembers).where(and(eq(committeeMembers.callId, callId), eq(committeeMembers.userId, user.id)));
  if (me && !me.declaredAt) throw conflict('committee_declaration_missing', 'Sign the declaration of impartiality and confidentiality first', { count: 1 });
  return me;
}

/** People who may sit on a committee, by id: programme staff and assessors (the pool the rules choose from). */
async function candidates(db: Db): Promise<Map<string, Candidate & { name: string }>> {
  const out = new Map<string, Candidate & { name: string }>();
  for (const role of ['programme_manager', 'admin', 'assessor'] as const)
    for (const u of (await listUsers(db, { ...POOL_PAGE, role })).items) out.set(u.id, { role: u.role, disabled: u.disabled, name: u.name });
  return out;
}

/** People a manager may seat (programme staff and assessors, not disabled). */
export async function committeeCandidates(ctx: AppContext, user: SessionUser) {
  if (!managesGrants(user)) throw forbidden('Only programme managers appoint the committee');
  const all = await candidates(ctx.db);
  return { items: [...all].filter(([, c]) => !c.disabled).map(([id, c]) => ({ id, name: c.name, role: c.role })).sort((a, b) => a.name.localeCompare(b.name)) };
}

/**
 * Appoint (or re-appoint) the committee of a call (managers). Members who keep their seat keep their
 * declaration; a new seat starts undeclared. Refused once the evaluation report is approved.
 */
export async function setCommittee(ctx: AppContext, user: SessionUser, callId: string, input: CommitteeInput): Promise<CommitteeView> {
  if (!managesGrants(user)) throw forbidden('Only programme managers appoint the committee');
  await ctx.db.transaction(async (tx) => {
    const call = await findCall(tx, callId, true);
    if (!call) throw notFound('No such call');
    if (call.status === 'awarded') throw conflict('call_already_awarded', 'This call is already awarded; its committee is final');
    if ((await reportOf(tx, callId))?.approvedAt) throw conflict('committee_report_approved', 'The evaluation report is approved; the committee is final');
    const problems = committeeProblems(input, await candidates(tx));
    if (problems.length) throw rulesBroken('The committee does not follow the composition rules', problems);
    const before = await membersOf(tx, callId);
    const seats: [string, CommitteeRole][] = [[input.chairId, 'chair'], [input.secretaryId, 'secretary'], ...input.votingIds.map((id): [string, CommitteeRole] => [id, 'voting'])];
    await tx.delete(committeeMembers).where(eq(committeeMembers.callId, callId));
    for (const [userId, role] of seats) {
      const kept = before.find((m) => m.userId === userId && m.role === role);
      await tx.insert(committeeMembers).values({ callId, userId, role, declaredAt: kept?.declaredAt ?? null, createdAt: kept?.createdAt ?? new Date() });
    }
    await audit(tx, { actorId: user.id, action: 'evaluation.committee_appointed', entityType: 'call', entityId: callId, before: { members: before.map((m) => ({ userId: m.userId, role: m.role })) }, after: { members: seats.map(([userId, role]) => ({ userId, role })) } });
  });
  return committeeOf(ctx, user, callId);
}

/** A member signs the declaration of impartiality and confidentiality (once). */
export async function declareImpartiality(ctx: AppContext, user: SessionUser, callId: string): Promise<CommitteeView> {
  await ctx.db.transaction(async (tx) => {
    const [me] = await tx.select().from(committeeMembers).where(and(eq(committeeMembers.callId, callId), eq(committeeMembers.userId, user.id))).for('update');
    if (!me) throw forbidden('Only members of this call’s evaluation committee sign its declaration');
    if (me.declaredAt) throw conflict('committee_declaration_made', 'The declaration is already signed');
    const now = new Date();
    await tx.update(committeeMembers).set({ declaredAt: now }).where(and(eq(committeeMembers.callId, callId), eq(committeeMembers.userId, user.id), isNull(committeeMembers.declaredAt)));
    await audit(tx, { actorId: user.id, action: 'evaluation.committee_declaration_signed', entityType: 'call', entityId: callId, after: { role: me.role, impartial: true, confidential: true } });
  });
  return committeeOf(ctx, user, callId);
}

/** The committee with its declarations, the averages and justified changes, the report's approval and the award proposal. */
export async function committeeOf(ctx: AppContext, user: SessionUser, callId: string): Promise<CommitteeView> {
  const call = await findCall(ctx.db, callId);
  if (!call) throw notFound('No such call');
  const members = await membersOf(ctx.db, callId);
  const mineRow = members.find((m) => m.userId === user.id);
  if (!managesGrants(user) && !mineRow) throw forbidden('Only programme managers and the committee see the committee');
  const report = await reportOf(ctx.db, callId);
  const names = await userNames(ctx.db, [...members.map((m) => m.userId), report?.approvedBy, report?.awardProposedBy].filter((x): x is string => !!x));
  const view = (m: MemberRow) => ({ userId: m.userId, name: names.get(m.userId) ?? '—', role: m.role as CommitteeRole, declaredAt: m.declaredAt?.toISOString() ?? null });
  // A member reads no score before signing; programme staff off the committee read them.
  const mayRead = mineRow ? mineRow.declaredAt !== null : true;
  const rows = mayRead
    ? await ctx.db.select({ app: applications, c: consensusScores }).from(applications).innerJoin(consensusScores, eq(consensusScores.applicationId, applications.id)).where(eq(applications.callId, callId)).orderBy(applications.reference)
    : [];
  const scores = rows.map(({ app, c }) => {
    const sections = Object.entries(c.sections);
    const known = sections.every(([, v]) => typeof v.average === 'number');
    return {
      applicationId: app.id, reference: app.reference, total: c.total, passed: c.passed, eliminatedBy: c.eliminatedBy,
      average: known ? Math.round(sections.reduce((s, [, v]) => s + (v.average ?? 0), 0) * 100) / 100 : null,
      changes: sections.filter(([, v]) => v.justification !== '').map(([section, v]) => ({ section, average: v.average ?? null, score: v.score, justification: v.justification })),
    };
  });
  return {
    callId, members: members.map(view), mine: mineRow ? view(mineRow) : null, scores,
    reportApprovedAt: report?.approvedAt?.toISOString() ?? null, reportApprovedBy: report?.approvedBy ? (names.get(report.approvedBy) ?? '—') : null,
    awardProposedAt: report?.awardProposedAt?.toISOString() ?? null, awardProposedBy: report?.awardProposedBy ? (names.get(report.awardProposedBy) ?? '—') : null,
  };
}

/** Everyone who evaluated in the call: its assessors (unless they stepped aside for a conflict) and its voting members. */
export async function evaluatorsOf(db: Db, callId: string): Promise<Set<string>> {
  const assessed = await db.select({ id: assignments.assessorId }).from(assignments).innerJoin(applications, eq(applications.id, assignments.applicationId)).where(and(eq(applications.callId, callId), ne(assignments.status, 'conflicted')));
  const voting = await db.select({ id: committeeMembers.userId }).from(committeeMembers).where(and(eq(committeeMembers.callId, callId), inArray(committeeMembers.role, ['voting'])));
  return new Set([...assessed, ...voting].map((x) => x.id));
}
