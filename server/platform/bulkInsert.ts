import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './db';
import { columnNames } from './sqlNames';

type Column = ReturnType<typeof getTableColumns>[string];

/**
 * Rows as their columns' driver values (dates, jsonb mapped as for an insert; null kept), with the
 * columns they set: the first row's. Every row must set the same columns, so that one column list
 * serves all: a row leaving a listed column out would get NULL, not its default. `writer` names the
 * caller in the error.
 */
export function driverValues<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][], writer: string): { used: [string, Column][]; tuples: unknown[][] } {
  const records = rows as readonly Record<string, unknown>[];
  const columns = Object.entries(getTableColumns(table));
  const used = columns.filter(([key]) => records[0]![key] !== undefined);
  const left = columns.filter(([key]) => records[0]![key] === undefined);
  const tuples = records.map((r) => {
    if (left.some(([key]) => r[key] !== undefined)) throw new Error(`${writer}: every row must set the same columns`);
    return used.map(([key, column]) => {
      const value = r[key];
      if (value === undefined) throw new Error(`${writer}: every row must set the same columns (${key})`);
      return value === null ? null : column.mapToDriverValue(value);
    });
  });
  return { used, tuples };
}

/**
 * Insert many rows with one statement whose rows travel as a single JSON parameter, unpacked by the
 * database (json_array_elements), on PGlite and PostgreSQL alike. Drizzle's multi-row insert builds
 * and binds one parameter per value: for a first start's ~1M directory rows that building in
 * JavaScript (and its garbage), not the database, took most of the time. Every row must set the
 * same columns (the others get their defaults; null stays NULL). Values go through each column's
 * own driver mapping (dates, jsonb), then are cast back to its SQL type; a NaN number would arrive
 * as NULL (JSON has no NaN), which no caller sends.
 */
export async function insertJsonRows<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  options: { onConflictDoNothing?: boolean } = {},
): Promise<void> {
  if (!rows.length) return;
  const { used, tuples } = driverValues(table, rows, 'insertJsonRows');
  const names = columnNames(...used.map(([, column]) => column));
  // r->>k is the value as text (jsonb included: its driver value is the JSON text), cast to the column's type.
  const values = sql.join(used.map(([, column], k) => sql`(r->>${sql.raw(String(k))})::${sql.raw(column.getSQLType())}`), sql`, `);
  const conflict = options.onConflictDoNothing ? sql` on conflict do nothing` : sql``;
  await db.execute(sql`insert into ${table} (${names}) select ${values} from json_array_elements(${JSON.stringify(tuples)}::json) as r${conflict}`);
}

