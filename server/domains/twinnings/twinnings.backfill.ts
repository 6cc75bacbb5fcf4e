import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { twinnings } from './twinnings.schema';

/**
 * Earlier loads marked every listed twinning "active", which nobody knew. Loaded twinnings that no
 * officer has changed since (updated_at still equals created_at) become "unknown"; those an officer
 * moved keep the state the officer gave. Idempotent: a second run finds nothing to change.
 */
export async function markLoadedUnknown(db: Db): Promise<number> {
  const changed = await db
    .update(twinnings)
    .set({ status: 'unknown' })
    .where(and(sql`${twinnings.source} <> 'platform'`, eq(twinnings.status, 'active'), sql`${twinnings.updatedAt} = ${twinnings.createdAt}`))
    .returning({ id: twinnings.id });
  return changed.length;
}

/** Start-up hook: the backfill above. */
export async function unknownStatusHook(ctx: AppContext): Promise<void> {
  await markLoadedUnknown(ctx.db);
}
