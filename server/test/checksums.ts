import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db';

// A fingerprint of the database, to prove that refused requests changed nothing (fuzz and access tests).

/** Tables whose rows a refused request may touch on purpose: sign-in throttles and a session's last use. */
const MAY_CHANGE = /^(sessions|login_attempts|.*throttle.*|.*attempt.*)$/;

/** A checksum of every row of every table but those above, by table. */
export async function checksums(db: Db): Promise<Record<string, string>> {
  // Both drivers answer execute() with { rows }; the shared base type cannot say so.
  const tables = (
    (await db.execute(
      sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    )) as unknown as { rows: { name: string }[] }
  ).rows;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (MAY_CHANGE.test(name)) continue;
    const res = (await db.execute(
      sql`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS sum, count(*)::int AS n FROM ${sql.identifier(name)} x`,
    )) as unknown as { rows: { sum: string; n: number }[] };
    out[name] = `${res.rows[0]!.n}:${res.rows[0]!.sum}`;
  }
  return out;
}
