import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * Change notices between the app processes that share one database. A process that changed data
 * which other processes hold in memory (the matching engine's signals and graph, say) publishes a
 * topic after its commit; every OTHER process's subscribers to that topic run, and refresh what they
 * hold. The publishing process has already updated its own memory, so it does not hear itself.
 *
 * A notice says "re-read": a subscriber never trusts a payload as data. If notices may have been
 * missed (the listening connection dropped), every subscriber runs once with `resync` true.
 */
export interface Changes {
  /** Tell the other processes that `topic` changed (after the change committed). Never throws. */
  publish(topic: string, payload?: string): Promise<void>;
  /** Run `fn` on each notice of `topic` from another process; returns the unsubscribe function. */
  subscribe(topic: string, fn: (notice: Notice) => void): () => void;
  close(): Promise<void>;
}

export interface Notice {
  payload: string;
  /** True when notices may have been lost (a reconnect): refresh whatever the topic covers. */
  resync: boolean;
}

/** The PostgreSQL channel every process listens on. */
export const CHANNEL = 'twinbridge_changes';

type Handler = (notice: Notice) => void;

/** Subscribers by topic, and delivery that one failing subscriber cannot break for the others. */
class Subscribers {
  private byTopic = new Map<string, Set<Handler>>();

  add(topic: string, fn: Handler): () => void {
    const set = this.byTopic.get(topic) ?? this.byTopic.set(topic, new Set()).get(topic)!;
    set.add(fn);
    return () => set.delete(fn);
  }

  deliver(topic: string, notice: Notice): void {
    for (const fn of this.byTopic.get(topic) ?? []) {
      try {
        fn(notice);
      } catch (err) {
        console.error(`TwinBridge: a subscriber to ${topic} failed:`, err);
      }
    }
  }

  resyncAll(): void {
    for (const topic of this.byTopic.keys()) this.deliver(topic, { payload: '', resync: true });
  }
}

/**
 * Processes in one Node process that share a bus (the embedded database, which one process owns, and
 * tests that build two apps on one database). Delivery is asynchronous, as it is between processes.
 */
export class LocalBus {
  private members = new Set<{ subs: Subscribers }>();

  /** A member of this bus: it hears every other member's notices. */
  join(): Changes {
    const me = { subs: new Subscribers() };
    this.members.add(me);
    return {
      publish: async (topic, payload = '') => {
        for (const other of this.members) if (other !== me) setImmediate(() => other.subs.deliver(topic, { payload, resync: false }));
      },
      subscribe: (topic, fn) => me.subs.add(topic, fn),
      close: async () => void this.members.delete(me),
    };
  }
}

/** A process alone with its database (PGlite): nobody else to tell. */
export function localChanges(): Changes {
  return new LocalBus().join();
}

const RECONNECT_MS = 1_000;
/** The listening connection's application_name: how it shows in pg_stat_activity. */
export const LISTENER_NAME = 'twinbridge-changes';

/**
 * Notices through PostgreSQL LISTEN/NOTIFY on one connection of its own (a pooled connection could not
 * keep listening). Each notice carries this process's id, so it ignores its own. A dropped connection is
 * opened again, and every subscriber then runs with `resync`, since notices sent meanwhile are lost.
 */
export async function pgChanges(url: string): Promise<Changes> {
  const origin = randomUUID();
  const subs = new Subscribers();
  let client: pg.Client | null = null;
  let closed = false;

  const connect = async (): Promise<void> => {
    // A connect to a host that does not answer would otherwise wait forever, and the retries with it.
    const c = new pg.Client({ connectionString: url, application_name: LISTENER_NAME, connectionTimeoutMillis: RECONNECT_MS * 5, keepAlive: true });
    c.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      const notice = parse(msg.payload);
      if (notice && notice.origin !== origin) subs.deliver(notice.topic, { payload: notice.payload, resync: false });
    });
    c.on('error', (err) => {
      console.warn(`TwinBridge: the change-notice connection ended (${err.message}); reconnecting`);
      void reconnect(c);
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };

  const reconnect = async (dead: pg.Client): Promise<void> => {
    if (closed || client !== dead) return; // already being replaced
    client = null;
    void dead.end().catch(() => {});
    while (!closed) {
      await new Promise((r) => setTimeout(r, RECONNECT_MS).unref());
      try {
        await connect();
        subs.resyncAll();
        return;
      } catch {
        // the database is still away: try again
      }
    }
  };

  await connect();
  return {
    async publish(topic, payload = '') {
      const c = client;
      if (!c) return; // reconnecting: the others resync when it is back
      try {
        await c.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ origin, topic, payload })]);
      } catch (err) {
        console.warn(`TwinBridge: change notice ${topic} not sent (${err instanceof Error ? err.message : String(err)})`);
      }
    },
    subscribe: (topic, fn) => subs.add(topic, fn),
    async close() {
      closed = true;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

function parse(text: string): { origin: string; topic: string; payload: string } | null {
  try {
    const v = JSON.parse(text) as { origin?: unknown; topic?: unknown; payload?: unknown };
    return typeof v.origin === 'string' && typeof v.topic === 'string' ? { origin: v.origin, topic: v.topic, payload: typeof v.payload === 'string' ? v.payload : '' } : null;
  } catch {
    return null;
  }
}
