import { and, desc, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { ApplicationContent, ApplicationStatus } from '../../../../shared/grants';
import type { ApplicationPatch, ApplicationSummary, ApplicationView } from '../../../../shared/grants.applications';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { conflict, forbidden, HttpError, notFound } from '../../../platform/errors';
import { deadlinePassed, isOpen } from '../../../../shared/grants.call.rules';
import { loadAsLead, loadLeadDraft, loadReadable, WITHDRAWABLE, type CallRow } from './grants.applications.access';
import { buildView, toSummary } from './grants.applications.view';
import { requireUnchangedSince, saveDraft } from './grants.applications.save';
import { canListApplications, officerAuthority } from '../grants.policy';
import { applicationPartners, applications, calls } from '../grants.schema';
import { findCall } from '../calls/call.row';

/** What a new draft starts from: nothing filled in, so the live problems list every required field. */
export function emptyContent(): ApplicationContent {
  return {
    titleEn: '', titleTr: '', theme: null, summaryEn: '', summaryTr: '', objectives: [], activities: [],
    expectedResults: [], indicators: [], durationMonths: null, budget: [], requestedGrantCents: null,
  };
}

/** Why an authority may not lead under the call (403), or why the call takes no new drafts now (409). */
function refuseLead(ctx: AppContext, code: string, call: CallRow, now: Date): void {
  const a = ctx.directory.get(code);
  const { leadTypes, leadCountries } = call.rules;
  if (!a || !leadTypes.includes(a.type) || !leadCountries.includes(a.country))
    throw new HttpError(403, 'forbidden', `${a?.name ?? code} (${a?.type ?? 'unknown'}, ${a?.country ?? '?'}) may not lead under this call: lead types ${leadTypes.join(', ')}; countries ${leadCountries.join(', ')}`);
  if (call.status !== 'published') throw conflict('call_closed', `The call is ${call.status}: it takes no new applications`);
  if (deadlinePassed(call.rules, now)) throw conflict('call_deadline_passed', `The call's deadline passed at ${call.rules.deadlineAt}`, { at: call.rules.deadlineAt });
  if (!isOpen(call.rules, now)) throw conflict('call_not_open_yet', `The call opens at ${call.rules.opensAt}`, { at: call.rules.opensAt });
  if (call.rules.twoStage && call.stage === 'full') throw conflict('call_full_stage', 'The call is in its full stage: only shortlisted concept notes go on');
  // Named in the call's exclusions: its kind is eligible, but it may not lead, so no draft is started
  // that could never be submitted (a state of the call, hence 409 rather than the kind's 403).
  if (call.rules.excludedAuthorities?.includes(code)) throw conflict('call_authority_excluded', `${a.name} (${code}) is excluded from this call by name`, { code });
}

/** The next reference in the call: '<call reference>-001', '-002', … (the call row is locked meanwhile). */
async function nextReference(tx: Db, call: CallRow): Promise<string> {
  const rows = await tx.select({ reference: applications.reference }).from(applications).where(eq(applications.callId, call.id));
  const prefix = `${call.reference}-`;
  const used = rows.map((r) => (r.reference.startsWith(prefix) ? Number(r.reference.slice(prefix.length)) : 0));
  const next = Math.max(0, ...used.filter(Number.isInteger)) + 1;
  return `${prefix}${String(next).padStart(3, '0')}`;
}

/** Start a draft application to an open call on behalf of the officer's authority. */
export async function createApplication(ctx: AppContext, user: SessionUser, callId: string): Promise<ApplicationView> {
  const code = officerAuthority(user);
  if (!code) throw forbidden("Only an authority's officers apply to a call");
  const now = new Date();
  const row = await ctx.db.transaction(async (tx) => {
    const call = await findCall(tx, callId, true);
    // Draft calls are the managers' own: for applicants they do not exist yet.
    if (!call || call.status === 'draft') throw notFound('No such call');
    refuseLead(ctx, code, call, now);
    const [taken] = await tx.select().from(applications).where(and(eq(applications.callId, callId), eq(applications.leadCode, code), ne(applications.status, 'withdrawn')));
    if (taken) throw conflict('lead_has_application', `${code} already leads application ${taken.reference} (${taken.status}) to this call`, { reference: taken.reference });
    const reference = await nextReference(tx, call);
    const [created] = await tx
      .insert(applications)
      .values({ callId, reference, leadCode: code, status: 'draft', stage: call.stage, content: emptyContent(), createdBy: user.id, createdAt: now, updatedAt: now })
      .returning();
    await audit(tx, { actorId: user.id, action: 'application.created', entityType: 'application', entityId: created!.id, after: { reference, callId, leadCode: code, stage: call.stage } });
    return created!;
  });
  return buildView(ctx, ctx.db, row, 'lead', now);
}

/** Applications the user takes part in (officers: as lead or partner); the secretariat sees all. */
export async function listApplications(ctx: AppContext, user: SessionUser, q: { call?: string; status?: ApplicationStatus }): Promise<{ items: ApplicationSummary[] }> {
  const own = officerAuthority(user);
  if (!canListApplications(user)) throw forbidden('Only officers and programme managers see applications');
  const where: SQL[] = [];
  if (q.call) where.push(eq(applications.callId, q.call));
  if (q.status) where.push(eq(applications.status, q.status));
  if (own) {
    const asPartner = ctx.db.select({ id: applicationPartners.applicationId }).from(applicationPartners).where(eq(applicationPartners.authorityCode, own));
    where.push(or(eq(applications.leadCode, own), inArray(applications.id, asPartner))!);
  }
  const rows = await ctx.db
    .select({ app: applications, callReference: calls.reference })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .where(and(...where))
    .orderBy(desc(applications.createdAt), desc(applications.reference));
  const items = rows.map(({ app, callReference }) => {
    // An officer's rows are theirs as lead or partner; whether partner needs no second query.
    const role = own === app.leadCode ? 'lead' : own ? 'partner' : 'manager';
    return toSummary(ctx, app, callReference, role);
  });
  return { items };
}

/** One application for its readers (404 for anyone else). */
export async function getApplication(ctx: AppContext, user: SessionUser, id: string): Promise<ApplicationView> {
  const { app, role } = await loadReadable(ctx.db, user, id);
  return buildView(ctx, ctx.db, app, role);
}

/** Next update stamp: strictly later than the last, so a save in the same millisecond still counts as a change. */
export function nextStamp(previous: Date, now = new Date()): Date {
  return new Date(Math.max(now.getTime(), previous.getTime() + 1));
}

/** Autosave: merge part of the content into the lead's draft; a stale `expectedUpdatedAt` is a 409. */
export async function updateApplication(ctx: AppContext, user: SessionUser, id: string, patch: ApplicationPatch): Promise<ApplicationView> {
  // Two round trips when nobody changed the row meanwhile; else the locked transaction, which waits its turn.
  return (await saveDraft(ctx, user, id, patch, nextStamp)) ?? saveDraftLocked(ctx, user, id, patch);
}

/** The autosave under a row lock: the checks and the write see the same row, whoever else writes it. */
export async function saveDraftLocked(ctx: AppContext, user: SessionUser, id: string, patch: ApplicationPatch): Promise<ApplicationView> {
  const row = await ctx.db.transaction(async (tx) => {
    const { app } = await loadLeadDraft(tx, user, id);
    requireUnchangedSince(app, patch);
    const content: ApplicationContent = { ...app.content, ...patch.content };
    const fields = Object.keys(patch.content);
    const [saved] = await tx.update(applications).set({ content, updatedAt: nextStamp(app.updatedAt) }).where(eq(applications.id, id)).returning();
    await audit(tx, { actorId: user.id, action: 'application.updated', entityType: 'application', entityId: id, after: { fields } });
    return saved!;
  });
  return buildView(ctx, ctx.db, row, 'lead');
}

/** The lead withdraws its application: any time before a decision (409 once awarded, rejected, ineligible …). */
export async function withdrawApplication(ctx: AppContext, user: SessionUser, id: string): Promise<ApplicationView> {
  const row = await ctx.db.transaction(async (tx) => {
    const { app } = await loadAsLead(tx, user, id);
    if (!WITHDRAWABLE.has(app.status)) throw conflict('application_not_withdrawable', `The application is ${app.status}: it can no longer be withdrawn here`);
    const [saved] = await tx.update(applications).set({ status: 'withdrawn', updatedAt: nextStamp(app.updatedAt) }).where(eq(applications.id, id)).returning();
    await audit(tx, { actorId: user.id, action: 'application.withdrawn', entityType: 'application', entityId: id, before: { status: app.status }, after: { status: 'withdrawn' } });
    return saved!;
  });
  return buildView(ctx, ctx.db, row, 'lead');
}
