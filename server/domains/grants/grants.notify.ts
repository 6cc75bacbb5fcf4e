import { eq } from 'drizzle-orm';
import { reviewRequestDeadline } from '../../../shared/grants.redress';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { notifyOfficers, settleForAuthority, type NotificationKind } from '../matching/matching.notify';
import { applications, awards } from './grants.schema';

/** The grant events an applicant hears of; each names the application by its reference. */
export type GrantNotice = Extract<
  NotificationKind,
  'application_eligible' | 'application_ineligible' | 'application_awarded' | 'application_reserve' | 'application_rejected' | 'application_shortlisted' | 'report_approved' | 'report_returned' | 'payment_made' | 'recovery_order'
>;

/**
 * Tell the lead authority's officers of a step in their application's life, in the app and by email.
 * Called inside the step's transaction, so a step that fails tells nobody.
 */
export async function notifyLead(tx: Tx, ctx: AppContext, app: { id: string; reference: string; leadCode: string }, kind: GrantNotice, awardId?: string): Promise<void> {
  const link = awardId ? `/grants/awards/${awardId}` : `/grants/applications/${app.id}`;
  // An ineligible applicant is told by when it may ask for a review (the mail says how).
  const redress: Record<string, string> = kind === 'application_ineligible' ? { reviewBy: reviewRequestDeadline(new Date().toISOString()) } : {};
  await notifyOfficers(tx, ctx, app.leadCode, kind, { title: app.reference, link, ...redress }, { subject: `application:${app.id}` });
}

/** notifyLead for an award's application. */
export async function notifyAwardLead(tx: Tx, ctx: AppContext, awardId: string, kind: GrantNotice): Promise<void> {
  const [app] = await tx.select({ id: applications.id, reference: applications.reference, leadCode: applications.leadCode }).from(awards).innerJoin(applications, eq(applications.id, awards.applicationId)).where(eq(awards.id, awardId));
  if (app) await notifyLead(tx, ctx, app, kind, awardId);
}

/** Tell newly named partner authorities that a lead invites them to confirm a joint application. */
export async function notifyInvitedPartners(tx: Tx, ctx: AppContext, app: { id: string; leadCode: string }, codes: readonly string[]): Promise<void> {
  const lead = ctx.directory.get(app.leadCode)?.name ?? app.leadCode;
  for (const code of codes) await notifyOfficers(tx, ctx, code, 'application_partner_invited', { title: lead, link: `/grants/applications/${app.id}` }, { subject: `application:${app.id}` });
}

/** A partner authority answered the invitation: its officers' notices about the application are settled. */
export async function settlePartnerInvitation(tx: Tx, appId: string, partnerCode: string): Promise<void> {
  await settleForAuthority(tx, partnerCode, `application:${appId}`);
}
