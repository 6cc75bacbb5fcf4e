import { eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { EXONYMS } from '../../../shared/text/exonyms';
import { authorities } from '../authorities/authorities.schema';
import { searchKeys } from '../authorities/authorities.rules';
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
    const rows = await tx
      .select({ country: authorities.country, region: authorities.region, regionName: authorities.regionName, population: authorities.population })
      .from(authorities)
      .where(ne(authorities.country, 'TR'));
    const names = [...regionNamesByNuts(rows)].map(([region, name]) => sql`(${region}::text, ${name}::text)`);
    // One statement: the region column has no index, so one update per region would scan ~1,000 times.
    if (names.length)
      await tx.execute(sql`update authorities set region_name = v.name, updated_at = now()
        from (values ${sql.join(names, sql`, `)}) as v(region, name)
        where authorities.region_name is null and authorities.country <> 'TR' and authorities.region = v.region`);
    const named = await tx
      .select({ code: authorities.code, name: authorities.name, nameLatin: authorities.nameLatin, keys: authorities.searchKeys })
      .from(authorities)
      .where(inArray(authorities.code, [...EXONYMS.keys()]));
    for (const r of named) {
      const keys = searchKeys(r.name, r.nameLatin, r.code);
      if (keys !== r.keys) await tx.update(authorities).set({ searchKeys: keys, updatedAt: sql`now()` }).where(eq(authorities.code, r.code));
    }
    await tx.insert(referenceLoads).values({ dataset: NAMES_MARKER, rows: 0 }).onConflictDoNothing();
  });
  return true;
}
