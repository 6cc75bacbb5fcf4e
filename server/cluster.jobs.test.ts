import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createContext } from './context';
import { seedDemoAccounts } from './domains/accounts/accounts.demo';
import { prepareReference } from './domains/reference/reference.service';
import { remindDormant } from './domains/twinnings/twinnings.activities.service';
import { dormantReminders, seedDormantTwinning } from './cluster.testkit';
import { type Changes, pgChanges, type Notice } from './platform/changes';
import { pgExclusive, skipped } from './platform/cluster.lock';
import { loadConfig } from './platform/config';
import type { AppContext } from './platform/context';
import { type Database, openDatabase } from './platform/db';
import { FIXTURES, throwawayDatabase } from './test/harness';

// Two app processes' worth of state on one PostgreSQL database, in this test process: each its own
// connection pool, change-notice connection and context. Advisory locks and LISTEN/NOTIFY work per
// connection, so this is what two processes see; cluster.processes.test.ts runs real ones.
const url = process.env.DATABASE_URL;

describe.skipIf(!url)('two app processes on one PostgreSQL: jobs and change notices', () => {
  let drop = async () => {};
  let dbUrl = '';
  const opened: { database: Database; changes: Changes }[] = [];
  const contexts: AppContext[] = [];

  beforeAll(async () => {
    const throwaway = await throwawayDatabase(url!);
    drop = throwaway.drop;
    dbUrl = throwaway.url;
    const config = { ...loadConfig({}), referenceDir: FIXTURES, demo: false };
    for (let k = 0; k < 2; k++) {
      const database = await openDatabase({ url: dbUrl });
      const { directory } = await prepareReference(database.db, FIXTURES);
      const changes = await pgChanges(dbUrl);
      opened.push({ database, changes });
      contexts.push(await createContext(database.db, config, directory, { changes, exclusive: pgExclusive(database.db) }));
    }
    await seedDemoAccounts(contexts[0]!.db, contexts[0]!.directory);
  });
  afterAll(async () => {
    for (const { database, changes } of opened) {
      await changes.close();
      await database.close();
    }
    await drop();
  });

  it('a periodic job run by both at the same moment sends its mail once: one run takes the lock, the other skips', async () => {
    const [a, b] = contexts as [AppContext, AppContext];
    const id = await seedDormantTwinning(a.db);
    const now = new Date();
    const runs = await Promise.all([a, b].map((ctx) => ctx.exclusive('job:dormant-twinning reminders', () => remindDormant(ctx, now))));
    expect(runs.filter((r) => r === skipped).length + runs.filter((r) => r === 0).length).toBe(1);
    expect(runs).toContain(1);
    expect(await dormantReminders(a.db, id)).toEqual({ mails: 1, notices: 1 }); // İstanbul's one officer
    // Run again later by either: the twinning was reminded, so nothing more goes out.
    expect(await b.exclusive('job:dormant-twinning reminders', () => remindDormant(b, now))).toBe(0);
    expect(await dormantReminders(a.db, id)).toEqual({ mails: 1, notices: 1 });
  });

  it('a start-up lock is waited for: the second runs only after the first finished', async () => {
    const [a, b] = contexts as [AppContext, AppContext];
    const order: string[] = [];
    const slow = (who: string) => async () => {
      order.push(`${who} in`);
      await new Promise((r) => setTimeout(r, 200));
      order.push(`${who} out`);
      return who;
    };
    const first = a.exclusive('start-up test', slow('a'), { wait: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(await Promise.all([first, b.exclusive('start-up test', slow('b'), { wait: true })])).toEqual(['a', 'b']);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
  });

  it('a notice reaches the other process, not the one that sent it; after a lost connection every subscriber resyncs', async () => {
    const [a, b] = opened.map((o) => o.changes) as [Changes, Changes];
    const heard: string[] = [];
    const offA = a.subscribe('test', (n: Notice) => heard.push(`a:${n.payload}:${n.resync}`));
    const offB = b.subscribe('test', (n: Notice) => heard.push(`b:${n.payload}:${n.resync}`));
    await a.publish('test', 'profile DE_05315000');
    await until(() => heard.length >= 1);
    expect(heard).toEqual(['b:profile DE_05315000:false']);
    // The server ends both listening connections (a restart, a network cut): each reconnects and resyncs.
    await opened[0]!.database.db.execute(sqlTerminateListeners());
    await until(() => heard.length >= 3);
    expect(heard.slice(1).sort()).toEqual(['a::true', 'b::true']);
    await b.publish('test', 'after');
    await until(() => heard.length >= 4);
    expect(heard[3]).toBe('a:after:false');
    offA();
    offB();
  });
});

async function until(done: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** End every connection that LISTENs for change notices on this database (both processes' listeners). */
function sqlTerminateListeners() {
  return sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND (query LIKE 'LISTEN %' OR query LIKE '%pg_notify%')`;
}

describe.skipIf(!url)('app processes starting at once on an empty PostgreSQL database', () => {
  it('both bring it to the latest migration: one migrates, the other waits for it and finds it done', async () => {
    const throwaway = await throwawayDatabase(url!);
    try {
      const both = await Promise.all([openDatabase({ url: throwaway.url }), openDatabase({ url: throwaway.url })]);
      for (const d of both) await d.db.execute(sql`SELECT count(*) FROM twinnings`);
      await Promise.all(both.map((d) => d.close()));
    } finally {
      await throwaway.drop();
    }
  });
});
