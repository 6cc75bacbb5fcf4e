import net, { type AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { Browser } from './cluster.testkit';

/**
 * A TCP proxy between the app and PostgreSQL that a test cuts and restores: a real network failure,
 * as when the database server stops or its machine drops off the network. `cut`: every open connection
 * is reset and new ones are refused (the listening port closes). `silence`: new connections are
 * accepted and never answered, as with a host that drops packets. `restore`: it passes connections on
 * again, on the same port, so the app's DATABASE_URL stays right.
 */
export interface CuttableProxy {
  port: number;
  cut(): Promise<void>;
  silence(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function cuttableProxy(target: { host: string; port: number }): Promise<CuttableProxy> {
  const open = new Set<net.Socket>();
  let mode: 'up' | 'silent' = 'up';
  const keep = (s: net.Socket) => {
    open.add(s);
    s.on('close', () => open.delete(s));
    s.on('error', () => {}); // a reset is what a cut is for
  };
  const make = () =>
    net.createServer((client) => {
      keep(client);
      if (mode === 'silent') return; // held open, never answered
      const upstream = net.connect(target.port, target.host);
      keep(upstream);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  let server: net.Server | null = make();
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const listening = async () => {
    if (server) return;
    const s = make();
    await new Promise<void>((resolve, reject) => s.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
    server = s;
  };
  const stop = async () => {
    const s = server;
    server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  return {
    port,
    async cut() {
      const closing = stop();
      for (const s of open) s.resetAndDestroy();
      await closing;
    },
    async silence() {
      mode = 'silent';
      await listening();
    },
    async restore() {
      // Connections made while silent stay stuck, as they would behind a host that drops packets.
      mode = 'up';
      await listening();
    },
    async close() {
      const closing = stop();
      for (const s of open) s.destroy();
      await closing;
    },
  };
}

/** Sign a demo person in through `base` (the demo password). */
export async function signedIn(base: string, email: string): Promise<Browser> {
  const b = new Browser(base);
  expect((await b.request('POST', '/api/auth/signin', { email, password: 'twinbridge-demo' })).status).toBe(200);
  return b;
}

/** A conversation between İstanbul and Köln: opened by İstanbul's approach and Köln's acceptance, or the one they have. */
export async function conversationOf(istanbul: Browser, koln: Browser): Promise<string> {
  const ids = async () => ((await istanbul.request('GET', '/api/conversations')).body as { items: { id: string }[] }).items.map((c) => c.id);
  const had = await ids();
  if (had[0]) return had[0];
  const approach = await istanbul.request('POST', '/api/expressions-of-interest', { toCode: 'DE_05315000', message: 'Shall we talk about a twinning of our cities?' });
  expect(approach.status).toBe(201);
  expect((await koln.request('POST', `/api/expressions-of-interest/${(approach.body as { id: string }).id}/decision`, { decision: 'accepted' })).status).toBe(200);
  const opened = await ids();
  expect(opened).toHaveLength(1);
  return opened[0]!;
}

/** The ids of the messages a conversation shows its reader. */
export async function messageIds(b: Browser, conversationId: string): Promise<string[]> {
  const res = await b.request('GET', `/api/conversations/${conversationId}`);
  expect(res.status).toBe(200);
  return (res.body as { messages: { id: string }[] }).messages.map((m) => m.id);
}

/** Polls `done` until it holds; throws after `ms` (a bound on the wait, not a measure). */
export async function until(done: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
