import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from './db';
import type { ForeignKey, MigrationLevel } from './backup.rules';

// What a backup needs to know of a database, read from its catalog rather than listed by hand: the
// application's tables (schema public), their columns, the foreign keys between them and the sequences.

type Handle = Db | Tx;

/** Rows of a raw query: both drivers answer execute() with { rows }; the shared base type cannot say so. */
export async function rowsOf<T>(db: Handle, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** `public.<name>`, quoted. */
export function table(name: string): SQL {
  return sql`${sql.identifier('public')}.${sql.identifier(name)}`;
}

/** A column that references another column of its own table (a reply's parent comment). */
export interface SelfReference {
  column: string;
  references: string;
}

export interface Catalog {
  /** Tables in schema public, with their writable columns (generated ones are computed again on insert). */
  columns: Map<string, string[]>;
  keys: ForeignKey[];
  selfReferences: Map<string, SelfReference[]>;
  sequences: string[];
}

/** The application's tables, columns, foreign keys and sequences. */
export async function readCatalog(db: Handle): Promise<Catalog> {
  const cols = await rowsOf<{ t: string; c: string }>(
    db,
    sql`SELECT c.relname AS t, a.attname AS c FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relispartition ORDER BY c.relname, a.attnum`,
  );
  const columns = new Map<string, string[]>();
  for (const { t, c } of cols) columns.set(t, [...(columns.get(t) ?? []), c]);
  const fks = await rowsOf<{ child: string; parent: string; cols: number; col: string; ref: string }>(
    db,
    sql`SELECT ch.relname AS child, pa.relname AS parent, cardinality(k.conkey) AS cols, ca.attname AS col, pa2.attname AS ref
        FROM pg_constraint k JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
        JOIN pg_namespace n ON n.oid = ch.relnamespace
        JOIN pg_attribute ca ON ca.attrelid = k.conrelid AND ca.attnum = k.conkey[1]
        JOIN pg_attribute pa2 ON pa2.attrelid = k.confrelid AND pa2.attnum = k.confkey[1]
        WHERE k.contype = 'f' AND n.nspname = 'public' ORDER BY 1, 2, 4`,
  );
  const selfReferences = new Map<string, SelfReference[]>();
  for (const k of fks.filter((f) => f.child === f.parent)) {
    if (k.cols !== 1) throw new Error(`${k.child} references itself through several columns: the backup cannot order its rows`);
    selfReferences.set(k.child, [...(selfReferences.get(k.child) ?? []), { column: k.col, references: k.ref }]);
  }
  const sequences = await rowsOf<{ s: string }>(
    db,
    sql`SELECT c.relname AS s FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
  );
  return { columns, keys: fks.map((f) => ({ child: f.child, parent: f.parent })), selfReferences, sequences: sequences.map((s) => s.s) };
}

/** The migrations the database has run (drizzle's own table). */
export async function migrationLevel(db: Handle): Promise<MigrationLevel> {
  const [row] = await rowsOf<{ count: number; last: string | null }>(
    db,
    sql`SELECT count(*)::int AS count, max(created_at)::text AS last FROM drizzle.__drizzle_migrations`,
  );
  return { count: row?.count ?? 0, last: row?.last ?? '' };
}

/** The tables that hold at least one row. */
export async function nonEmptyTables(db: Handle, tables: Iterable<string>): Promise<string[]> {
  const out: string[] = [];
  for (const t of tables) {
    const [row] = await rowsOf<{ any: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM ${table(t)}) AS any`);
    if (row?.any) out.push(t);
  }
  return out;
}
