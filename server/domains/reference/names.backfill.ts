import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { EXONYMS } from '../../../shared/text/exonyms';
import { euRegionRows, nameUnnamedRegions, refreshSearchKeys } from '../authorities/authorities.load';
import { referenceLoads } from './reference.schema';
import { regionNamesByNuts } from './regions.rules';

/** Marks a database whose names are filled as the current code fills them (bump to run a new backfill). */
export const NAMES_MARKER = 'names-v1';

/**
 * Bring a directory loaded by older code up to today's naming: region names for EU authorities
 * that had none (from their NUTS-3 region, regions.rules) and exonyms in the search keys. Runs
 * once (a marker row, written in the same transaction); a fresh load writes the marker itself.
 * Changed rows get a new `updated_at`, so the directory snapshot is rebuilt.
 */
export async function backfillNames(db: Db): Promise<boolean> {
  const done = await db.select().from(referenceLoads).where(eq(referenceLoads.dataset, NAMES_MARKER));
  if (done.length) return false;
  await db.transaction(async (tx) => {
    await nameUnnamedRegions(tx, regionNamesByNuts(await euRegionRows(tx)));
    await refreshSearchKeys(tx, [...EXONYMS.keys()]);
    await tx.insert(referenceLoads).values({ dataset: NAMES_MARKER, rows: 0 }).onConflictDoNothing();
  });
  return true;
}
