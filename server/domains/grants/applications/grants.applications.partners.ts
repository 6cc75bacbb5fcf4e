import { and, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { ApplicationView } from '../../../../shared/grants.applications';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { forbidden } from '../../../platform/errors';
import { callOf, loadLeadDraft, loadReadable, requireDraft } from './grants.applications.access';
import { rulesBroken } from '../../../platform/problems';
import { buildView, partnerState } from './grants.applications.view';
import { notifyInvitedPartners, settlePartnerInvitation } from '../grants.notify';
import { ownPartnerRow } from '../grants.policy';
import { problem, type Problem } from '../../../../shared/problems';
import { applicationPartners } from '../grants.schema';

/**
 * Codes that can never be partners of this application: unknown, the lead itself, listed twice, or
 * excluded from the call by name (it could never count, so it is not invited to confirm).
 */
function codeProblems(ctx: AppContext, leadCode: string, codes: readonly string[], excluded: readonly string[]): Problem[] {
  return codes.flatMap((code, i) => {
    if (!ctx.directory.get(code)) return [problem(`codes.${i}`, 'unknown_authority', { code })];
    if (code === leadCode) return [problem(`codes.${i}`, 'partner_is_lead', { code })];
    if (excluded.includes(code)) return [problem(`codes.${i}`, 'partner_excluded', { code })];
    if (codes.indexOf(code) < i) return [problem(`codes.${i}`, 'partner_duplicate', { code })];
    return [];
  });
}

/**
 * Set the partner authorities of the lead's draft. Partners that stay keep their confirmation;
 * removed ones lose it (added again later, they confirm again); new ones start pending.
 */
export async function setPartners(ctx: AppContext, user: SessionUser, id: string, codes: readonly string[]): Promise<ApplicationView> {
  const app = await ctx.db.transaction(async (tx) => {
    const { app, partners } = await loadLeadDraft(tx, user, id);
    const call = await callOf(tx, app.callId);
    const problems = codeProblems(ctx, app.leadCode, codes, call.rules.excludedAuthorities ?? []);
    if (problems.length) throw rulesBroken('These authorities cannot be partners', problems);
    const before = partners.map((p) => p.authorityCode);
    const removed = before.filter((c) => !codes.includes(c));
    const added = codes.filter((c) => !before.includes(c));
    if (removed.length) await tx.delete(applicationPartners).where(and(eq(applicationPartners.applicationId, id), inArray(applicationPartners.authorityCode, removed)));
    if (added.length) await tx.insert(applicationPartners).values(added.map((authorityCode) => ({ applicationId: id, authorityCode })));
    await notifyInvitedPartners(tx, ctx, app, added);
    await audit(tx, { actorId: user.id, action: 'application.partners_changed', entityType: 'application', entityId: id, before: { partners: before }, after: { partners: [...codes], added, removed } });
    return app;
  });
  return buildView(ctx, ctx.db, app, 'lead');
}

/** An officer of a partner authority confirms or declines taking part; either may be revised while a draft. */
export async function answerPartnership(ctx: AppContext, user: SessionUser, id: string, answer: 'confirm' | 'decline'): Promise<ApplicationView> {
  const app = await ctx.db.transaction(async (tx) => {
    const { app, partners } = await loadReadable(tx, user, id, true);
    const mine = ownPartnerRow(user, partners);
    if (!mine) throw forbidden('Only officers of a partner authority confirm or decline its participation');
    requireDraft(app);
    const confirmedAt = answer === 'confirm' ? new Date() : null;
    // A decline keeps who declined with no confirmation date: the table's way to tell it from pending.
    await tx
      .update(applicationPartners)
      .set({ confirmedAt, confirmedBy: user.id })
      .where(and(eq(applicationPartners.applicationId, id), eq(applicationPartners.authorityCode, mine.authorityCode)));
    const action = answer === 'confirm' ? 'application.partner_confirmed' : 'application.partner_declined';
    await settlePartnerInvitation(tx, id, mine.authorityCode);
    await audit(tx, { actorId: user.id, action, entityType: 'application', entityId: id, before: { partner: mine.authorityCode, state: partnerState(mine) }, after: { partner: mine.authorityCode, state: answer === 'confirm' ? 'confirmed' : 'declined' } });
    return app;
  });
  return buildView(ctx, ctx.db, app, 'partner');
}
