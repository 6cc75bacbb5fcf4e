import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { authorities } from './authorities.schema';

/** How many authorities the directory table holds. */
export async function authorityCount(db: Db): Promise<number> {
  const [r] = await db.select({ n: count() }).from(authorities);
  return r?.n ?? 0;
}

/** One authority's stored row (undefined for an unknown code). */
export async function authorityRow(db: Db, code: string): Promise<typeof authorities.$inferSelect | undefined> {
  const [row] = await db.select().from(authorities).where(eq(authorities.code, code));
  return row;
}

/** Make a row look as older code left it: the given names, stamped on 2025-01-01. */
export async function asLeftByOlderCode(db: Db, code: string, names: { regionName?: null; searchKeys?: string }): Promise<void> {
  await db.update(authorities).set({ ...names, updatedAt: new Date('2025-01-01T00:00:00Z') }).where(eq(authorities.code, code));
}

/** Remove every authority of these types, as a directory loaded before they existed lacks them. */
export async function withoutTypes(db: Db, types: readonly string[]): Promise<void> {
  await db.delete(authorities).where(inArray(authorities.type, [...types]));
}

/** How many authorities of each type the directory table holds. */
export async function countsByType(db: Db): Promise<Record<string, number>> {
  const rows = await db.select({ type: authorities.type, n: count() }).from(authorities).groupBy(authorities.type);
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}

/** Every stored authority row, by code. */
export function allAuthorityRows(db: Db): Promise<(typeof authorities.$inferSelect)[]> {
  return db.select().from(authorities).orderBy(authorities.code);
}
