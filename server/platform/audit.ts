import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { columnNames } from './sqlNames';
import type { Db } from './db';
import { auditLog } from './audit.schema';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Record a change; call it inside the same transaction as the change itself. */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await auditInsert(db, entry);
}

/**
 * audit()'s insert, not run: for a change written as one statement (a part of its WITH), so the entry
 * commits or fails with the change without a round trip of its own.
 */
export function auditInsert(db: Db, entry: AuditEntry) {
  return db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/**
 * auditInsert once for each row of another part of the same WITH (say the rows an update changed; a
 * guarded update that changed nothing records nothing), as SQL for `db.$with(name, {}).as(…)`.
 */
export function auditInsertPer(rows: SQLWrapper, entry: AuditEntry): SQL {
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  const t = auditLog;
  return sql`insert into ${t} (${columnNames(t.actorId, t.action, t.entityType, t.entityId, t.before, t.after)}) select ${entry.actorId}::uuid, ${entry.action}, ${entry.entityType}, ${entry.entityId}, ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb from ${rows}`;
}
