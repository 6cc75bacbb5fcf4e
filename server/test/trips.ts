import type { Db } from '../platform/db';

// Counts the statements a piece of work sends to the database (issue 16): under load each one costs a
// turn of the busy event loop, so a write's latency grows with its round trips, and a test or the
// bench says how many a write takes. BEGIN and COMMIT count, as the round trips they are.

type Query = (...args: unknown[]) => unknown;
interface PgliteTx { query: Query; exec: Query }
interface PgliteLike { query: Query; exec: Query; transaction(fn: (tx: PgliteTx) => Promise<unknown>): Promise<unknown> }
interface PoolLike { Client: { prototype: { query: Query } } }

/** The driver under a drizzle handle (drizzle keeps it as $client). */
const clientOf = (db: Db): unknown => (db as unknown as { $client: unknown }).$client;

/** Told of each statement: resolves at once, or once what a test runs before that statement is done. */
type Count = () => Promise<void> | null;

/** Replace `obj[key]` by a counting wrapper; returns the undo. */
function wrap<T extends object>(obj: T, key: keyof T & string, count: Count): () => void {
  const holder = obj as unknown as Record<string, Query>;
  const own = Object.prototype.hasOwnProperty.call(obj, key);
  const original = holder[key]!;
  holder[key] = function (this: unknown, ...args: unknown[]) {
    const wait = count();
    return wait ? wait.then(() => original.apply(this, args)) : original.apply(this, args);
  };
  return () => {
    if (own) holder[key] = original;
    else delete holder[key];
  };
}

/** Something a test does between two statements of the work (say, change the row a write read), uncounted. */
export interface Between {
  /** Runs before the work's statement with this number (1 for the first). */
  statement: number;
  run(): Promise<unknown>;
}

/**
 * Run `work` and return what it resolved with and how many statements reached the database meanwhile
 * (anything else using the same handle at that time counts too: run it alone).
 */
export async function countTrips<T>(db: Db, work: () => Promise<T>, between?: Between): Promise<{ result: T; trips: number }> {
  let trips = 0;
  let aside = false; // the statements of `between` itself
  const count: Count = () => {
    if (aside) return null;
    trips++;
    if (trips !== between?.statement) return null;
    aside = true;
    return between.run().then(() => void (aside = false));
  };
  const client = clientOf(db);
  const undo: (() => void)[] = [];
  if (client && typeof (client as PoolLike).Client === 'function') {
    // node-postgres: every statement, pooled or in a transaction's client, goes through Client#query.
    undo.push(wrap((client as PoolLike).Client.prototype, 'query', count));
  } else {
    const lite = client as PgliteLike;
    undo.push(wrap(lite, 'query', count), wrap(lite, 'exec', count));
    const transaction = lite.transaction;
    lite.transaction = (fn) => {
      if (!aside) trips += 2; // BEGIN and COMMIT (or ROLLBACK), which PGlite sends itself
      return transaction.call(lite, (tx) => {
        wrap(tx, 'query', count);
        wrap(tx, 'exec', count);
        return fn(tx);
      });
    };
    undo.push(() => void delete (lite as Partial<PgliteLike>).transaction);
  }
  try {
    const result = await work();
    return { result, trips };
  } finally {
    for (const u of undo.reverse()) u();
  }
}
