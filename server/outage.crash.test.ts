import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts } from './domains/accounts/accounts.demo';
import { prepareReference } from './domains/reference/reference.service';
import { Browser, exited, freePorts, ready, server, type ServerProcess } from './cluster.testkit';
import { conversationOf, type CuttableProxy, cuttableProxy, messageIds, signedIn, until } from './crash.testkit';
import { LISTENER_NAME } from './platform/changes';
import { type Database, openDatabase } from './platform/db';
import { FIXTURES, throwawayDatabase } from './test/harness';

// The database goes away under a running app process and comes back. Process A reaches PostgreSQL
// through a proxy the test cuts (every connection reset, new ones refused: what a stopped server or a
// lost network looks like to the app); process B reaches it directly, to publish changes A must hear
// once its LISTEN connection is back. PostgreSQL only: the embedded database lives inside the process.
const url = process.env.DATABASE_URL;
const ANKARA = 'TR-BSB-06';
const KOLN = 'DE_05315000';

describe.skipIf(!url)('PostgreSQL away and back under a running app process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-outage-'));
  const children: ServerProcess[] = [];
  let database: Database;
  let proxy: CuttableProxy;
  let drop = async () => {};
  let a = '';
  let b = '';

  beforeAll(async () => {
    const throwaway = await throwawayDatabase(url!);
    drop = throwaway.drop;
    database = await openDatabase({ url: throwaway.url });
    const { directory } = await prepareReference(database.db, FIXTURES);
    await seedDemoAccounts(database.db, directory);
    const direct = new URL(throwaway.url);
    proxy = await cuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(throwaway.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const ports = await freePorts(2);
    const bases = [viaProxy.toString(), throwaway.url].map((dbUrl, k) => {
      children.push(server({ DATABASE_URL: dbUrl, APP_PROCESSES: '1', PORT: String(ports[k]), DATA_DIR: dataDir }));
      return `http://127.0.0.1:${ports[k]}`;
    });
    await Promise.all(children.map((c) => ready(c)));
    [a, b] = [bases[0]!, bases[1]!];
  }, 300_000);
  afterAll(async () => {
    for (const { child } of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.map(({ child }) => exited(child)));
    await proxy?.close();
    await database?.close();
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /** Backends on the database listening for change notices (one per app process whose LISTEN connection is up). */
  const listeners = async () => {
    const rows = (await database.db.execute(sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${LISTENER_NAME}`)) as unknown as { rows: { n: number }[] };
    return rows.rows[0]!.n;
  };
  const recommended = async (browser: Browser) => {
    const res = await browser.request('GET', `/api/authorities/${ANKARA}/recommendations?country=DE&minPopulation=1000000&k=20&theme=culture`);
    expect(res.status).toBe(200);
    return (res.body as { items: { authority: { code: string } }[] }).items.map((i) => i.authority.code);
  };

  it('answers 503 database_unavailable while the database is away, stays up, and recovers without a restart', async () => {
    const istanbul = await signedIn(a, 'istanbul@twinbridge.demo');
    const conversation = await conversationOf(istanbul, await signedIn(a, 'koln@twinbridge.demo'));
    const post = (body: string) => istanbul.request('POST', `/api/conversations/${conversation}/messages`, { body, attachments: [] });
    expect((await post('before the outage')).status).toBe(201);
    const health = await fetch(`${a}/api/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok', database: 'up' }]);
    await until(async () => (await listeners()) === 2, 30_000);

    // The cut comes under a write load: transactions in flight lose their connection half-way. Each
    // write is answered 201 or 503, none hangs and none is a 500; every 201 is kept.
    const acknowledged: string[] = [];
    const statuses = new Set<number>();
    let cutting: Promise<void> | null = null;
    const writer = async (w: number) => {
      for (let k = 0; ; k++) {
        const res = await post(`writer ${w}, message ${k}`);
        statuses.add(res.status);
        if (res.status !== 201) return;
        acknowledged.push((res.body as { id: string }).id);
        if (acknowledged.length >= 20) cutting ??= proxy.cut();
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    await cutting;
    expect([...statuses].sort()).toEqual([201, 503]);
    // Reads and writes that need the database, signed in and not: 503 with the stable code, never a 500.
    const unavailable = { error: 'database_unavailable', message: expect.stringContaining('database cannot be reached') };
    for (const answer of [await post('during the outage'), await istanbul.request('GET', `/api/conversations/${conversation}`), await new Browser(a).request('GET', '/api/twinnings')]) {
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual(unavailable);
    }
    const during = await fetch(`${a}/api/twinnings`);
    expect([during.status, during.headers.get('retry-after')]).toEqual([503, '5']);
    await until(async () => (await fetch(`${a}/api/health`)).status === 503, 30_000);
    expect(await (await fetch(`${a}/api/health`)).json()).toEqual({ status: 'unavailable', database: 'down' });
    // A's change-notice connection is gone and retrying; B's, direct, is not.
    await until(async () => (await listeners()) === 1, 30_000);
    // Several rounds of the pool and the notice connection failing to connect: the process is still there.
    for (let k = 0; k < 5; k++) expect((await post(`still away ${k}`)).status).toBe(503);
    expect(children[0]!.child.exitCode).toBeNull();
    // A database host that does not answer at all: the request waits for a connection a bounded
    // while and is then answered 503, not left hanging; the process is still there.
    await proxy.silence();
    expect(await post('into the silence')).toMatchObject({ status: 503, body: unavailable });
    expect(children[0]!.child.exitCode).toBeNull();

    await proxy.restore();
    await until(async () => (await fetch(`${a}/api/health`)).status === 200, 30_000);
    const after = await post('after the outage');
    expect(after.status).toBe(201);
    expect(await messageIds(istanbul, conversation)).toEqual(expect.arrayContaining([...acknowledged, (after.body as { id: string }).id]));
    // Nothing of the refused writes was kept.
    const bodies = (await istanbul.request('GET', `/api/conversations/${conversation}`)).body as { messages: { body: string }[] };
    expect(bodies.messages.map((m) => m.body).filter((t) => t.includes('outage') || t.startsWith('still away') || t.includes('silence'))).toEqual(['before the outage', 'after the outage']);

    // A's LISTEN connection is back: a change made through B reaches A's recommendations. A reads the
    // signals first (it then keeps them for 30 s unless a notice says otherwise).
    await until(async () => (await listeners()) === 2, 30_000);
    expect(await recommended(new Browser(a))).not.toContain(KOLN);
    const koln = await signedIn(b, 'koln@twinbridge.demo');
    expect((await koln.request('PATCH', `/api/authorities/${KOLN}`, { themes: ['culture'] })).status).toBe(200);
    await until(async () => (await recommended(new Browser(a))).includes(KOLN), 10_000);
    expect(children.map(({ child }) => child.exitCode)).toEqual([null, null]);
  }, 180_000);
});
