import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { copyRows, withIndexesAfter } from '../../platform/bulkCopy';
import { insertJsonRows } from '../../platform/bulkInsert';
import type { Db } from '../../platform/db';
import { authorities } from './authorities.schema';
import { searchKeys } from './authorities.rules';

/** A directory row as the reference data gives it. */
export type NewAuthority = typeof authorities.$inferInsert;

// Writes of the reference domain's first-start load and name backfill into the directory table. Each
// takes the caller's handle: the reference domain runs them inside its transaction with its marker row.

/** Insert one batch of authorities (a code already there is kept); every row sets the same columns. */
export async function insertAuthorities(db: Db, rows: readonly NewAuthority[]): Promise<void> {
  await insertJsonRows(db, authorities, rows, { onConflictDoNothing: true });
}

/** Insert one batch of new authorities with COPY, the fastest way either database has; a code already there fails it. */
export async function copyAuthorities(db: Db, rows: readonly NewAuthority[]): Promise<void> {
  await copyRows(db, authorities, rows);
}

/** Run a load of the empty directory table with its secondary indexes made after it (withIndexesAfter). */
export function withDirectoryIndexesAfter<T>(db: Db, load: () => Promise<T>): Promise<T> {
  return withIndexesAfter(db, authorities, load);
}

/** True while the directory table holds no row at all. */
export async function directoryIsEmpty(db: Db): Promise<boolean> {
  return (await db.select({ code: authorities.code }).from(authorities).limit(1)).length === 0;
}

/** Region and population of every EU authority, for naming regions from their largest towns. */
export function euRegionRows(db: Db): Promise<{ country: string; region: string | null; regionName: string | null; population: number | null }[]> {
  return db
    .select({ country: authorities.country, region: authorities.region, regionName: authorities.regionName, population: authorities.population })
    .from(authorities)
    .where(ne(authorities.country, 'TR'));
}

/** Name the EU authorities that have no region name, by their region code; changed rows get a new `updated_at`. */
export async function nameUnnamedRegions(db: Db, names: ReadonlyMap<string, string>): Promise<void> {
  const values = [...names].map(([region, name]) => sql`(${region}::text, ${name}::text)`);
  // One statement: the region column has no index, so one update per region would scan ~1,000 times.
  if (values.length)
    await db.execute(sql`update authorities set region_name = v.name, updated_at = now()
      from (values ${sql.join(values, sql`, `)}) as v(region, name)
      where authorities.region_name is null and authorities.country <> 'TR' and authorities.region = v.region`);
}

/** Recompute the search keys of these authorities (today's folding and exonyms); changed rows get a new `updated_at`. */
export async function refreshSearchKeys(db: Db, codes: readonly string[]): Promise<void> {
  const named = await db
    .select({ code: authorities.code, name: authorities.name, nameLatin: authorities.nameLatin, keys: authorities.searchKeys })
    .from(authorities)
    .where(inArray(authorities.code, [...codes]));
  for (const r of named) {
    const keys = searchKeys(r.name, r.nameLatin, r.code);
    if (keys !== r.keys) await db.update(authorities).set({ searchKeys: keys, updatedAt: sql`now()` }).where(eq(authorities.code, r.code));
  }
}

/** What the EU regions are measured by: every EU municipality's region, people, area and centre. */
export function euRegionMembers(db: Db): Promise<{ country: string; region: string | null; regionName: string | null; population: number | null; areaKm2: number | null; lat: number | null; lon: number | null }[]> {
  return db
    .select({
      country: authorities.country, region: authorities.region, regionName: authorities.regionName,
      population: authorities.population, areaKm2: authorities.areaKm2, lat: authorities.lat, lon: authorities.lon,
    })
    .from(authorities)
    .where(and(ne(authorities.country, 'TR'), eq(authorities.type, 'municipality')));
}
