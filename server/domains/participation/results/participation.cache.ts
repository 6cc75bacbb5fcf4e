import { eq, sql } from 'drizzle-orm';
import { results, type Results } from '../../../../shared/participation';
import type { Db } from '../../../platform/db';
import { consultationResultsCache, consultations } from '../participation.schema';

/*
 * Results cached per consultation in the database, so every app process shares them (issue 13; 50,000
 * responses take seconds to weigh). A cached row is served only while its fingerprint equals the one
 * of the data now: no write path has to remember to invalidate anything.
 */

/** Bump when the results rules or their shape change (a test holds it to the figures): every cached row then misses once. */
export const RULES_VERSION = 'r1';

// Microseconds since the epoch: the same text whatever a session's time zone.
const micros = (column: string) => `coalesce((extract(epoch from max(${column})) * 1000000)::bigint, 0)`;

/**
 * One aggregate query over everything the results depend on: the responses (count, latest change),
 * the shown statements (count, latest change), the consultation's own row (questions, minimum group
 * size, decision, updated_at). `xmin` is the id of the transaction that last wrote a row: its sum
 * changes on any committed update, even one that kept the timestamps or committed after a later one.
 */
const fingerprint = sql<string>`concat_ws('|',
  (select concat_ws(':', count(*), ${sql.raw(micros('r.updated_at'))}, coalesce(sum(r.xmin::text::bigint), 0))
     from consultation_responses r where r.consultation_id = ${consultations.id}),
  (select concat_ws(':', count(*), ${sql.raw(micros('s.updated_at'))}, coalesce(sum(s.xmin::text::bigint), 0))
     from consultation_statements s where s.consultation_id = ${consultations.id} and s.status = 'shown'),
  (extract(epoch from ${consultations.updatedAt}) * 1000000)::bigint,
  coalesce((extract(epoch from ${consultations.decisionAt}) * 1000000)::bigint, 0),
  ${consultations.minGroupSize}, ${consultations}.xmin::text)`;

/** The current fingerprint of a consultation's results, and the cached row if there is one. */
async function lookUp(db: Db, id: string) {
  const [row] = await db
    .select({ now: fingerprint, cached: consultationResultsCache.fingerprint, results: consultationResultsCache.results })
    .from(consultations)
    .leftJoin(consultationResultsCache, eq(consultationResultsCache.consultationId, consultations.id))
    .where(eq(consultations.id, id));
  return row && { ...row, now: `${RULES_VERSION}|${row.now}` };
}

/**
 * The consultation's results: the cached ones while nothing they depend on changed, else computed and
 * stored. The fingerprint is read before `compute` reads the data, so a write in between leaves a row
 * that misses next time, never one that is stale. Two processes missing at once both upsert; the last
 * one wins, and either row is correct for its fingerprint.
 */
export async function cachedResults(db: Db, id: string, compute: () => Promise<Results>): Promise<Results> {
  const found = await lookUp(db, id);
  if (found && found.cached === found.now) {
    // A row written by an older version that no longer fits the schema is recomputed, not a 500.
    const parsed = results.safeParse(found.results);
    if (parsed.success) return parsed.data;
  }
  const fresh = await compute();
  if (found) {
    await db
      .insert(consultationResultsCache)
      .values({ consultationId: id, fingerprint: found.now, results: fresh, computedAt: new Date() })
      .onConflictDoUpdate({
        target: consultationResultsCache.consultationId,
        set: { fingerprint: sql`excluded.fingerprint`, results: sql`excluded.results`, computedAt: sql`excluded.computed_at` },
      });
  }
  return fresh;
}
