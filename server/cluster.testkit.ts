import { sql } from 'drizzle-orm';
import type { Db } from './platform/db';

/** A platform twinning of İstanbul and München, active and untouched since 2020: the dormant reminder is due. */
export async function seedDormantTwinning(db: Db): Promise<string> {
  const rows = (await db.execute(sql`
    INSERT INTO twinnings (a_code, a_name, a_country, b_code, b_name, b_country, status, source, updated_at, created_at)
    VALUES ('TR-BSB-34', 'İstanbul', 'TR', 'DE_09162000', 'München', 'DE', 'active', 'platform', '2020-01-01', '2020-01-01')
    RETURNING id`)) as unknown as { rows: { id: string }[] };
  return rows.rows[0]!.id;
}

/** Mails and notices the dormant reminder of this twinning wrote (each officer should get one of each). */
export async function dormantReminders(db: Db, twinningId: string): Promise<{ mails: number; notices: number }> {
  const rows = (await db.execute(sql`
    SELECT (SELECT count(*)::int FROM outbox WHERE body LIKE ${`%/twinnings/${twinningId}%`}) AS mails,
           (SELECT count(*)::int FROM notifications WHERE kind = 'twinning_dormant_risk' AND subject = ${`twinning:${twinningId}`}) AS notices`)) as unknown as { rows: { mails: number; notices: number }[] };
  return rows.rows[0]!;
}
