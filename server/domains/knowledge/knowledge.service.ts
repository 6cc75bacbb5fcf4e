import { desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { SessionUser } from '../../../shared/accounts';
import type { entryDecision, EntryInput, LibraryEntry, ReviewItem } from '../../../shared/knowledge';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { badRequest, conflict, forbidden, notFound, unauthorized } from '../../platform/errors';
import { getProject } from '../grants/awards/grants.projects.service';
import { notifyPeople } from '../matching/matching.notify';
import { twinningSides } from '../twinnings/twinnings.service';
import { canPropose, canReview } from './knowledge.rules';
import { libraryEntries as e } from './knowledge.schema';

type Row = typeof e.$inferSelect;
type Decision = z.output<typeof entryDecision>;

/** An entry as the API returns it (the search vectors stay in the database). */
export function toEntry(r: Row, user: SessionUser | null): LibraryEntry {
  return {
    id: r.id, kind: r.kind as LibraryEntry['kind'], status: r.status as LibraryEntry['status'],
    titleTr: r.titleTr, titleEn: r.titleEn, summaryTr: r.summaryTr, summaryEn: r.summaryEn, bodyTr: r.bodyTr, bodyEn: r.bodyEn,
    themes: r.themes, country: r.country, authorityType: r.authorityType, year: r.year,
    authorityCodes: r.authorityCodes, twinningIds: r.twinningIds, projectIds: r.projectIds, source: r.source ?? null,
    files: r.files.map(({ id, filename, contentType, size }) => ({ id, filename, contentType, size })),
    decisionReason: r.decisionReason, mine: !!user && r.proposedBy === user.id,
    createdAt: r.createdAt.toISOString(), publishedAt: r.publishedAt?.toISOString() ?? null,
  };
}

/** Links must name what exists: a 400 naming each unknown code or id, before anything is written. */
async function checkLinks(ctx: AppContext, input: EntryInput): Promise<void> {
  const fields: { path: string; message: string; code: string }[] = [];
  input.authorityCodes.forEach((code, i) => {
    if (!ctx.directory.get(code)) fields.push({ path: `authorityCodes.${i}`, message: `no authority ${code}`, code: 'unknown_authority' });
  });
  for (const [i, id] of input.twinningIds.entries()) {
    if (!(await twinningSides(ctx.db, id))?.shownPublicly) fields.push({ path: `twinningIds.${i}`, message: `no twinning ${id}`, code: 'unknown_twinning' });
  }
  for (const [i, id] of input.projectIds.entries()) {
    try {
      await getProject(ctx, id);
    } catch {
      fields.push({ path: `projectIds.${i}`, message: `no project ${id}`, code: 'unknown_project' });
    }
  }
  if (fields.length) throw badRequest('Some links name nothing on the platform', fields);
}

/** An officer (or a manager) proposes an entry; it stays unpublished until a manager decides. */
export async function proposeEntry(ctx: AppContext, user: SessionUser, input: EntryInput): Promise<LibraryEntry> {
  if (!canPropose(user)) throw forbidden('Only officers, programme managers and admins propose library entries');
  await checkLinks(ctx, input);
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(e).values({ ...input, status: 'proposed', proposedBy: user.id }).returning();
    await audit(tx, { actorId: user.id, action: 'library.propose', entityType: 'library_entry', entityId: created!.id, after: { kind: input.kind, titleTr: input.titleTr, titleEn: input.titleEn } });
    return created!;
  });
  return toEntry(row, user);
}

/** An entry: published ones for anyone; others for their proposer and reviewers only (404 for the rest, as if absent). */
export async function getEntry(ctx: AppContext, user: SessionUser | null, id: string): Promise<LibraryEntry> {
  const [row] = await ctx.db.select().from(e).where(eq(e.id, id));
  if (!row || !(row.status === 'published' || canReview(user) || (!!user && row.proposedBy === user.id))) throw notFound('No such library entry');
  return toEntry(row, user);
}

/** An entry's title as a notice names it (English first), whatever its status: the caller already checked the reader. */
export async function entryTitle(ctx: AppContext, id: string): Promise<string> {
  const [row] = await ctx.db.select({ tr: e.titleTr, en: e.titleEn }).from(e).where(eq(e.id, id));
  if (!row) throw notFound('No such library entry');
  return row.en || row.tr;
}

/** Publish or reject a proposed entry (managers and admins), audited, its proposer notified; a decided entry is a 409. */
export async function decideEntry(ctx: AppContext, user: SessionUser | null, id: string, d: Decision): Promise<LibraryEntry> {
  if (!user) throw unauthorized();
  if (!canReview(user)) throw forbidden('Only programme managers and admins publish library entries');
  const row = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(e).where(eq(e.id, id)).for('update');
    if (!before) throw notFound('No such library entry');
    if (before.status !== 'proposed') throw conflict('library_entry_decided', `This entry is already ${before.status}`, { status: before.status });
    const status = d.action === 'publish' ? 'published' : 'rejected';
    const [after] = await tx
      .update(e)
      .set({ status, decidedBy: user.id, decisionReason: d.reason || null, publishedAt: status === 'published' ? new Date() : null })
      .where(eq(e.id, id))
      .returning();
    await audit(tx, { actorId: user.id, action: `library.${d.action}`, entityType: 'library_entry', entityId: id, before: { status: before.status }, after: { status, reason: d.reason } });
    // The proposer hears of the decision (in the app and by mail, in the same transaction); a manager deciding their own proposal needs no notice.
    if (before.proposedBy && before.proposedBy !== user.id) {
      await notifyPeople(tx, ctx, [before.proposedBy], status === 'published' ? 'library_published' : 'library_rejected', { title: before.titleEn || before.titleTr, link: `/library/${id}` }, { subject: `library:${id}`, message: d.reason || undefined });
    }
    return after!;
  });
  return toEntry(row, user);
}

/** Reviewers: entries waiting for a decision, oldest first. Officers: their own proposals, newest first. */
export async function reviewList(ctx: AppContext, user: SessionUser | null): Promise<{ items: ReviewItem[] }> {
  if (!user) throw unauthorized();
  if (!canPropose(user)) throw forbidden('Only officers, programme managers and admins have library proposals');
  const where: SQL | undefined = canReview(user) ? eq(e.status, 'proposed') : eq(e.proposedBy, user.id);
  const rows = await ctx.db
    .select({ id: e.id, kind: e.kind, status: e.status, titleTr: e.titleTr, titleEn: e.titleEn, createdAt: e.createdAt })
    .from(e)
    .where(where)
    .orderBy(canReview(user) ? e.createdAt : desc(e.createdAt))
    .limit(200);
  return {
    items: rows.map((r) => ({ id: r.id, kind: r.kind as ReviewItem['kind'], status: r.status as ReviewItem['status'], titleTr: r.titleTr, titleEn: r.titleEn, createdAt: r.createdAt.toISOString() })),
  };
}
