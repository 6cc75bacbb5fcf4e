import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { migrationLevel, nonEmptyTables, readCatalog, table, type Catalog } from './backup.catalog';
import { BackupError, checkHeader, levelRefusal, parseControl } from './backup.rules';
import type { BackupProgress, BackupSummary } from './backup.write';
import type { Db, Tx } from './db';
import type { FileStore } from './files';

export interface RestoreTarget {
  /** A migrated database: empty, unless `force`. */
  db: Db;
  files: FileStore;
}

export interface RestoreOptions {
  /** Replace what the target holds instead of refusing a database or store that is not empty. */
  force?: boolean;
  progress?: BackupProgress;
}

/** A batch of rows goes to the database once it holds this many characters of JSON. */
const BATCH_CHARS = 1 << 20;

/**
 * Restore a backup into the target, all in one transaction: a refused, damaged or truncated backup
 * leaves the database as it was, and the files it had already put are taken away again.
 */
export async function restoreBackup(target: RestoreTarget, file: string, opts: RestoreOptions = {}): Promise<Omit<BackupSummary, 'bytes'>> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new BackupError(`no backup file at ${file}`);
  const lines = readLines(file);
  try {
    return await restoreLines(target, lines, opts);
  } finally {
    await lines.return(undefined); // closes the file when a refusal stops the reading early
  }
}

async function restoreLines(target: RestoreTarget, lines: AsyncGenerator<string>, opts: RestoreOptions): Promise<Omit<BackupSummary, 'bytes'>> {
  const first = await lines.next();
  const header = checkHeader(first.done || !first.value.startsWith('#') ? null : parseControl(first.value));
  const { db, files } = target;
  const refusal = levelRefusal(header.migrations, await migrationLevel(db));
  if (refusal) throw new BackupError(refusal);
  const catalog = await readCatalog(db);
  const filled = await nonEmptyTables(db, catalog.columns.keys());
  const storeFilled = !(await files.keys()[Symbol.asyncIterator]().next()).done;
  if ((filled.length || storeFilled) && !opts.force) {
    const what = [filled.length ? `rows in ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ` and ${filled.length - 5} more tables` : ''}` : '', storeFilled ? 'files in the file store' : ''];
    throw new BackupError(`the target is not empty (${what.filter(Boolean).join('; ')}): a backup is restored into a fresh database and data folder, or with --force to replace what is there`);
  }
  const put: string[] = [];
  try {
    return await db.transaction(async (tx) => {
      if (filled.length) await tx.execute(sql`TRUNCATE ${sql.join([...catalog.columns.keys()].map(table), sql`, `)} RESTART IDENTITY CASCADE`);
      const restore = new Restore(tx, catalog, files, storeFilled, put, opts.progress ?? (() => {}));
      for await (const line of lines) await restore.line(line);
      return restore.finish();
    });
  } catch (err) {
    for (const key of put) await files.delete(key).catch(() => undefined);
    throw err;
  }
}

/** The lines of a gzip-compressed file; a damaged or cut-off file fails the reading with zlib's error. */
async function* readLines(file: string): AsyncGenerator<string> {
  const input = pipeline(fs.createReadStream(file), createGunzip(), () => {});
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of input) {
      rest += decoder.write(chunk as Buffer);
      const parts = rest.split('\n');
      rest = parts.pop()!;
      yield* parts;
    }
  } catch (err) {
    throw new BackupError(`the backup file cannot be read to its end (${(err as Error).message}): it is damaged or cut short`);
  }
  rest += decoder.end();
  if (rest) yield rest;
}

/** The state of one restore: the table being filled, a file whose bytes come next, the counts so far. */
class Restore {
  private current: { name: string; columns: string[]; batch: string[]; chars: number; rows: number } | null = null;
  private file: { key: string; size: number; sha256: string } | null = null;
  private ended: Record<string, unknown> | null = null;
  private counts = { tables: 0, rows: 0, files: 0 };

  constructor(
    private tx: Tx,
    private catalog: Catalog,
    private files: FileStore,
    private storeFilled: boolean,
    private put: string[],
    private progress: BackupProgress,
  ) {}

