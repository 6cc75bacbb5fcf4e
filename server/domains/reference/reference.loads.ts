import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { referenceLoads } from './reference.schema';

/**
 * The load of a reference dataset: its row count and when it was loaded (the stored time as text,
 * to the microsecond, so it can name a version), or null before its first load.
 */
export async function datasetLoad(db: Db, dataset: string): Promise<{ rows: number; at: string } | null> {
  const [load] = await db
    .select({ rows: referenceLoads.rows, at: sql<string>`${referenceLoads.loadedAt}::text` })
    .from(referenceLoads)
    .where(eq(referenceLoads.dataset, dataset));
  return load ?? null;
}
