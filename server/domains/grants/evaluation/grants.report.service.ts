import { and, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import { UNDECIDED_STATUSES } from '../../../../shared/grants.counts';
import { formatIstanbul } from '../../../../shared/istanbul';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { conflict, forbidden, notFound } from '../../../platform/errors';
import { userNames } from '../../accounts/accounts.users';
import { rankingOf } from '../awards/grants.award.service';
import { findCall } from '../calls/call.row';
import { managesGrants, mayApproveReport } from '../grants.policy';
import { applications, consensusScores, evaluationReports } from '../grants.schema';
import { membersOf, reportOf, requireDeclaredIfMember } from './grants.committee.service';
import { evaluationReportPdf, type ReportData } from './grants.report.pdf';

const locale = (lang: 'tr' | 'en') => (lang === 'tr' ? 'tr-TR' : 'en-GB');
const euros = (cents: number, lang: 'tr' | 'en') => new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(cents / 100);

/**
 * Approve the call's evaluation report: by its chair, or a programme manager who is not its secretary;
 * only once every member signed the declaration and every application is scored. Awards wait for it.
 */
export async function approveReport(ctx: AppContext, user: SessionUser, callId: string) {
  await ctx.db.transaction(async (tx) => {
    const call = await findCall(tx, callId, true);
    if (!call) throw notFound('No such call');
    const members = await membersOf(tx, callId);
    const seat = (role: string) => members.find((m) => m.role === role)?.userId ?? null;
    if (!mayApproveReport(user, { chairId: seat('chair'), secretaryId: seat('secretary') })) throw forbidden('The chair, or a programme manager who is not the secretary, approves the report');
    if (!members.length) throw conflict('committee_missing', 'Appoint the evaluation committee of this call first');
    await requireDeclaredIfMember(tx, callId, user);
    const undeclared = members.filter((m) => !m.declaredAt).length;
    if (undeclared) throw conflict('committee_declaration_missing', `${undeclared} member(s) have not signed the declaration`, { count: undeclared });
    if ((await reportOf(tx, callId, true))?.approvedAt) throw conflict('committee_report_approved', 'The evaluation report is already approved');
    const pending = (await tx.select({ id: applications.id }).from(applications).where(and(eq(applications.callId, callId), inArray(applications.status, [...UNDECIDED_STATUSES])))).length;
    const scored = (await tx.select({ id: consensusScores.applicationId }).from(consensusScores).innerJoin(applications, eq(applications.id, consensusScores.applicationId)).where(eq(applications.callId, callId))).length;
    if (pending || !scored) throw conflict('committee_report_not_ready', `${pending} application(s) are still under check or evaluation`, { count: pending });
    const now = new Date();
    await tx.insert(evaluationReports).values({ callId, approvedBy: user.id, approvedAt: now }).onConflictDoUpdate({ target: evaluationReports.callId, set: { approvedBy: user.id, approvedAt: now } });
    await audit(tx, { actorId: user.id, action: 'evaluation.report_approved', entityType: 'call', entityId: callId, after: { approvedAt: now.toISOString(), scored } });
  });
}

/** The evaluation report as a PDF (programme managers, and committee members after their declaration). */
export async function reportPdf(ctx: AppContext, user: SessionUser, callId: string, lang: 'tr' | 'en'): Promise<{ filename: string; body: Uint8Array }> {
  const call = await findCall(ctx.db, callId);
  if (!call) throw notFound('No such call');
  const members = await membersOf(ctx.db, callId);
  if (!managesGrants(user) && !members.some((m) => m.userId === user.id)) throw forbidden('Only programme managers and the committee read the evaluation report');
  await requireDeclaredIfMember(ctx.db, callId, user);
  const report = await reportOf(ctx.db, callId);
  const names = await userNames(ctx.db, [...members.map((m) => m.userId), ...(report?.approvedBy ? [report.approvedBy] : [])]);
  const { rows, ranked, allocation } = await rankingOf(ctx.db, callId);
  const grid = call.rules.grid;
  const sectionTitle = (key: string) => {
    const s = grid.sections.find((x) => x.key === key);
    return s ? (lang === 'tr' ? s.titleTr : s.titleEn) : key;
  };
  const lead = (code: string) => ctx.directory.get(code)?.name ?? code;
  const averageOf = (c: (typeof rows)[number]['c']) => {
    const v = Object.values(c.sections);
    return v.every((x) => typeof x.average === 'number') ? Math.round(v.reduce((s, x) => s + (x.average ?? 0), 0) * 100) / 100 : null;
  };
  const outcome = (id: string) => (allocation.awarded.includes(id) ? 'awarded' : allocation.reserve.includes(id) ? 'reserve' : allocation.excluded.includes(id) ? 'excluded' : 'rejected');
  const byId = new Map(rows.map((r) => [r.app.id, r]));
  const data: ReportData = {
    lang, reference: call.reference, title: lang === 'tr' ? call.titleTr : call.titleEn,
    approved: report?.approvedAt ? { at: formatIstanbul(report.approvedAt.toISOString(), locale(lang)), by: names.get(report.approvedBy ?? '') ?? '—' } : null,
    members: members.map((m) => ({ name: names.get(m.userId) ?? '—', role: m.role as 'chair' | 'secretary' | 'voting', declaredAt: m.declaredAt ? formatIstanbul(m.declaredAt.toISOString(), locale(lang)) : null })),
    ranked: ranked.map((x) => {
      const r = byId.get(x.id)!;
      return { rank: x.rank, reference: r.app.reference, lead: lead(r.app.leadCode), average: averageOf(r.c), total: r.c.total, grant: euros(x.requestedGrantCents, lang), outcome: outcome(x.id) };
    }),
    failed: rows.filter((r) => !r.c.passed).map((r) => ({ reference: r.app.reference, lead: lead(r.app.leadCode), total: r.c.total, reason: r.c.eliminatedBy ? sectionTitle(r.c.eliminatedBy) : '—' })),
    changes: rows.flatMap((r) => Object.entries(r.c.sections).filter(([, v]) => v.justification !== '').map(([k, v]) => ({ reference: r.app.reference, section: sectionTitle(k), average: v.average ?? null, score: v.score, justification: v.justification }))),
    budget: euros(call.rules.budgetCents, lang),
    awarded: euros(allocation.committedCents, lang),
  };
  const body = await evaluationReportPdf(data);
  return { filename: `evaluation-report-${call.reference.replace(/[^A-Za-z0-9-]+/g, '-')}-${lang}.pdf`, body };
}
