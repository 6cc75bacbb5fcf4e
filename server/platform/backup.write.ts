import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import { migrationLevel, readCatalog, rowsOf, table, type Catalog } from './backup.catalog';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, controlLine, dependencyOrder } from './backup.rules';
import type { Db, Tx } from './db';
import type { FileStore } from './files';

/** Told as the work goes: a table's rows so far, or a file count. */
export type BackupProgress = (what: string, done: number) => void;

export interface BackupSummary {
  tables: number;
  rows: number;
  files: number;
  /** Size of the written file. */
  bytes: number;
}

/** What is backed up: the database (and which kind it is, noted in the header) and the file store. */
export interface BackupSource {
  db: Db;
  kind: 'pglite' | 'postgres';
  files: FileStore;
}

/** Rows fetched from the cursor at a time: big tables stream through in slices, never whole. */
const FETCH = 2000;

/**
 * Write a backup of every table of schema public and every file of the store to `out`. The rows come
 * from one read-only snapshot (a consistent backup while PostgreSQL serves); the file appears under
 * its name only once complete, so a failed backup never leaves a file that looks like one.
 */
export async function writeBackup(source: BackupSource, out: string, progress: BackupProgress = () => {}): Promise<BackupSummary> {
  const { db } = source;
  const summary: BackupSummary = { tables: 0, rows: 0, files: 0, bytes: 0 };
  const partial = `${out}.partial`;
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      await pipeline(Readable.from(backupLines(tx, source, summary, progress)), createGzip(), fs.createWriteStream(partial));
    });
    fs.renameSync(partial, out);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  summary.bytes = fs.statSync(out).size;
  return summary;
}

async function* backupLines(tx: Tx, { kind, files }: BackupSource, summary: BackupSummary, progress: BackupProgress): AsyncGenerator<string> {
  const catalog = await readCatalog(tx);
  yield controlLine({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), database: kind, migrations: await migrationLevel(tx) }) + '\n';
  for (const name of dependencyOrder([...catalog.columns.keys()], catalog.keys)) {
    yield* tableLines(tx, catalog, name, summary, progress);
  }
  for (const s of catalog.sequences) {
    const [row] = await rowsOf<{ value: string; called: boolean }>(tx, sql`SELECT last_value::text AS value, is_called AS called FROM ${table(s)}`);
    yield controlLine({ sequence: s, value: row!.value, called: row!.called }) + '\n';
  }
  for await (const key of files.keys()) {
    const bytes = await files.get(key);
    if (!bytes) continue; // deleted since it was listed
    yield controlLine({ file: key, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }) + '\n';
    yield bytes.toString('base64') + '\n';
    if (++summary.files % 100 === 0) progress('files', summary.files);
  }
  if (summary.files) progress('files', summary.files);
  yield controlLine({ end: true, tables: summary.tables, rows: summary.rows, files: summary.files }) + '\n';
}

/** One table: its header line, its rows as row_to_json text through a cursor, its row count. */
async function* tableLines(tx: Tx, catalog: Catalog, name: string, summary: BackupSummary, progress: BackupProgress): AsyncGenerator<string> {
  const columns = catalog.columns.get(name)!;
  yield controlLine({ table: name, columns }) + '\n';
  await tx.execute(sql`DECLARE backup_rows NO SCROLL CURSOR FOR ${rowsQuery(name, columns, catalog)}`);
  let rows = 0;
  for (;;) {
    const slice = await rowsOf<{ r: string }>(tx, sql.raw(`FETCH ${FETCH} FROM backup_rows`));
    if (!slice.length) break;
    rows += slice.length;
    yield slice.map((x) => x.r).join('\n') + '\n';
    if (rows % 20_000 < FETCH && rows >= 20_000) progress(name, rows);
  }
  await tx.execute(sql`CLOSE backup_rows`);
  const [count] = await rowsOf<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ${table(name)}`);
  // The ordered walk of a self-referencing table reaches only rows hanging from a root: a loop would be lost.
  if (count?.n !== rows) throw new BackupError(`${name}: ${rows} rows read of ${count?.n}; rows that reference each other in a loop cannot be ordered`);
  summary.tables += 1;
  summary.rows += rows;
  progress(name, rows);
  yield controlLine({ tableEnd: name, rows }) + '\n';
}

/**
 * The rows of a table as JSON text. A table that references itself (replies to a comment) lists its
 * rows parent before child, walking down from the rows without a parent, so they insert in order.
 */
function rowsQuery(name: string, columns: string[], catalog: Catalog): SQL {
  const list = sql.join(columns.map((c) => sql`s.${sql.identifier(c)}`), sql`, `);
  const self = catalog.selfReferences.get(name);
  if (!self) return sql`SELECT row_to_json(x)::text AS r FROM (SELECT ${list} FROM ${table(name)} s) x`;
  if (self.length > 1) throw new BackupError(`${name} references itself through several foreign keys: the backup cannot order its rows`);
  const col = sql.identifier(self[0]!.column);
  const ref = sql.identifier(self[0]!.references);
  return sql`WITH RECURSIVE tree(k, depth) AS (
      SELECT s.${ref}, 0 FROM ${table(name)} s WHERE s.${col} IS NULL
      UNION ALL SELECT s.${ref}, tree.depth + 1 FROM ${table(name)} s JOIN tree ON s.${col} = tree.k)
    SELECT (to_jsonb(x) - 'backup_depth')::text AS r FROM (SELECT ${list}, tree.depth AS backup_depth FROM ${table(name)} s JOIN tree ON s.${ref} = tree.k) x
    ORDER BY x.backup_depth`;
}
