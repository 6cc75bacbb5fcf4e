import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { entityKind, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { rowsOf } from './backup.catalog';
import { driverValues, insertJsonRows } from './bulkInsert';
import type { Db } from './db';

/** What COPY needs of a PGlite connection (the database, or a transaction of it): a query that carries a blob. */
interface BlobClient {
  query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

/**
 * The PGlite connection behind a drizzle handle (the database or one of its transactions), or null
 * on PostgreSQL. Drizzle keeps it on its session; the session's kind says which driver it is.
 */
function pgliteClient(db: Db): BlobClient | null {
  const session = db._.session as unknown as { client?: BlobClient; constructor: { [entityKind]?: string } };
  return session.constructor[entityKind] === 'PgliteSession' && session.client ? session.client : null;
}

/**
 * The node-postgres connection behind a drizzle handle on PostgreSQL: a transaction's own client, or
 * the pool (null on PGlite).
 */
function postgresClient(db: Db): pg.PoolClient | pg.Pool | null {
  const session = db._.session as unknown as { client?: pg.PoolClient | pg.Pool; constructor: { [entityKind]?: string } };
  return session.constructor[entityKind] === 'NodePgSession' && session.client ? session.client : null;
}

/** COPY ... FROM STDIN of the text through one connection (a pool lends one for the statement). */
async function copyFromStdin(client: pg.PoolClient | pg.Pool, statement: string, text: string): Promise<void> {
  const pooled = 'totalCount' in client;
  const connection = pooled ? await client.connect() : client;
  try {
    await pipeline(Readable.from([text]), connection.query(copyFrom(statement)));
  } finally {
    if (pooled) (connection as pg.PoolClient).release();
  }
}

/** One value in COPY's text format: backslash escapes for the characters that end a field or a row. */
export function copyField(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : value;
}

/**
 * Rows of one table as COPY text (tab-separated, \N for null, one line a row) and the column list
 * they fill. Every row must set the same columns (the others get their defaults); values go through
 * each column's own driver mapping (dates, jsonb), as for an insert.
 */
export function copyText<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): { columns: string; text: string } {
  const { used, tuples } = driverValues(table, rows, 'copyRows');
  const lines = tuples.map((values) => values.map((value) => (value === null ? '\\N' : copyField(String(value)))).join('\t'));
  return { columns: used.map(([, column]) => `"${column.name}"`).join(', '), text: `${lines.join('\n')}\n` };
}

/**
 * Insert many new rows in one statement with COPY: on PGlite from its /dev/blob device, on
 * PostgreSQL from STDIN. It stores a first start's ~1M directory rows about three times faster than
 * an INSERT (no statement to build, no JSON to unpack). A row whose key is already there fails the
 * statement (COPY knows no ON CONFLICT): give only new rows. A driver neither knows inserts them
 * (insertJsonRows).
 */
export async function copyRows<T extends PgTable>(db: Db, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  if (!rows.length) return;
  const lite = pgliteClient(db);
  const postgres = lite ? null : postgresClient(db);
  if (!lite && !postgres) return insertJsonRows(db, table, rows);
  const { columns, text } = copyText(table, rows);
  const target = `"${getTableName(table)}" (${columns})`;
  if (lite) await lite.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob([text]) });
  else await copyFromStdin(postgres!, `copy ${target} from stdin`, text);
}

/**
 * Run a bulk load of an empty table with its secondary indexes (those no constraint owns) dropped,
 * then make them again from their own definitions as the catalog gives them, so the schema ends as
 * the migrations left it: one sorted build per index instead of an insert into each per row (at
 * ten times the directory, ~40% less of the storing's time, and a tenth less on disk). In the
 * caller's transaction: a failure leaves the indexes as they were.
 */
export async function withIndexesAfter<T>(db: Db, table: PgTable, load: () => Promise<T>): Promise<T> {
  const indexes = await rowsOf<{ name: string; definition: string }>(
    db,
    sql`select i.relname as name, pg_get_indexdef(i.oid) as definition from pg_index x join pg_class i on i.oid = x.indexrelid
      where x.indrelid = ${`"${getTableName(table)}"`}::regclass and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
      order by i.relname`,
  );
  for (const { name } of indexes) await db.execute(sql`drop index ${sql.identifier(name)}`);
  const result = await load();
  for (const { definition } of indexes) await db.execute(sql.raw(definition));
  return result;
}