  async line(line: string): Promise<void> {
    if (this.file) return this.fileBytes(this.file, line);
    if (this.ended) throw new BackupError('lines follow the end line: the backup is damaged');
    const c = parseControl(line);
    if (!c) return this.row(line);
    if (this.current && !('tableEnd' in c)) throw new BackupError(`${this.current.name}: its rows end without their count line: the backup is damaged`);
    if (typeof c.table === 'string' && Array.isArray(c.columns)) return this.startTable(c.table, c.columns as string[]);
    if (typeof c.tableEnd === 'string' && typeof c.rows === 'number') return this.endTable(c.tableEnd, c.rows);
    if (typeof c.sequence === 'string' && typeof c.value === 'string' && typeof c.called === 'boolean') return this.sequence(c.sequence, c.value, c.called);
    if (typeof c.file === 'string' && typeof c.size === 'number' && typeof c.sha256 === 'string') {
      this.file = { key: c.file, size: c.size, sha256: c.sha256 };
      return;
    }
    if (c.end === true) {
      this.ended = c;
      return;
    }
    throw new BackupError('a control line of unknown kind: the backup is damaged or from another program');
  }

  /** The counts restored, once the end line has been read and agrees with them. */
  finish(): Omit<BackupSummary, 'bytes'> {
    const e = this.ended;
    if (!e || this.current || this.file) throw new BackupError('the backup ends before its end line: it is cut short');
    const c = this.counts;
    if (e.tables !== c.tables || e.rows !== c.rows || e.files !== c.files) {
      throw new BackupError(`the backup's end line counts ${String(e.tables)} tables, ${String(e.rows)} rows and ${String(e.files)} files, but ${c.tables}, ${c.rows} and ${c.files} were read: it is damaged`);
    }
    return c;
  }

  private startTable(name: string, columns: string[]): void {
    const here = this.catalog.columns.get(name);
    if (!here) throw new BackupError(`the backup has a table ${name} that this database does not`);
    const unknown = columns.filter((c) => typeof c !== 'string' || !here.includes(c));
    if (unknown.length) throw new BackupError(`the backup's ${name} has columns this database does not: ${unknown.join(', ')}`);
    this.current = { name, columns, batch: [], chars: 0, rows: 0 };
  }

  private async row(line: string): Promise<void> {
    const t = this.current;
    if (!t) throw new BackupError('a row outside any table: the backup is damaged');
    t.batch.push(line);
    t.chars += line.length;
    t.rows += 1;
    if (t.chars >= BATCH_CHARS) await this.flush(t);
    if (t.rows % 20_000 === 0) this.progress(t.name, t.rows);
  }

  /** The batch's rows in one statement; PostgreSQL reads each JSON value into its column's type. */
  private async flush(t: NonNullable<Restore['current']>): Promise<void> {
    if (!t.batch.length) return;
    const cols = sql.join(t.columns.map((c) => sql.identifier(c)), sql`, `);
    const json = `[${t.batch.join(',')}]`;
    t.batch = [];
    t.chars = 0;
    try {
      await this.tx.execute(sql`INSERT INTO ${table(t.name)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${table(t.name)}, ${json}::json)`);
    } catch (err) {
      throw new BackupError(`${t.name}: the rows cannot be inserted (${(err as Error).message}): the backup is damaged or does not fit this database`);
    }
  }

  private async endTable(name: string, rows: number): Promise<void> {
    const t = this.current;
    if (!t || t.name !== name) throw new BackupError(`a count line for ${name} outside its table: the backup is damaged`);
    await this.flush(t);
    if (t.rows !== rows) throw new BackupError(`${name}: ${t.rows} rows read, the backup counts ${rows}: it is damaged`);
    this.progress(name, rows);
    this.counts.tables += 1;
    this.counts.rows += rows;
    this.current = null;
  }

  private async sequence(name: string, value: string, called: boolean): Promise<void> {
    if (!this.catalog.sequences.includes(name)) throw new BackupError(`the backup has a sequence ${name} that this database does not`);
    if (!/^-?\d+$/.test(value)) throw new BackupError(`the sequence ${name} has no whole-number value: the backup is damaged`);
    await this.tx.execute(sql`SELECT setval(${`public."${name.replace(/"/g, '""')}"`}::regclass, ${value}::bigint, ${called})`);
  }

  /** A file's bytes, checked against its size and hash before they go to the store. */
  private async fileBytes(f: { key: string; size: number; sha256: string }, line: string): Promise<void> {
    this.file = null;
    const bytes = Buffer.from(line, 'base64');
    if (bytes.length !== f.size || createHash('sha256').update(bytes).digest('hex') !== f.sha256) {
      throw new BackupError(`the file ${f.key} does not match its size or hash: the backup is damaged`);
    }
    // Over a store that had files (--force), one already there is replaced, not taken away on failure.
    const had = this.storeFilled && (await this.files.get(f.key)) !== null;
    await this.files.put(f.key, bytes);
    if (!had) this.put.push(f.key);
    if (++this.counts.files % 100 === 0) this.progress('files', this.counts.files);
  }
}
