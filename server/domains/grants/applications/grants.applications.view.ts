import { eq } from 'drizzle-orm';
import type { ApplicationStatus } from '../../../../shared/grants';
import type { AdminCheckView, ApplicationPartnerView, ApplicationSummary, ApplicationView } from '../../../../shared/grants.applications';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { adminCheckOutcome, stageTwoAmountProblems, submissionProblems } from '../../../../shared/grants.eligibility.rules';
import { stageDeadlineAt } from '../../../../shared/grants.concept';
import { authorityOf, callOf, EDITABLE, partnersOf, type ApplicationRow, type CallRow, type PartnerRow, type ViewerRole } from './grants.applications.access';
import { problem, type Problem } from '../../../../shared/problems';
import { adminChecks } from '../grants.schema';

/** A partner's state: confirmedBy without confirmedAt records a decline (the table has no own column for it). */
export function partnerState(p: PartnerRow): ApplicationPartnerView['state'] {
  if (p.confirmedAt) return 'confirmed';
  return p.confirmedBy ? 'declined' : 'pending';
}

/**
 * Everything that stops a submission at `now` (the server's clock): the call's state and dates,
 * the lead's and partners' eligibility, the content and budget, and in the full stage of a
 * two-stage call how far the grant moved from the concept note's.
 */
export function liveProblems(ctx: AppContext, app: ApplicationRow, call: CallRow, partners: readonly PartnerRow[], now: Date): Problem[] {
  const lead = ctx.directory.get(app.leadCode);
  const input = {
    // An authority that left the directory fails the lead rules rather than passing unchecked.
    lead: { code: app.leadCode, type: lead?.type ?? 'municipality', country: lead?.country ?? '' },
    partners: partners.map((p) => ({ code: p.authorityCode, country: ctx.directory.get(p.authorityCode)?.country ?? '', type: ctx.directory.get(p.authorityCode)?.type ?? null, confirmed: partnerState(p) === 'confirmed' })),
    content: app.content,
  } as const;
  // Each stage is held to its own deadline: the concept notes' (or the single stage's), then the full applications'.
  const out = submissionProblems(input, { ...call.rules, deadlineAt: stageDeadlineAt(call.rules, app.stage) }, now);
  if (call.status !== 'published' && !out.some((p) => p.field.startsWith('call.'))) out.unshift(problem('call.status', 'call_not_open', { status: call.status }));
  const grant = app.content.requestedGrantCents;
  if (app.stage === 'full' && call.rules.twoStage && app.conceptGrantCents !== null && grant !== null)
    out.push(...stageTwoAmountProblems(app.conceptGrantCents, grant, call.rules));
  return out;
}

/** The list row of an application. */
export function toSummary(ctx: AppContext, app: ApplicationRow, callReference: string, role: ViewerRole): ApplicationSummary {
  return {
    id: app.id,
    callId: app.callId,
    callReference,
    reference: app.reference,
    lead: authorityOf(ctx, app.leadCode),
    status: app.status as ApplicationStatus,
    stage: app.stage as 'concept' | 'full',
    titleEn: app.content.titleEn,
    titleTr: app.content.titleTr,
    theme: app.content.theme,
    requestedGrantCents: app.content.requestedGrantCents,
    version: app.version,
    submittedAt: app.submittedAt?.toISOString() ?? null,
    createdAt: app.createdAt.toISOString(),
    updatedAt: app.updatedAt.toISOString(),
    viewerRole: role,
  };
}

/** The check's stored answers with the outcome the rules give them. */
export function toAdminCheck(row: typeof adminChecks.$inferSelect): AdminCheckView {
  const outcome = adminCheckOutcome(row.answers);
  return {
    answers: row.answers,
    complete: outcome.complete,
    eligible: outcome.complete ? outcome.eligible : null,
    failed: outcome.failed,
    unanswered: outcome.unanswered,
    reasons: row.reasons,
    checkedAt: row.checkedAt.toISOString(),
  };
}

/** The full view of an application for one of its readers; problems are live for drafts only. */
export async function buildView(ctx: AppContext, db: Db, app: ApplicationRow, role: ViewerRole, now = new Date()): Promise<ApplicationView> {
  // At once: under load each wait for the database is also a wait for the busy event loop.
  const [call, partners, [check]] = await Promise.all([
    callOf(db, app.callId),
    partnersOf(db, app.id),
    db.select().from(adminChecks).where(eq(adminChecks.applicationId, app.id)),
  ]);
  return viewOf(ctx, { app, call, partners, check }, role, now);
}

/** What an application's view shows beside the row: its call, partners (by code) and administrative check. */
export interface ViewRows {
  app: ApplicationRow;
  call: CallRow;
  partners: readonly PartnerRow[];
  check: typeof adminChecks.$inferSelect | undefined;
}

/** buildView on rows already read (a write that read them with its checks). */
export function viewOf(ctx: AppContext, { app, call, partners, check }: ViewRows, role: ViewerRole, now = new Date()): ApplicationView {
  return {
    ...toSummary(ctx, app, call.reference, role),
    content: app.content,
    partners: partners.map((p) => ({ ...authorityOf(ctx, p.authorityCode), state: partnerState(p), confirmedAt: p.confirmedAt?.toISOString() ?? null })),
    budget: summariseBudget(app.content.budget, app.content.requestedGrantCents),
    conceptGrantCents: app.conceptGrantCents,
    callDeadlineAt: stageDeadlineAt(call.rules, app.stage),
    problems: EDITABLE.has(app.status) ? liveProblems(ctx, app, call, partners, now) : [],
    adminCheck: check ? toAdminCheck(check) : null,
  };
}
