import { and, count, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { loginAttempts } from './accounts.schema';

/**
 * Throttle counters in the database (table login_attempts: one row per hit under a key such as
 * `mail:someone@example.org`), so limits hold across restarts and across processes on one PostgreSQL.
 */

/** How many hits `key` had after `since`. */
export async function hitsSince(db: Db, key: string, since: Date): Promise<number> {
  const [row] = await db.select({ n: count() }).from(loginAttempts).where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

/** The times of `key`'s hits after `since`, newest first. */
export async function hitTimes(db: Db, key: string, since: Date): Promise<Date[]> {
  const rows = await db.select({ at: loginAttempts.at }).from(loginAttempts).where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since))).orderBy(loginAttempts.at);
  return rows.map((r) => r.at).reverse();
}

/** Count one hit under each key, and drop those keys' hits older than `keepSince` so the table stays small. */
export async function recordHits(db: Db, keys: readonly string[], now: Date, keepSince: Date): Promise<void> {
  if (keys.length === 0) return;
  await db.insert(loginAttempts).values(keys.map((key) => ({ key, at: now })));
  await db.delete(loginAttempts).where(and(inArray(loginAttempts.key, [...keys]), lt(loginAttempts.at, keepSince)));
}

/** Forget every hit under these keys (a right password, a fresh password). */
export async function clearHits(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length) await db.delete(loginAttempts).where(inArray(loginAttempts.key, [...keys]));
}
