import { lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { tableFingerprint } from '../../platform/fingerprint';
import { consultations } from './participation.schema';

// What the public dashboard (stats domain) reads of participation: consultations run, and a
// fingerprint of it. A consultation counts once it has opened, so the fingerprint holds the count as
// of now as well: an opening date passing changes it although no row changed.

/** Consultations that have opened by `now` (running or closed). */
export async function consultationsRun(db: Db, now: Date): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int`.mapWith(Number) }).from(consultations).where(lte(consultations.opensAt, now));
  return row?.n ?? 0;
}

/** Changes with any committed change to consultations, and when one opens. */
export async function consultationsFingerprint(db: Db, now: Date): Promise<string> {
  const [row] = await db
    .select({ f: sql<string>`concat_ws('|', count(*) filter (where ${lte(consultations.opensAt, now)}), ${tableFingerprint('consultations')})` })
    .from(consultations);
  return row?.f ?? '';
}
