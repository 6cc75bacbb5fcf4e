import { and, asc, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { ApplicationContent } from '../../../../shared/grants';
import type { ApplicationPatch, ApplicationView } from '../../../../shared/grants.applications';
import { auditInsertPer } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { conflict, notFound } from '../../../platform/errors';
import { requireLeadDraft, type ApplicationRow } from './grants.applications.access';
import { viewOf, type ViewRows } from './grants.applications.view';
import { toCall } from '../calls/call.row';
import { adminChecks, applicationPartners, applications, calls } from '../grants.schema';

// Autosave in two statements (issue 16): one read of everything the checks and the answer need, and
// one write of the content with its audit entry that lands only if the row is still the one read
// (its xmin, which every change of the row renews). Under load each round trip waits a turn of the
// busy event loop; a transaction with a locked read took ten.

/** The row version PostgreSQL keeps: a different one means the row changed since it was read. */
const rowVersion = sql<string>`${applications}.xmin::text`;

/** The application with its version, call, partners and administrative check, in one statement; undefined for none. */
async function readForSave(ctx: AppContext, id: string): Promise<(ViewRows & { version: string }) | undefined> {
  const rows = await ctx.db
    .select({ app: applications, version: rowVersion, call: calls, partner: applicationPartners, check: adminChecks })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .leftJoin(applicationPartners, eq(applicationPartners.applicationId, applications.id))
    .leftJoin(adminChecks, eq(adminChecks.applicationId, applications.id))
    .where(eq(applications.id, id))
    .orderBy(asc(applicationPartners.authorityCode));
  const first = rows[0];
  if (!first) return undefined;
  const partners = rows.flatMap((r) => (r.partner ? [r.partner] : []));
  return { app: first.app, version: first.version, call: toCall(first.call), partners, check: first.check ?? undefined };
}

/** A stale `expectedUpdatedAt` (the editor's copy is older than the row) is a 409. */
export function requireUnchangedSince(app: ApplicationRow, patch: ApplicationPatch): void {
  if (patch.expectedUpdatedAt !== undefined && Date.parse(patch.expectedUpdatedAt) !== app.updatedAt.getTime())
    throw conflict('changed_meanwhile', `Changed by someone else at ${app.updatedAt.toISOString()}: reload before saving`, { at: app.updatedAt.toISOString() });
}

/**
 * The lead's autosave with the checks and result of the locked one (404 / 403 / 409, the same audit
 * entry), or null when the row changed between the read and the write: nothing was written then, and
 * the caller saves the locked way.
 */
export async function saveDraft(ctx: AppContext, user: SessionUser, id: string, patch: ApplicationPatch, nextStamp: (previous: Date) => Date): Promise<ApplicationView | null> {
  const read = await readForSave(ctx, id);
  if (!read) throw notFound('No such application');
  requireLeadDraft(user, read.app, read.partners);
  requireUnchangedSince(read.app, patch);
  const db = ctx.db;
  const content: ApplicationContent = { ...read.app.content, ...patch.content };
  const current = and(eq(applications.id, id), sql`${rowVersion} = ${read.version}`);
  const saved = db.$with('saved').as(db.update(applications).set({ content, updatedAt: nextStamp(read.app.updatedAt) }).where(current).returning());
  const audited = db.$with('audited', {}).as(auditInsertPer(sql`${saved}`, { actorId: user.id, action: 'application.updated', entityType: 'application', entityId: id, after: { fields: Object.keys(patch.content) } }));
  const [app] = await db.with(saved, audited).select().from(saved);
  return app ? viewOf(ctx, { ...read, app }, 'lead') : null;
}
