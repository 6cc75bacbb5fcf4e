import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { AdminCheckBody, ApplicationView } from '../../../../shared/grants.applications';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { badRequest, conflict, forbidden, refused } from '../../../platform/errors';
import { adminCheckOutcome } from '../../../../shared/grants.eligibility.rules';
import { callOf, loadReadable } from './grants.applications.access';
import { beforeDeadlineRefusal } from '../../../../shared/grants.concept';
import { nextStamp } from './grants.applications.service';
import { buildView } from './grants.applications.view';
import { notifyLead } from '../grants.notify';
import { managesGrants } from '../grants.policy';
import { adminChecks, applications } from '../grants.schema';

/** Statuses the check applies to: a fresh submission, or a check in progress. */
const CHECKABLE: ReadonlySet<string> = new Set(['submitted', 'admin_check']);

/** Where the check leaves the application: on to the assessors, out as ineligible, or still being checked. */
export function statusAfterCheck(outcome: { complete: boolean; eligible: boolean }): 'evaluation' | 'ineligible' | 'admin_check' {
  if (!outcome.complete) return 'admin_check';
  return outcome.eligible ? 'evaluation' : 'ineligible';
}

/**
 * Record the administrative and eligibility check (programme managers). Saved as it stands while
 * incomplete; once every item is answered the application goes on to evaluation, or is ineligible
 * with the reasons the applicant reads.
 */
export async function recordAdminCheck(ctx: AppContext, user: SessionUser, id: string, body: AdminCheckBody): Promise<ApplicationView> {
  if (!managesGrants(user)) throw forbidden('Only programme managers run the administrative check');
  const outcome = adminCheckOutcome(body.answers);
  const status = statusAfterCheck(outcome);
  const row = await ctx.db.transaction(async (tx) => {
    const { app } = await loadReadable(tx, user, id, true);
    if (!CHECKABLE.has(app.status)) throw conflict('application_not_checkable', `The application is ${app.status}: the administrative check is for submitted applications`);
    // The opening and check start after the deadline: until then a late applicant's competitors are still writing.
    const early = beforeDeadlineRefusal((await callOf(tx, app.callId)).rules, app.stage, new Date());
    if (early) throw refused(early);
    if (status === 'ineligible' && body.reasons === '')
      throw badRequest('Say why the application is ineligible', [{ path: 'reasons', message: `required: failed ${outcome.failed.join(', ')}` }]);
    const values = { answers: body.answers, eligible: outcome.complete ? outcome.eligible : null, reasons: body.reasons, checkedBy: user.id, checkedAt: new Date() };
    const [before] = await tx.select().from(adminChecks).where(eq(adminChecks.applicationId, id));
    await tx.insert(adminChecks).values({ applicationId: id, ...values }).onConflictDoUpdate({ target: adminChecks.applicationId, set: values });
    const decided = status === 'ineligible' ? { decidedAt: new Date() } : {};
    const [saved] = await tx.update(applications).set({ status, updatedAt: nextStamp(app.updatedAt), ...decided }).where(eq(applications.id, id)).returning();
    await audit(tx, {
      actorId: user.id, action: 'application.admin_checked', entityType: 'application', entityId: id,
      before: { status: app.status, answers: before?.answers ?? null },
      after: { status, answers: body.answers, failed: outcome.failed, unanswered: outcome.unanswered, reasons: body.reasons },
    });
    if (status !== 'admin_check') await notifyLead(tx, ctx, saved!, status === 'evaluation' ? 'application_eligible' : 'application_ineligible');
    return saved!;
  });
  return buildView(ctx, ctx.db, row, 'manager');
}
