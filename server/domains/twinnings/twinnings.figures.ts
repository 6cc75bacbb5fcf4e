import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { tableFingerprint } from '../../platform/fingerprint';
import { twinnings } from './twinnings.schema';
import { publiclyShown } from './twinnings.service';

// What the public dashboard (stats domain) reads of the twinnings: the registry's rows, lean, and a
// fingerprint that changes whenever twinnings or their activities change. Activities per theme per
// year come from activitiesByThemeYear in twinnings.service.ts.

/** Every public twinning's sides' countries, state, source year and the year it was made (Istanbul time). */
export async function twinningFigureRows(db: Db) {
  return db
    .select({
      aCountry: twinnings.aCountry,
      bCountry: twinnings.bCountry,
      status: twinnings.status,
      sinceYear: twinnings.sinceYear,
      source: twinnings.source,
      createdYear: sql<number>`extract(year from ${twinnings.createdAt} at time zone 'Europe/Istanbul')::int`.mapWith(Number),
    })
    .from(twinnings)
    .where(publiclyShown());
}

/** Changes with any committed change to twinnings or their activities. */
export async function twinningsFingerprint(db: Db): Promise<string> {
  const [row] = await db.select({ f: sql<string>`concat_ws('|', ${tableFingerprint('twinnings')}, ${tableFingerprint('twinning_activities')})` }).from(sql`(select 1) as one`);
  return row?.f ?? '';
}
