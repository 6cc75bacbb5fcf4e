import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { CallRules } from '../../../shared/grants';
import type { AppContext } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import type { Column } from '../../platform/exports';
import { summariseBudget } from '../../../shared/grants.budget.rules';
import { scoreRows } from './grants.exports.scores';
import { findCall } from './calls/call.row';
import { managesGrants } from './grants.policy';
import { applicationPartners, applications, awards, consensusScores, payments } from './grants.schema';
import { eurosFromCents } from './iati/iati.rules';

// The call's tables for programme managers, as rows and columns for CSV and XLSX. Money as exact
// decimal euros (from cents), so a spreadsheet sums them without float noise in the source.

type Row = Record<string, string | number | null>;
export const EXPORT_TABLES = ['applications', 'scores', 'ranking', 'payments'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const euros = (cents: number | null | undefined) => (cents == null ? null : Number(eurosFromCents(cents)));
const columnsOf = (keys: string[]): Column<Row>[] => keys.map((k) => ({ header: k, value: (r) => r[k] ?? null }));

async function applicationRows(ctx: AppContext, callId: string): Promise<Row[]> {
  const apps = await ctx.db.select().from(applications).where(eq(applications.callId, callId)).orderBy(asc(applications.reference));
  const partners = apps.length ? await ctx.db.select().from(applicationPartners).where(inArray(applicationPartners.applicationId, apps.map((a) => a.id))) : [];
  return apps.map((a) => {
    const lead = ctx.directory.get(a.leadCode);
    const budget = summariseBudget(a.content.budget, a.content.requestedGrantCents);
    return {
      reference: a.reference,
      status: a.status,
      lead_code: a.leadCode,
      lead_name: lead?.name ?? a.leadCode,
      province: lead?.regionName ?? null,
      partners: partners.filter((p) => p.applicationId === a.id).map((p) => `${p.authorityCode}${p.confirmedAt ? '' : ' (unconfirmed)'}`).join(' '),
      theme: a.content.theme,
      title_en: a.content.titleEn,
      requested_grant_eur: euros(a.content.requestedGrantCents),
      total_cost_eur: euros(budget.totalCents),
      co_financing_percent: budget.coFinancingRateBp / 100,
      version: a.version,
      submitted_at: a.submittedAt?.toISOString() ?? null,
    };
  });
}

async function rankingRows(ctx: AppContext, callId: string): Promise<Row[]> {
  const rows = await ctx.db
    .select({ app: applications, c: consensusScores, award: awards })
    .from(applications)
    .innerJoin(consensusScores, eq(consensusScores.applicationId, applications.id))
    .leftJoin(awards, eq(awards.applicationId, applications.id))
    .where(eq(applications.callId, callId));
  return rows
    .map(({ app, c, award }) => ({ rank: award?.rank ?? null, reference: app.reference, lead_name: ctx.directory.get(app.leadCode)?.name ?? app.leadCode, theme: app.content.theme, consensus_total: c.total, passed: c.passed ? 'yes' : 'no', eliminated_by: c.eliminatedBy, status: app.status, requested_grant_eur: euros(app.content.requestedGrantCents), awarded_grant_eur: euros(award?.grantCents) }))
    .sort((x, y) => y.consensus_total - x.consensus_total || x.reference.localeCompare(y.reference));
}

async function paymentRows(ctx: AppContext, callId: string): Promise<Row[]> {
  const rows = await ctx.db
    .select({ p: payments, reference: applications.reference, lead: applications.leadCode, grant: awards.grantCents })
    .from(payments)
    .innerJoin(awards, eq(awards.id, payments.awardId))
    .innerJoin(applications, eq(applications.id, awards.applicationId))
    .where(and(eq(awards.callId, callId), eq(payments.status, 'paid'))) // a requested payment is not money out yet
    .orderBy(asc(payments.paidOn), asc(applications.reference));
  return rows.map(({ p, reference, lead, grant }) => ({ reference, lead_name: ctx.directory.get(lead)?.name ?? lead, kind: p.kind, amount_eur: euros(p.kind === 'recovery' ? -p.amountCents : p.amountCents), paid_on: p.paidOn, grant_eur: euros(grant) }));
}

/** The rows and columns of one of the call's tables. */
export async function exportTable(ctx: AppContext, callId: string, rules: CallRules, table: ExportTable): Promise<{ columns: Column<Row>[]; rows: Row[] }> {
  const rows =
    table === 'applications' ? await applicationRows(ctx, callId)
    : table === 'scores' ? await scoreRows(ctx, callId, rules)
    : table === 'ranking' ? await rankingRows(ctx, callId)
    : await paymentRows(ctx, callId);
  const keys = rows.length ? Object.keys(rows[0]!) : ['empty'];
  return { columns: columnsOf(keys), rows };
}

/** One of a call's tables with the call's reference (programme managers only; 404 for an unknown call). */
export async function callTable(ctx: AppContext, user: SessionUser, callId: string, table: ExportTable) {
  if (!managesGrants(user)) throw forbidden('Only programme managers export the call’s tables');
  const call = await findCall(ctx.db, callId);
  if (!call) throw notFound('No such call');
  return { reference: call.reference, ...(await exportTable(ctx, call.id, call.rules, table)) };
}
