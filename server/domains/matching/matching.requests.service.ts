import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import { partnerRequestBody, type PartnerRequest, type PartnerRequestBody } from '../../../shared/matching';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors';
import { fold } from '../../../shared/text/fold';
import { canEditRequest, ownAuthority } from './matching.policy';
import { partnerRequests } from './matching.schema';
import { signalsChanged } from './matching.changes';

type Row = typeof partnerRequests.$inferSelect;

function toRequest(ctx: AppContext, r: Row): PartnerRequest {
  return {
    id: r.id,
    authority: ctx.directory.get(r.authorityCode)!,
    title: r.title,
    themes: r.themes,
    targetCountries: r.targetCountries,
    authorityTypes: r.authorityTypes,
    minPopulation: r.minPopulation,
    maxPopulation: r.maxPopulation,
    languages: r.languages,
    timeframe: r.timeframe,
    descriptionEn: r.descriptionEn,
    descriptionTr: r.descriptionTr,
    status: r.status as PartnerRequest['status'],
    demo: r.demo,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function rowById(ctx: AppContext, id: string): Promise<Row> {
  const [row] = await ctx.db.select().from(partnerRequests).where(eq(partnerRequests.id, id));
  // Outside demo mode a demo request is as good as gone: not listed, not shown, not answerable.
  if (!row || (row.demo && !ctx.config.demo)) throw notFound('No such partner request');
  return row;
}

/** An officer publishes a request for their own authority. */
export async function createRequest(ctx: AppContext, user: SessionUser, body: PartnerRequestBody): Promise<PartnerRequest> {
  const code = ownAuthority(user);
  if (!code) throw forbidden('Only an officer of an authority can publish its partner requests');
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(partnerRequests).values({ ...body, authorityCode: code, createdBy: user.id }).returning();
    await audit(tx, { actorId: user.id, action: 'partner_request.created', entityType: 'partner_request', entityId: created!.id, after: body });
    return created!;
  });
  await signalsChanged(ctx);
  return toRequest(ctx, row);
}

/** Edit an open request, or close it (officers of its authority; admins for moderation). */
export async function updateRequest(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  change: Partial<PartnerRequestBody> & { status?: 'open' | 'closed' },
): Promise<PartnerRequest> {
  const row = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(partnerRequests).where(eq(partnerRequests.id, id)).for('update');
    if (!before) throw notFound('No such partner request');
    if (!canEditRequest(user, before.authorityCode, Object.keys(change))) throw forbidden('Only officers of this authority can change its requests; admins may close or reopen them');
    if (before.status === 'closed' && change.status !== 'open' && Object.keys(change).some((k) => k !== 'status')) throw conflict('request_closed_edit', 'A closed request cannot be edited; reopen it first');
    assertWhole(before, change);
    const [after] = await tx.update(partnerRequests).set({ ...change, updatedAt: new Date() }).where(eq(partnerRequests.id, id)).returning();
    await audit(tx, { actorId: user.id, action: 'partner_request.updated', entityType: 'partner_request', entityId: id, before: { status: before.status }, after: change });
    return after!;
  });
  await signalsChanged(ctx);
  return toRequest(ctx, row);
}

/**
 * An edit names only some fields, so the rules that tie fields together (min ≤ max population, a
 * description in one language at least) are checked on the request as it would be after the edit.
 */
function assertWhole(before: Row, change: Partial<PartnerRequestBody>): void {
  const after = partnerRequestBody.safeParse({ ...before, ...change }); // unknown keys (id, status, ...) are stripped
  if (!after.success) throw badRequest('The edited request would be invalid', after.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message })));
}

export async function getRequest(ctx: AppContext, id: string): Promise<PartnerRequest> {
  return toRequest(ctx, await rowById(ctx, id));
}

/** The board: requests by status with text, country, theme and authority filters, newest first. */
export async function listRequests(
  ctx: AppContext,
  f: { q?: string; country?: string; theme?: string; authority?: string; status: 'open' | 'closed'; limit: number; offset: number },
) {
  const where: SQL[] = [eq(partnerRequests.status, f.status)];
  if (!ctx.config.demo) where.push(eq(partnerRequests.demo, false));
  if (f.theme) where.push(sql`${partnerRequests.themes} ? ${f.theme}`);
  if (f.authority) where.push(eq(partnerRequests.authorityCode, f.authority));
  const rows = await ctx.db.select().from(partnerRequests).where(and(...where)).orderBy(desc(partnerRequests.createdAt), desc(partnerRequests.id));
  // Country and text filters read the directory (names are folded in TypeScript, not by the database).
  const q = f.q ? fold(f.q) : '';
  const items = rows
    .map((r) => toRequest(ctx, r))
    .filter((r) => !f.country || r.authority.country === f.country)
    .filter((r) => !q || fold(`${r.title} ${r.authority.name} ${r.authority.nameLatin ?? ''} ${r.descriptionEn} ${r.descriptionTr}`).includes(q));
  return { total: items.length, items: items.slice(f.offset, f.offset + f.limit) };
}
