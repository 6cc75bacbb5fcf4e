import { and, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { CallStatus } from '../../../../shared/grants';
import type { CallSummary, CallView, LedgerView, ProgrammeLedgerView, ProgrammeSummary } from '../../../../shared/grants.api';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { notFound } from '../../../platform/errors';
import { isOpen } from '../../../../shared/grants.call.rules';
import { envelopeFigures } from './envelope.rules';
import { managesGrants } from '../grants.policy';
import { applications, awards, calls, payments, programmes, recoveryOrders } from '../grants.schema';
import { toCall } from './call.row';
import { listProjects } from '../awards/grants.projects.service';
import { ledger, type AwardStatus, type PaymentKind } from '../money/payments.rules';

type CallRow = typeof calls.$inferSelect;
type ProgrammeRow = typeof programmes.$inferSelect;

/** A call as the lists show it; `open` is decided by the server's clock. */
export function toCallSummary(c: CallRow, now = new Date()): CallSummary {
  const r = c.rules;
  return {
    id: c.id,
    programmeId: c.programmeId,
    reference: c.reference,
    titleEn: c.titleEn,
    titleTr: c.titleTr,
    status: c.status as CallStatus,
    stage: c.stage as 'concept' | 'full',
    opensAt: r.opensAt,
    deadlineAt: r.deadlineAt,
    budgetCents: r.budgetCents,
    minGrantCents: r.minGrantCents,
    maxGrantCents: r.maxGrantCents,
    themes: r.themes,
    open: c.status === 'published' && isOpen(r, now),
  };
}

/** Drafts are the managers' own; everyone sees published calls and after. */
function visibleCalls(user: SessionUser | null): SQL | undefined {
  return managesGrants(user) ? undefined : inArray(calls.status, ['published', 'closed', 'evaluation', 'awarded']);
}

/** The money of a set of calls: budgets, awards, payments and recoveries. */
export async function ledgerOf(db: Db, callRows: readonly Pick<CallRow, 'id' | 'rules'>[]): Promise<LedgerView> {
  const ids = callRows.map((c) => c.id);
  const budgetCents = callRows.reduce((s, c) => s + c.rules.budgetCents, 0);
  if (!ids.length) return ledger({ budgetCents, awards: [], payments: [], recoveries: [] });
  const awardRows = await db.select({ id: awards.id, grantCents: awards.grantCents, status: awards.status }).from(awards).where(inArray(awards.callId, ids));
  const paid = awardRows.length
    ? await db.select({ kind: payments.kind, amountCents: payments.amountCents }).from(payments).where(and(inArray(payments.awardId, awardRows.map((a) => a.id)), eq(payments.status, 'paid')))
    : [];
  // Recovery orders not yet collected: owed back to the call (money / recoveryOrders).
  const orders = awardRows.length ? await db.select({ amountCents: recoveryOrders.amountCents, collectedCents: recoveryOrders.collectedCents }).from(recoveryOrders).where(inArray(recoveryOrders.awardId, awardRows.map((a) => a.id))) : [];
  return ledger({
    budgetCents,
    awards: awardRows.map((a) => ({ grantCents: a.grantCents, status: a.status as AwardStatus })),
    payments: paid.filter((p) => p.kind !== 'recovery').map((p) => ({ amountCents: p.amountCents, kind: p.kind as PaymentKind })),
    recoveries: paid.filter((p) => p.kind === 'recovery').map((p) => ({ amountCents: p.amountCents })),
    recoveryDueCents: orders.reduce((s, o) => s + o.amountCents - o.collectedCents, 0),
  });
}

/**
 * A programme's ledger: the envelope, what its calls hold (drafts too: their budget is promised),
 * and the calls' awards and payments. Creating a call moves money from unallotted to allotted;
 * it never changes the envelope.
 */
export async function programmeLedger(db: Db, envelopeCents: number, callRows: readonly Pick<CallRow, 'id' | 'rules'>[]): Promise<ProgrammeLedgerView> {
  const l = await ledgerOf(db, callRows);
  const e = envelopeFigures(envelopeCents, callRows.map((c) => c.rules.budgetCents));
  return { ...l, totalCents: envelopeCents, leftCents: envelopeCents - l.awardedCents, allottedCents: e.allottedCents, unallottedCents: e.unallottedCents };
}

async function summarise(ctx: AppContext, p: ProgrammeRow, callRows: CallRow[]): Promise<ProgrammeSummary> {
  const projects = await listProjects(ctx, { programme: p.id });
  const provinces = new Set(projects.map((x) => x.lead.province).filter(Boolean));
  const countries = new Set(projects.flatMap((x) => [x.lead.country, ...x.partners.map((q) => q.country)]));
  const themes = new Set(projects.map((x) => x.theme).filter(Boolean));
  const { createdAt: _c, ...fields } = p;
  return {
    ...fields,
    ledger: await programmeLedger(ctx.db, p.budgetCents, callRows),
    figures: { projects: projects.length, grantedCents: projects.reduce((s, x) => s + x.grantCents, 0), provinces: provinces.size, countries: countries.size, themes: themes.size },
  };
}

/** Every programme with its ledger and headline figures. */
export async function listProgrammes(ctx: AppContext) {
  const rows = await ctx.db.select().from(programmes).orderBy(programmes.createdAt);
  const callRows = rows.length ? (await ctx.db.select().from(calls).where(inArray(calls.programmeId, rows.map((p) => p.id)))).map(toCall) : [];
  return { items: await Promise.all(rows.map((p) => summarise(ctx, p, callRows.filter((c) => c.programmeId === p.id)))) };
}

/** A programme with its calls (drafts only for managers), ledger and figures. */
export async function getProgramme(ctx: AppContext, user: SessionUser | null, id: string) {
  const [p] = await ctx.db.select().from(programmes).where(eq(programmes.id, id));
  if (!p) throw notFound('No such programme');
  const callRows = (await ctx.db.select().from(calls).where(eq(calls.programmeId, id)).orderBy(calls.createdAt)).map(toCall);
  const seen = callRows.filter((c) => managesGrants(user) || c.status !== 'draft');
  return { ...(await summarise(ctx, p, callRows)), calls: seen.map((c) => toCallSummary(c)) };
}

/** A call with its rules, grid and application counts by status; a draft is a 404 except for managers. */
export async function getCall(ctx: AppContext, user: SessionUser | null, id: string): Promise<CallView> {
  const [row] = await ctx.db.select().from(calls).where(and(eq(calls.id, id), visibleCalls(user)));
  if (!row) throw notFound('No such call');
  const c = toCall(row);
  const counts = await ctx.db.select({ status: applications.status, n: count() }).from(applications).where(eq(applications.callId, id)).groupBy(applications.status);
  // The public sees how many applications there are, not who drafted what.
  const byStatus = Object.fromEntries(counts.filter((r) => managesGrants(user) || r.status !== 'draft').map((r) => [r.status, r.n]));
  const [programme] = await ctx.db.select({ code: programmes.code, titleEn: programmes.titleEn, titleTr: programmes.titleTr }).from(programmes).where(eq(programmes.id, c.programmeId));
  return { ...toCallSummary(c), rules: c.rules, publishedAt: c.publishedAt?.toISOString() ?? null, applications: byStatus, programme: programme! };
}

/** Calls visible to the user, newest first. */
export async function listCalls(ctx: AppContext, user: SessionUser | null) {
  const rows = await ctx.db.select().from(calls).where(visibleCalls(user)).orderBy(calls.createdAt);
  return { items: rows.reverse().map((c) => toCallSummary(toCall(c))) };
}
