import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema';
import { PROJECT_DIR } from './config';
import { lockDataDir } from './datalock';

/** The database handle every service takes: PGlite and PostgreSQL look the same through drizzle. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle; it can be used wherever a Db is expected. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const MIGRATIONS = path.join(PROJECT_DIR, 'server/db/migrations');
/** The advisory lock migrations run under on PostgreSQL (a key space apart from cluster.lock.ts's named locks). */
const MIGRATION_LOCK = [0x746d, 0];
/** How long a request waits for a PostgreSQL connection (a new one, or a free one of the pool) before it fails. */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Open the database and bring it to the latest migration: PostgreSQL when a URL is given,
 * else PGlite in `dir` (file-backed) or in memory when `dir` is omitted (tests).
 * Each driver is loaded only when used: loading both costs start-up time for nothing.
 */
export async function openDatabase(opts: { url?: string; dir?: string; poolSize?: number }): Promise<Database> {
  if (opts.url) {
    const [{ default: pg }, { drizzle }, { migrate }] = await Promise.all([
      import('pg'),
      import('drizzle-orm/node-postgres'),
      import('drizzle-orm/node-postgres/migrator'),
    ]);
    // While the database cannot be reached, a request waits at most CONNECT_TIMEOUT_MS for a connection
    // and is then answered 503 (errors.ts), instead of hanging; keep-alive finds a silently dead peer.
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
    // An idle connection the server ends (restart, a dropped test database) must not crash the process:
    // the pool drops it and opens another on the next query.
    pool.on('error', (err) => console.warn(`TwinBridge: an idle PostgreSQL connection ended: ${err.message}`));
    // A connection that ends while checked out (a transaction between two statements, the lock a
    // periodic job holds) emits 'error' too, and the pool listens only to idle ones: unheard, it would
    // end the process. Its query or the next one fails and says why; here it is only noted.
    pool.on('connect', (client) => client.on('error', (err) => console.warn(`TwinBridge: a PostgreSQL connection in use ended: ${err.message}`)));
    const db = drizzle(pool, { schema });
    // Processes starting at once (several machines, a restart of all) would migrate at once, and the
    // second fails on what the first creates: one migrates while holding this lock, the others wait
    // and then find nothing to do. The lock is held on a connection of its own, freed if we die.
    const holder = await pool.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', MIGRATION_LOCK);
      await migrate(db, { migrationsFolder: MIGRATIONS });
    } finally {
      await holder.query('SELECT pg_advisory_unlock($1, $2)', MIGRATION_LOCK).catch(() => {});
      holder.release();
    }
    return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  if (opts.dir) fs.mkdirSync(opts.dir, { recursive: true });
  // Before PGlite reads the folder: a second process on it must not start at all.
  const release = opts.dir ? lockDataDir(opts.dir) : () => {};
  try {
    const client = opts.dir ? new PGlite(opts.dir) : new PGlite();
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    const close = async () => {
      await client.close();
      release();
    };
    return { db: db as unknown as Db, kind: 'pglite', close };
  } catch (err) {
    release();
    throw err;
  }
}
