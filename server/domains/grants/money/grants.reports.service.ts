import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors';
import { canReportOn, managesGrants } from '../grants.policy';
import { applications, awards, grantReports } from '../grants.schema';
import { awardOf, loadAward } from './grants.money.service';
import { contractFigures } from './grants.contract.figures';
import { VERIFICATION_ABOVE_CENTS } from './payments.schedule.rules';
import { acceptedCostProblems, headingAmounts } from '../../../../shared/grants.budget.flex.rules';
import { rulesBroken } from '../../../platform/problems';
import { problem } from '../../../../shared/problems';
import { notifyAwardLead } from '../grants.notify';

export interface ReportInput {
  kind: 'interim' | 'final';
  narrative: string;
  indicators: { name: string; achieved: number }[];
  costs: Partial<Record<string, number>>;
  verification?: { auditor: string; issuedOn: string };
  otherIncomeCents?: number;
}



/** The lead authority reports on a running contract: narrative against the indicators, costs by heading. */
export async function submitReport(ctx: AppContext, user: SessionUser, awardId: string, input: ReportInput) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select({ award: awards, lead: applications.leadCode }).from(awards).innerJoin(applications, eq(applications.id, awards.applicationId)).where(eq(awards.id, awardId)).for('update', { of: awards });
    if (!row) throw notFound('No such award');
    if (!canReportOn(user, row.lead)) throw forbidden('Only officers of the lead authority report');
    if (row.award.status !== 'contracted') throw conflict('contract_not_running', 'Reports are for a running contract');
    const open = await tx.select().from(grantReports).where(eq(grantReports.awardId, awardId));
    if (open.some((r) => r.status === 'submitted')) throw conflict('report_waiting', 'A report is waiting for the programme manager');
    if (input.kind === 'final' && open.some((r) => r.kind === 'final' && r.status === 'approved')) throw conflict('final_report_approved', 'The final report is already approved');
    if (input.kind === 'final' && row.award.grantCents > VERIFICATION_ABOVE_CENTS && !input.verification)
      throw rulesBroken('An expenditure verification report is required', [problem('verification', 'verification_required', { aboveCents: VERIFICATION_ABOVE_CENTS })]);
    const costs = Object.fromEntries(Object.entries(input.costs).filter((e): e is [string, number] => e[1] !== undefined));
    const [report] = await tx.insert(grantReports).values({ awardId, kind: input.kind, narrative: input.narrative, indicators: input.indicators, costs, submittedBy: user.id, verification: input.verification ?? null, otherIncomeCents: input.otherIncomeCents ?? 0 }).returning();
    await audit(tx, { actorId: user.id, action: `report.${input.kind}_submitted`, entityType: 'award', entityId: awardId, after: { reportId: report!.id } });
  });
  return awardOf(ctx, user, awardId);
}

/** The programme manager approves a report (a final one with the accepted eligible costs) or returns it with comments. */
export async function decideReport(ctx: AppContext, user: SessionUser, reportId: string, d: { decision: 'approved' | 'returned'; comments: string; acceptedCostsCents?: number; acceptedCosts?: Partial<Record<string, number>> }) {
  if (!managesGrants(user)) throw forbidden('Only programme managers decide on reports');
  const awardId = await ctx.db.transaction(async (tx) => {
    const [r] = await tx.select().from(grantReports).where(eq(grantReports.id, reportId)).for('update');
    if (!r) throw notFound('No such report');
    if (r.status !== 'submitted') throw conflict('report_decided', `The report is already ${r.status}`);
    if (d.decision === 'returned' && !d.comments) throw badRequest('Say what to change', [{ path: 'comments', message: 'required when returning a report' }]);
    const reported = Object.values(r.costs).reduce((s, c) => s + c, 0);
    const byHeading = d.acceptedCosts ? headingAmounts(d.acceptedCosts) : null;
    if (byHeading) d = { ...d, acceptedCostsCents: Object.values(byHeading).reduce((s, c) => s + c, 0) };
    if (d.decision === 'approved' && r.kind === 'final' && d.acceptedCostsCents === undefined) throw badRequest('Accepted costs missing', [{ path: 'acceptedCostsCents', message: 'required to approve a final report' }]);
    if (d.acceptedCostsCents !== undefined && d.acceptedCostsCents > reported) throw badRequest('Too much', [{ path: 'acceptedCostsCents', message: `at most the reported costs (${reported} cents)` }]);
    if (d.decision === 'approved' && d.acceptedCostsCents !== undefined) {
      // The headings and the indirect cap bind what is accepted: a breakdown given, or else the reported one.
      const { award, app, call } = await loadAward(tx, r.awardId, false);
      const f = await contractFigures(tx, award, app.content);
      const problems = acceptedCostProblems(byHeading ?? headingAmounts(r.costs), f.current, call.rules.maxIndirectBp);
      if (problems.length) throw rulesBroken('The accepted costs break the budget’s headings', problems);
    }
    await tx.update(grantReports).set({ status: d.decision, comments: d.comments, acceptedCostsCents: d.decision === 'approved' ? (d.acceptedCostsCents ?? null) : null, acceptedCosts: d.decision === 'approved' ? byHeading : null, decidedAt: new Date() }).where(eq(grantReports.id, reportId));
    await audit(tx, { actorId: user.id, action: `report.${d.decision}`, entityType: 'award', entityId: r.awardId, before: { status: 'submitted' }, after: { reportId, status: d.decision, acceptedCostsCents: d.acceptedCostsCents ?? null } });
    await notifyAwardLead(tx, ctx, r.awardId, d.decision === 'approved' ? 'report_approved' : 'report_returned');
    return r.awardId;
  });
  return awardOf(ctx, user, awardId);
}
