import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit.schema';
import type { AppContext } from '../../../platform/context';
import { amendments, awards } from '../grants.schema';
import { grantsChanged } from '../grants.answers';

/**
 * The grant as signed, for a contract signed before `signed_grant_cents` existed: the contract's
 * audit entry ("after" of award.contracted), else the "before" of the first addendum since
 * signature, else (no change since) the grant as it stands. Pure.
 */
export function signedGrantFrom(contractedEntry: unknown, firstAddendumBeforeCents: number | undefined, grantCents: number): number {
  const after = contractedEntry as { grantCents?: unknown } | null | undefined;
  if (typeof after?.grantCents === 'number' && Number.isSafeInteger(after.grantCents)) return after.grantCents;
  return firstAddendumBeforeCents ?? grantCents;
}

/**
 * Start-up hook: every signed contract without its signed grant gets it from where it was read
 * before (see signedGrantFrom). Idempotent: only rows still null are touched, and the update
 * keeps a value another process set meanwhile.
 */
export async function backfillSignedGrants(ctx: AppContext): Promise<void> {
  const open = await ctx.db
    .select({ id: awards.id, grantCents: awards.grantCents, contractedAt: awards.contractedAt })
    .from(awards)
    .where(and(isNull(awards.signedGrantCents), isNotNull(awards.contractedAt)));
  if (open.length === 0) return;
  const ids = open.map((a) => a.id);
  const entries = await ctx.db
    .select({ id: auditLog.entityId, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'award.contracted'), eq(auditLog.entityType, 'award'), inArray(auditLog.entityId, ids)))
    .orderBy(asc(auditLog.at));
  const addenda = await ctx.db.select().from(amendments).where(inArray(amendments.awardId, ids)).orderBy(asc(amendments.createdAt));
  for (const a of open) {
    const entry = entries.find((e) => e.id === a.id)?.after;
    const first = addenda.find((x) => x.awardId === a.id && a.contractedAt !== null && x.createdAt >= a.contractedAt);
    const signed = signedGrantFrom(entry, first?.before.grantCents, a.grantCents);
    await ctx.db.update(awards).set({ signedGrantCents: signed }).where(and(eq(awards.id, a.id), isNull(awards.signedGrantCents)));
  }
  await grantsChanged(ctx); // a start-up change, outside the routes that announce theirs
}
