import { sql } from 'drizzle-orm';
import type { Db } from './db';

/**
 * Runs `fn` as the one holder of the named lock among every process on the database. `wait` false
 * (periodic jobs): when another process holds it, `fn` is skipped and the result is `skipped`; that
 * process is doing the same work now. `wait` true (start-up work): waits for it, then runs.
 */
export type Exclusive = <T>(name: string, fn: () => Promise<T>, opts?: { wait?: boolean }) => Promise<T | typeof skipped>;

/** What an exclusive run returns when another process held the lock. */
export const skipped: unique symbol = Symbol('skipped');

/** A process alone with its database (PGlite): the lock only keeps one run of a job at a time here. */
export function localExclusive(): Exclusive {
  const held = new Map<string, Promise<unknown>>();
  return async function exclusive<T>(name: string, fn: () => Promise<T>, opts: { wait?: boolean } = {}) {
    while (held.has(name)) {
      if (!opts.wait) return skipped;
      await held.get(name)!.catch(() => {});
    }
    const run = fn();
    held.set(name, run);
    try {
      return await run;
    } finally {
      held.delete(name);
    }
  };
}

/** The advisory-lock key space of TwinBridge's named locks (the first of the two int4 keys). */
const LOCK_SPACE = 0x7462; // 'tb'

/**
 * PostgreSQL advisory locks, one per name (hashed into the second key). A transaction of its own
 * holds the lock (`pg_try_advisory_xact_lock`, or `pg_advisory_xact_lock` when waiting) while `fn`
 * runs on the pool's other connections, so `fn`'s own transactions commit as usual, all before the
 * lock is released: a process that takes the lock afterwards sees what the run did. The lock is
 * freed by PostgreSQL if the process dies, since its connection ends.
 */
export function pgExclusive(db: Db): Exclusive {
  const local = localExclusive();
  return function exclusive<T>(name: string, fn: () => Promise<T>, opts: { wait?: boolean } = {}) {
    return local(name, () =>
      db.transaction(async (tx) => {
        const taken = opts.wait
          ? (await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_SPACE}, hashtext(${name})), true AS got`), true)
          : readGot(await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${LOCK_SPACE}, hashtext(${name})) AS got`));
        return taken ? fn() : skipped;
      }), opts);
  };
}

function readGot(result: unknown): boolean {
  // Both drivers answer execute() with { rows }; the shared base type cannot say so.
  const rows = (result as { rows: { got: boolean }[] }).rows;
  return rows[0]?.got === true;
}
