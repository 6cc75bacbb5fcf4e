import { and, desc, eq, inArray, isNull, lt, max, or } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { ACTIVITY_KINDS, ActivityBody, TwinningStatus } from '../../../shared/twinnings';
import { timelineAudit } from '../../../shared/twinnings.api';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { notifyOfficers } from '../matching/matching.notify';
import { twinningActivities } from './twinnings.activities.schema';
import { canLogActivity, seesInsideView } from './twinnings.policy';
import { dormantAtRisk, shownPublicly } from './twinnings.rules';
import { twinnings } from './twinnings.schema';
import { signalsChanged } from '../matching/matching.changes';
import { registryChanged } from './twinnings.registry';

type Activity = typeof twinningActivities.$inferSelect;

function toActivity(a: Activity) {
  const { twinningId: _t, createdBy: _c, ...rest } = a;
  return { ...rest, kind: a.kind as (typeof ACTIVITY_KINDS)[number], endsOn: a.endsOn ?? null, createdAt: a.createdAt.toISOString() };
}

/** Log an activity; officers of either side, on a twinning that has not ended. */
export async function addActivity(ctx: AppContext, user: SessionUser, twinningId: string, body: ActivityBody) {
  const activity = await ctx.db.transaction(async (tx) => {
    const [t] = await tx.select().from(twinnings).where(eq(twinnings.id, twinningId)).for('update');
    if (!t) throw notFound('No such twinning');
    if (!canLogActivity(user, t)) throw forbidden('Only officers of the two authorities log activities');
    if (t.status === 'ended') throw conflict('twinning_ended', 'This twinning has ended');
    const [row] = await tx.insert(twinningActivities).values({ ...body, endsOn: body.endsOn ?? null, twinningId, createdBy: user.id }).returning();
    await tx.update(twinnings).set({ remindedAt: null }).where(eq(twinnings.id, twinningId));
    await audit(tx, { actorId: user.id, action: timelineAudit('activity_logged'), entityType: 'twinning', entityId: twinningId, after: { activityId: row!.id, kind: body.kind } });
    return toActivity(row!);
  });
  await signalsChanged(ctx); // an activity's themes feed the partner recommendations
  await registryChanged(ctx); // and the registry's theme filter and figures
  return activity;
}

/** A twinning's activities, newest first (public, but a bare proposal's only to its sides' officers and admins). */
export async function listActivities(ctx: AppContext, user: SessionUser | null, twinningId: string) {
  const [t] = await ctx.db.select().from(twinnings).where(eq(twinnings.id, twinningId));
  if (t && !shownPublicly(t) && !seesInsideView(user, t)) throw notFound('No such twinning');
  const rows = await ctx.db.select().from(twinningActivities).where(eq(twinningActivities.twinningId, twinningId)).orderBy(desc(twinningActivities.startsOn));
  return { items: rows.map(toActivity) };
}

/** Whether a twinning is dormant-at-risk now (for its page and the registry). */
export async function riskOf(ctx: AppContext, twinningId: string, now = new Date()): Promise<boolean> {
  const [t] = await ctx.db.select().from(twinnings).where(eq(twinnings.id, twinningId));
  if (!t || t.source !== 'platform') return false;
  const [last] = await ctx.db.select({ at: max(twinningActivities.startsOn) }).from(twinningActivities).where(eq(twinningActivities.twinningId, twinningId));
  return dormantAtRisk(t.status as TwinningStatus, last?.at ? new Date(last.at) : null, t.updatedAt, now);
}

const REMIND_EVERY_DAYS = 30;

/** Remind both sides' officers of platform twinnings at risk (at most once a month each); returns how many. */
export async function remindDormant(ctx: AppContext, now = new Date()): Promise<number> {
  const due = new Date(now.getTime() - REMIND_EVERY_DAYS * 86_400_000);
  const candidates = await ctx.db
    .select()
    .from(twinnings)
    .where(and(eq(twinnings.source, 'platform'), inArray(twinnings.status, ['signed', 'active']), or(isNull(twinnings.remindedAt), lt(twinnings.remindedAt, due))));
  if (!candidates.length) return 0;
  const lastRows = await ctx.db
    .select({ id: twinningActivities.twinningId, at: max(twinningActivities.startsOn) })
    .from(twinningActivities)
    .where(inArray(twinningActivities.twinningId, candidates.map((c) => c.id)))
    .groupBy(twinningActivities.twinningId);
  const last = new Map(lastRows.map((r) => [r.id, r.at ? new Date(r.at) : null]));
  let reminded = 0;
  for (const t of candidates) {
    if (!dormantAtRisk(t.status as TwinningStatus, last.get(t.id) ?? null, t.updatedAt, now)) continue;
    await ctx.db.transaction(async (tx) => {
      for (const [code, partner] of [[t.aCode, t.bName], [t.bCode, t.aName]] as const)
        if (code) await notifyOfficers(tx, ctx, code, 'twinning_dormant_risk', { title: partner, link: `/twinnings/${t.id}` }, { subject: `twinning:${t.id}` });
      await tx.update(twinnings).set({ remindedAt: now }).where(eq(twinnings.id, t.id));
    });
    reminded++;
  }
  return reminded;
}
