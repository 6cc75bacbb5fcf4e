// The backup format and the rules around it, free of I/O. A backup is one gzip-compressed text file:
// a header line, then each table's rows (one JSON object per line, as PostgreSQL's row_to_json writes
// them) in foreign-key order, the sequences, the uploaded files, and an end line with the counts. Lines
// that are not rows start with '#' and hold JSON; rows are passed to the database as text, never parsed
// here, so a bigint or a timestamp comes back exactly as it went out, from PGlite or PostgreSQL alike.

export const BACKUP_FORMAT = 'twinbridge-backup';
export const BACKUP_VERSION = 1;

/** Which migrations a database has run: their number and the newest one's time (drizzle's `created_at`). */
export interface MigrationLevel {
  count: number;
  last: string;
}

export interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  database: 'pglite' | 'postgres';
  migrations: MigrationLevel;
}

/** The lines that are not rows, as their JSON says. */
export type Control =
  | { table: string; columns: string[] }
  | { tableEnd: string; rows: number }
  | { sequence: string; value: string; called: boolean }
  | { file: string; size: number; sha256: string }
  | { end: true; tables: number; rows: number; files: number };

/** A control line as written: '#' then the JSON. */
export function controlLine(c: Header | Control): string {
  return `#${JSON.stringify(c)}`;
}

/** A line's control record, or null for a row line. Anything else is a damaged backup. */
export function parseControl(line: string): Record<string, unknown> | null {
  if (line.startsWith('{')) return null;
  if (!line.startsWith('#')) throw new BackupError('a line is neither a row nor a control line: the backup is damaged');
  try {
    const parsed: unknown = JSON.parse(line.slice(1));
    if (parsed && typeof parsed === 'object') return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new BackupError('a control line is not readable JSON: the backup is damaged');
}

/** A refusal or a damaged backup: said to the operator as is, no stack trace. */
export class BackupError extends Error {}

/** A foreign key between two tables (child references parent). */
export interface ForeignKey {
  child: string;
  parent: string;
}

/**
 * The tables in an order where every table comes after the tables it references, so rows can be
 * inserted table by table (ties by name, so two backups of one schema list the tables alike). A table
 * referencing itself is left to the row order; a cycle between tables has no such order and is refused.
 */
export function dependencyOrder(tables: readonly string[], keys: readonly ForeignKey[]): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const k of keys) if (k.child !== k.parent && parents.has(k.child) && parents.has(k.parent)) parents.get(k.child)!.add(k.parent);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = [...parents].filter(([t, ps]) => !placed.has(t) && [...ps].every((p) => placed.has(p))).map(([t]) => t).sort();
    if (!ready.length) {
      const left = tables.filter((t) => !placed.has(t)).sort();
      throw new BackupError(`the tables ${left.join(', ')} reference each other in a cycle: no insert order exists`);
    }
    for (const t of ready) placed.add(t);
    order.push(...ready);
  }
  return order;
}

/**
 * Why a backup of level `from` cannot go into a database at level `to`, or null when it can (the same
 * level). A newer backup needs the newer code; an older one is restored by the code that made it, and
 * the newer code then migrates it at its next start.
 */
export function levelRefusal(from: MigrationLevel, to: MigrationLevel): string | null {
  if (from.count === to.count && from.last === to.last) return null;
  const newer = from.count > to.count || (from.count === to.count && BigInt(from.last || '0') > BigInt(to.last || '0'));
  return newer
    ? `the backup was made by a newer TwinBridge (${from.count} migrations, this one has ${to.count}): restore it with that version or a later one`
    : `the backup was made by an older TwinBridge (${from.count} migrations, this one has ${to.count}): restore it with the version that made it, then start this version, which brings the database up to date`;
}

/** A header line's record checked, or the reason it is not a backup this code reads. */
export function checkHeader(c: Record<string, unknown> | null): Header {
  if (!c || c.format !== BACKUP_FORMAT) throw new BackupError('not a TwinBridge backup (its first line is not the backup header)');
  if (c.version !== BACKUP_VERSION) throw new BackupError(`backup format version ${String(c.version)} is not one this TwinBridge reads (it reads version ${BACKUP_VERSION})`);
  const m = c.migrations as MigrationLevel | undefined;
  if (!m || !Number.isInteger(m.count) || typeof m.last !== 'string' || !/^\d*$/.test(m.last)) throw new BackupError('the backup header has no migration level: the backup is damaged');
  return c as unknown as Header;
}
