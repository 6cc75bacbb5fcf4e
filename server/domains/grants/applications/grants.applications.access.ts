import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { conflict, forbidden, notFound } from '../../../platform/errors';
import { canChangeApplication, isAssessor, viewerRole, type ViewerRole } from '../grants.policy';
import { applicationPartners, applications, assignments, calls } from '../grants.schema';
import { findCall } from '../calls/call.row';

/**
 * Who may do what with one application. Readers are the lead's and the partners' officers and the
 * secretariat; everyone else gets a 404, so an application's existence is not revealed. Assessors
 * read applications only through the evaluation's routes, and the attached files of those they
 * assess (loadFilesReadable).
 */

export type ApplicationRow = typeof applications.$inferSelect;
export type PartnerRow = typeof applicationPartners.$inferSelect;
export type CallRow = typeof calls.$inferSelect;
export type { ViewerRole };

/** Statuses from which the lead may withdraw: anything before a decision (the award's side handles awarded). */
export const WITHDRAWABLE: ReadonlySet<string> = new Set(['draft', 'submitted', 'admin_check', 'evaluation', 'evaluated', 'shortlisted', 'reserve']);

/** The partner rows of an application, ordered by authority code (the order problems and views use). */
export async function partnersOf(db: Db, applicationId: string): Promise<PartnerRow[]> {
  return db.select().from(applicationPartners).where(eq(applicationPartners.applicationId, applicationId)).orderBy(asc(applicationPartners.authorityCode));
}

export interface Loaded {
  app: ApplicationRow;
  partners: PartnerRow[];
  role: ViewerRole;
}

/**
 * The application and the viewer's role, or a 404 for anyone who may not read it. Inside a
 * transaction `lock` takes the row for update, so concurrent changes wait for each other.
 */
export async function loadReadable(db: Db, user: SessionUser, id: string, lock = false): Promise<Loaded> {
  const query = db.select().from(applications).where(eq(applications.id, id));
  const [app] = lock ? await query.for('update') : await query;
  if (!app) throw notFound('No such application');
  const partners = await partnersOf(db, id);
  return { app, partners, role: readerRole(user, app, partners) };
}

/** The viewer's role, or a 404 for anyone who may not read the application. */
export function readerRole(user: SessionUser, app: ApplicationRow, partners: readonly PartnerRow[]): ViewerRole {
  const role = viewerRole(user, app, partners);
  if (!role) throw notFound('No such application');
  return role;
}

/** 403 unless the role is the lead's. */
function requireLead(role: ViewerRole): void {
  if (!canChangeApplication(role)) throw forbidden("Only the lead authority's officers change an application");
}

/**
 * Whether the user is an assessor of this application who declared no conflict of interest: they read
 * its submitted files (frozen since submission) beside the frozen version; other assessors read nothing.
 */
export async function assessesApplication(db: Db, user: SessionUser, app: ApplicationRow): Promise<boolean> {
  if (!isAssessor(user) || app.status === 'draft') return false;
  const [row] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.applicationId, app.id), eq(assignments.assessorId, user.id), inArray(assignments.status, ['declared', 'submitted'])));
  return row !== undefined;
}

/** The application for reading its files: its readers, and its assessors once they declared no conflict; 404 for anyone else. */
export async function loadFilesReadable(db: Db, user: SessionUser, id: string): Promise<void> {
  const [app] = await db.select().from(applications).where(eq(applications.id, id));
  if (!app) throw notFound('No such application');
  if (viewerRole(user, app, await partnersOf(db, id)) || (await assessesApplication(db, user, app))) return;
  throw notFound('No such application');
}

/** As loadReadable, but only the lead's officers may act (403 for the other readers). */
export async function loadAsLead(db: Db, user: SessionUser, id: string): Promise<Loaded> {
  const loaded = await loadReadable(db, user, id, true);
  requireLead(loaded.role);
  return loaded;
}

/** Statuses whose content the lead edits: a draft, or a shortlisted concept note becoming its full application. */
export const EDITABLE: ReadonlySet<string> = new Set(['draft', 'shortlisted']);

/** A submitted application is frozen; edits belong to the draft (or the shortlisted lead's full draft) only. */
export function requireDraft(app: ApplicationRow): void {
  if (!EDITABLE.has(app.status)) throw conflict('application_not_draft', `The application is ${app.status}: only a draft can be changed`);
}

/** The lead's editable draft, locked for update: 404 / 403 / 409 in that order. */
export async function loadLeadDraft(db: Db, user: SessionUser, id: string): Promise<Loaded> {
  const loaded = await loadAsLead(db, user, id);
  requireDraft(loaded.app);
  return loaded;
}

/** loadLeadDraft's checks on rows already read (an unlocked read, for a write that checks it is still current): 404 / 403 / 409. */
export function requireLeadDraft(user: SessionUser, app: ApplicationRow, partners: readonly PartnerRow[]): void {
  requireLead(readerRole(user, app, partners));
  requireDraft(app);
}

/** The call an application belongs to. */
export async function callOf(db: Db, callId: string): Promise<CallRow> {
  const c = await findCall(db, callId);
  if (!c) throw notFound('No such call');
  return c;
}

/** An authority as applications show it; the code alone when it left the directory. */
export function authorityOf(ctx: AppContext, code: string) {
  const a = ctx.directory.get(code);
  return { code, name: a?.name ?? code, country: a?.country ?? '', type: a?.type ?? null };
}
