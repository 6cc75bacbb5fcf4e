import { and, eq, or, sql } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import { z } from 'zod';
import { TWINNING_STATUSES, type TwinningStatus } from '../../../shared/twinnings';
import { timelineAudit, type TimelineAction } from '../../../shared/twinnings.api';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { conflict, forbidden, notFound, refused } from '../../platform/errors';
import { parseJsonb } from '../../platform/jsonb';
import { listAudit } from '../accounts/accounts.admin';
import { directoryNamed, type NameSource } from '../authorities/authorities.names';
import { registryChanged } from './twinnings.registry';
import { apply, shownPublicly, type Command } from './twinnings.rules';
import { notifyTwinningStep } from './twinnings.notify';
import { proposingAuthority, seesInsideView, sideOf } from './twinnings.policy';
import { twinnings } from './twinnings.schema';
import { graphChanged } from '../matching/matching.changes';

type Row = typeof twinnings.$inferSelect;

/** What the timeline reads of a twinning's audit details (file and activity entries carry neither). */
const stepDetails = z.object({ status: z.enum(TWINNING_STATUSES).optional(), side: z.enum(['a', 'b']).optional() }).nullable();

/** A twinning with its pending step, as the API shows it; sides tied to the directory carry its names. */
export function toTwinning(row: Row, directory: NameSource) {
  return {
    id: row.id,
    a: directoryNamed(directory, { code: row.aCode, name: row.aName, country: row.aCountry, countryName: row.aCountryName }),
    b: directoryNamed(directory, { code: row.bCode, name: row.bName, country: row.bCountry, countryName: row.bCountryName }),
    status: row.status as TwinningStatus,
    pending: row.pendingTarget ? { target: row.pendingTarget as TwinningStatus, approvals: row.pendingApprovals } : null,
    since: row.sinceYear,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Propose a twinning between the officer's authority and another (optionally from an accepted approach). */
export async function proposeTwinning(ctx: AppContext, user: SessionUser, partnerCode: string, eoiId?: string) {
  const own = proposingAuthority(user);
  if (!own) throw forbidden('Only an officer of an authority can propose a twinning');
  const partner = ctx.directory.get(partnerCode);
  const mine = ctx.directory.get(own)!;
  if (!partner) throw notFound(`No authority with code ${partnerCode}`);
  if (partnerCode === own) throw conflict('twinning_self', 'An authority cannot twin with itself');
  const row = await ctx.db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: twinnings.id })
      .from(twinnings)
      .where(and(sql`${twinnings.status} <> 'ended'`, or(and(eq(twinnings.aCode, own), eq(twinnings.bCode, partnerCode)), and(eq(twinnings.aCode, partnerCode), eq(twinnings.bCode, own)))));
    if (existing.length) throw conflict('twinning_exists', 'These authorities already have a twinning in the registry');
    const [created] = await tx
      .insert(twinnings)
      .values({ aCode: own, aName: mine.name, aCountry: mine.country, bCode: partnerCode, bName: partner.name, bCountry: partner.country, status: 'proposed', source: 'platform', sources: ['platform'], createdBy: user.id, eoiId: eoiId ?? null })
      .returning();
    await audit(tx, { actorId: user.id, action: timelineAudit('proposed'), entityType: 'twinning', entityId: created!.id, after: { status: 'proposed', side: 'a' } });
    await notifyTwinningStep(tx, ctx, created!, 'a', 'proposed', { status: 'proposed', pending: null });
    return created!;
  });
  // No graph rebuild: the graph holds public twinnings only, and a bare proposal is not one (shownPublicly).
  await registryChanged(ctx);
  return toTwinning(row, ctx.directory);
}

/** True for a twinning the matching graph counts (twinningEdges: public and not ended). */
const inGraph = (row: Row) => row.status !== 'ended' && shownPublicly(row);

/** Apply a lifecycle command of the user's side; forbidden moves are a 409 with the reason. */
export async function changeTwinning(ctx: AppContext, user: SessionUser, id: string, cmd: Omit<Command, 'by'> & { to?: TwinningStatus }) {
  const { row, joined, left } = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(twinnings).where(eq(twinnings.id, id)).for('update');
    if (!before) throw notFound('No such twinning');
    const by = sideOf(user, before);
    if (!by) throw forbidden('Only officers of the two authorities change a twinning');
    const state = { status: before.status as TwinningStatus, pending: before.pendingTarget ? { target: before.pendingTarget as TwinningStatus, approvals: before.pendingApprovals } : null };
    const out = apply(state, { ...cmd, by } as Command);
    if (!out.ok) throw refused(out.reason);
    const [after] = await tx
      .update(twinnings)
      .set({ status: out.state.status, pendingTarget: out.state.pending?.target ?? null, pendingApprovals: out.state.pending?.approvals ?? [], updatedAt: new Date() })
      .where(eq(twinnings.id, id))
      .returning();
    await audit(tx, { actorId: user.id, action: timelineAudit(out.effect), entityType: 'twinning', entityId: id, before: { status: state.status, pending: state.pending }, after: { status: out.state.status, pending: out.state.pending, side: by, command: cmd.kind, to: cmd.to ?? null } });
    await notifyTwinningStep(tx, ctx, after!, by, out.effect, state);
    return { row: after!, joined: inGraph(after!) && !inGraph(before), left: inGraph(before) && !inGraph(after!) };
  });
  // This process counts the twinning in the matching graph in place and the others rebuild theirs in
  // the background: no request waits for a build (~0.5 s on the full data).
  if (joined || left) await graphChanged(ctx, { edge: { a: row.aCode, b: row.bCode, aName: row.aName, bName: row.bName, aCountry: row.aCountry, bCountry: row.bCountry }, joined });
  await registryChanged(ctx);
  return toTwinning(row, ctx.directory);
}

/** What the public reads in a timeline: the steps and activities with their dates; no file entries (a private file's existence is the sides' business). */
const PUBLIC_TIMELINE: ReadonlySet<string> = new Set<TimelineAction>(['proposed', 'moved', 'approval_recorded', 'approval_withdrawn', 'activity_logged']);

/**
 * A twinning with its timeline. The two sides' officers and admins see who did what and every file
 * entry; the public sees the steps and dates only, and a bare proposal not at all (404, shownPublicly).
 */
export async function twinningWithTimeline(ctx: AppContext, id: string, viewer: SessionUser | null) {
  const [row] = await ctx.db.select().from(twinnings).where(eq(twinnings.id, id));
  const inside = row ? seesInsideView(viewer, row) : false;
  if (!row || (!inside && !shownPublicly(row))) throw notFound('No such twinning');
  const { items } = await listAudit(ctx.db, { entityType: 'twinning', entityId: id, limit: 500, offset: 0 });
  const entries = items.reverse().map((e) => {
    const before = parseJsonb(stepDetails, e.before, `audit ${e.id} before`);
    const after = parseJsonb(stepDetails, e.after, `audit ${e.id} after`);
    return { at: e.at, who: inside ? e.actorName : null, action: e.action.replace(/^twinning\./, ''), from: before?.status ?? null, to: after?.status ?? null, side: after?.side ?? null };
  });
  return { ...toTwinning(row, ctx.directory), timeline: inside ? entries : entries.filter((e) => PUBLIC_TIMELINE.has(e.action)) };
}
