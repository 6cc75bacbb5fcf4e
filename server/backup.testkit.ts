import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { nonEmptyTables, readCatalog, rowsOf, table } from './platform/backup.catalog';
import { openDatabase, type Db } from './platform/db';
import { localFileStore, type FileStore } from './platform/files';
import { throwawayDatabase } from './test/harness';

// Helpers of the backup tests: fresh targets of either kind, every table's fingerprint, and damaged copies of a backup.

export interface Target {
  db: Db;
  files: FileStore;
  kind: 'pglite' | 'postgres';
  dataDir: string;
  close(): Promise<void>;
}

/** An empty, migrated database with an empty upload folder: PGlite in a new data folder, or a new database on DATABASE_URL's server. */
export async function freshTarget(kind: 'pglite' | 'postgres'): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-restore-'));
  const throwaway = kind === 'postgres' ? await throwawayDatabase(process.env.DATABASE_URL!) : null;
  const database = await openDatabase(throwaway ? { url: throwaway.url } : { dir: path.join(dataDir, 'db') });
  return {
    db: database.db,
    files: localFileStore(path.join(dataDir, 'uploads')),
    kind,
    dataDir,
    async close() {
      await database.close();
      await throwaway?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every table of schema public as "rows:md5 of its rows in order", and every sequence's position: equal
 * fingerprints mean equal contents. Read in UTC, so PGlite and PostgreSQL print timestamps alike.
 */
export async function everyTable(db: Db): Promise<Record<string, string>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL TIME ZONE 'UTC'`);
    const rels = await rowsOf<{ name: string; kind: string }>(
      tx,
      sql`SELECT c.relname AS name, c.relkind::text AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { name, kind } of rels) {
      const [r] = kind === 'S'
        ? await rowsOf<{ v: string }>(tx, sql`SELECT concat_ws(':', last_value, is_called) AS v FROM ${table(name)}`)
        : await rowsOf<{ v: string }>(tx, sql`SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS v FROM ${table(name)} x`);
      out[name] = r!.v;
    }
    return out;
  });
}

/** Rows in any table of schema public, and files in the store: both nothing after a refused restore. */
export async function leftovers(t: Target): Promise<{ tables: string[]; files: number }> {
  const tables = await nonEmptyTables(t.db, (await readCatalog(t.db)).columns.keys());
  let files = 0;
  for await (const _key of t.files.keys()) files += 1;
  return { tables, files };
}

/** A copy of a backup with its text changed (decompressed, edited, compressed again). */
export function edited(file: string, change: (text: string) => string): string {
  const out = `${file}.edited-${Math.random().toString(36).slice(2)}.gz`;
  fs.writeFileSync(out, gzipSync(change(gunzipSync(fs.readFileSync(file)).toString('utf8'))));
  return out;
}

/** A copy of a backup's bytes changed: cut short, or a few bytes in the middle overwritten. */
export function damaged(file: string, how: 'cut' | 'flipped'): string {
  const bytes = Buffer.from(fs.readFileSync(file));
  const out = `${file}.${how}.gz`;
  if (how === 'cut') fs.writeFileSync(out, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
  else {
    for (let i = Math.floor(bytes.length / 2); i < Math.floor(bytes.length / 2) + 8; i++) bytes[i] = bytes[i]! ^ 0xff;
    fs.writeFileSync(out, bytes);
  }
  return out;
}
