import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts } from './domains/accounts/accounts.demo';
import { prepareReference } from './domains/reference/reference.service';
import { type Answer, Browser, dormantReminders, exited, freePorts, ready, roundRobinProxy, seedDormantTwinning, server, type ServerProcess } from './cluster.testkit';
import { type Database, openDatabase } from './platform/db';
import { FIXTURES, throwawayDatabase } from './test/harness';
import { sql } from 'drizzle-orm';

// Two real app processes (server/main.ts, one process each) on one PostgreSQL database, behind a
// round-robin proxy: every request goes to the other process than the one before it.
const url = process.env.DATABASE_URL;
const ANKARA = 'TR-BSB-06';
const KOLN = 'DE_05315000';

describe.skipIf(!url)('two app processes on one PostgreSQL behind a round-robin proxy', () => {
  const children: ServerProcess[] = [];
  let database: Database;
  let drop = async () => {};
  let proxy: { port: number; close(): Promise<void> };
  let base = '';
  let dormantId = '';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-cluster-'));

  beforeAll(async () => {
    const throwaway = await throwawayDatabase(url!);
    drop = throwaway.drop;
    // The database as a first start leaves it, with the demo accounts and a twinning due its dormant reminder.
    database = await openDatabase({ url: throwaway.url });
    const { directory } = await prepareReference(database.db, FIXTURES);
    await seedDemoAccounts(database.db, directory);
    dormantId = await seedDormantTwinning(database.db);
    const ports = await freePorts(2);
    for (const port of ports) children.push(server({ DATABASE_URL: throwaway.url, APP_PROCESSES: '1', PORT: String(port), DATA_DIR: dataDir }));
    await Promise.all(children.map((c) => ready(c)));
    proxy = await roundRobinProxy(ports);
    base = `http://127.0.0.1:${proxy.port}`;
  }, 300_000);
  afterAll(async () => {
    for (const { child } of children) child.kill('SIGTERM');
    const codes = await Promise.all(children.map(({ child }) => exited(child)));
    await proxy?.close();
    await database?.close();
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(codes).toEqual([0, 0]); // both stopped cleanly on SIGTERM
  }, 60_000);

  const signedIn = async (email: string) => {
    const b = new Browser(base);
    expect((await b.request('POST', '/api/auth/signin', { email, password: 'twinbridge-demo' })).status).toBe(200);
    return b;
  };
  /** One request through each process (two in a row through the proxy), as [first, second]. */
  const both = async (b: Browser, p: string) => {
    const answers = [await b.request('GET', p), await b.request('GET', p)];
    expect(answers.map((a) => a.backend).sort()).toEqual([0, 1]);
    return answers;
  };
  const codesOf = (body: unknown) => (body as { items: { authority: { code: string } }[] }).items.map((i) => i.authority.code);

  it('a session made through one process works through the other, writes included', async () => {
    const istanbul = new Browser(base);
    const signin = await istanbul.request('POST', '/api/auth/signin', { email: 'istanbul@twinbridge.demo', password: 'twinbridge-demo' });
    expect(signin.status).toBe(200);
    const me = await istanbul.request('GET', '/api/auth/me');
    expect(me.backend).not.toBe(signin.backend);
    expect(me.body).toMatchObject({ user: { email: 'istanbul@twinbridge.demo' } });
    const write = await istanbul.request('PATCH', `/api/authorities/TR-BSB-34`, { phone: '+90 212 000 00 00' });
    expect([write.status, write.backend]).toEqual([200, signin.backend]);
    const signout = await istanbul.request('POST', '/api/auth/signout');
    expect(signout.backend).toBe(me.backend);
    expect((await istanbul.request('GET', '/api/auth/me')).body).toMatchObject({ user: null });
  });

  it("a profile edit and a partner request made through one are in the other's public profile and recommendations at once", async () => {
    const anonymous = new Browser(base);
    const recs = (q: string) => both(anonymous, `/api/authorities/${ANKARA}/recommendations?country=DE&minPopulation=1000000&k=20&${q}`);
    // Both processes have read the platform's signals (each keeps them for 30 s unless told).
    for (const a of await recs('theme=culture')) expect(codesOf(a.body)).not.toContain(KOLN);
    for (const a of await recs('onlyWithRequest=true')) expect(codesOf(a.body)).not.toContain(KOLN);
    // The notice is out before the write answers, but the other process handles it on its own turn:
    // its answers get 2 s to agree (without the notice it would keep its signals for 30 s).
    const soon = async (q: string, ok: (codes: string[]) => boolean) => {
      let last: Answer[] = [];
      await until(async () => (last = await recs(q)).every((a) => ok(codesOf(a.body))), 2_000).catch(() => {});
      return last;
    };

    // Both processes keep Köln's public profile, as a signed-out reader saw it before the edit.
    const profile = () => both(anonymous, `/api/authorities/${KOLN}`);
    for (const a of await profile()) expect((a.body as { themes: string[] }).themes).not.toContain('culture');

    const koln = await signedIn('koln@twinbridge.demo');
    expect((await koln.request('PATCH', `/api/authorities/${KOLN}`, { themes: ['culture'] })).status).toBe(200);
    for (const a of await soon('theme=culture', (c) => c.includes(KOLN))) expect(codesOf(a.body), `process ${a.backend}`).toContain(KOLN);
    // The edit's notice made the other process forget the profile it kept (it would keep it 10 s).
    let seen: Answer[] = [];
    await until(async () => (seen = await profile()).every((a) => (a.body as { themes: string[] }).themes.includes('culture')), 2_000).catch(() => {});
    for (const a of seen) expect((a.body as { themes: string[] }).themes, `process ${a.backend}`).toEqual(['culture']);
    const request = { title: 'Partner for youth exchanges', descriptionEn: 'Köln looks for a Turkish city for youth exchanges.', themes: ['energy'] };
    expect((await koln.request('POST', '/api/partner-requests', request)).status).toBe(201);
    for (const a of await soon('onlyWithRequest=true', (c) => c.includes(KOLN))) expect(codesOf(a.body), `process ${a.backend}`).toEqual([KOLN]);
    for (const a of await recs('theme=energy')) expect(codesOf(a.body), `process ${a.backend}`).toEqual([KOLN]);
  });

  it("a twinning proposed through one and accepted through the other leaves both processes' recommendations", async () => {
    const anonymous = new Browser(base);
    const recs = () => both(anonymous, `/api/authorities/${ANKARA}/recommendations?country=DE&minPopulation=1000000&k=20`);
    for (const a of await recs()) expect(codesOf(a.body)).toContain(KOLN);

    const ankara = await newOfficer(base, database, 'ankara.officer@example.org', ANKARA);
    const koln = await signedIn('koln@twinbridge.demo');
    const proposed = await ankara.request('POST', '/api/twinnings', { partnerCode: KOLN });
    expect(proposed.status).toBe(201);
    const id = (proposed.body as { id: string }).id;
    const seen = await koln.request('GET', `/api/twinnings/${id}`);
    expect([seen.status, seen.backend === proposed.backend]).toEqual([200, false]);
    expect(seen.body).toMatchObject({ status: 'proposed' });
    const accepted = await koln.request('POST', `/api/twinnings/${id}/move`, { to: 'exploring' });
    expect(accepted.body).toMatchObject({ status: 'exploring' });
    for (const a of await both(anonymous, `/api/twinnings/${id}`)) expect(a.body).toMatchObject({ status: 'exploring' });
    // The graph is rebuilt off the request, a moment after the change (debounced), in both processes.
    await until(async () => (await recs()).every((a) => !codesOf(a.body).includes(KOLN)), 30_000);
  }, 60_000);

  it("a programme edited through one is on the other's kept public page at once, and in its programme list", async () => {
    const anonymous = new Browser(base);
    const manager = await signedIn('manager@twinbridge.demo');
    const created = await manager.request('POST', '/api/programmes', { code: 'CLUSTER-1', titleEn: 'Cluster programme', titleTr: 'Küme programı', budgetCents: 1_000_000_00 });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    // Both processes keep the page (each would serve it 10 s without asking the database, unless told).
    for (const a of await both(anonymous, `/api/programmes/${id}`)) expect(a.body).toMatchObject({ titleEn: 'Cluster programme' });
    for (const a of await both(anonymous, '/api/programmes')) expect((a.body as { items: { id: string }[] }).items.map((p) => p.id)).toContain(id);
    const edited = await manager.request('PUT', `/api/programmes/${id}`, { titleEn: 'Renamed cluster programme', titleTr: 'Yeni ad', budgetCents: 1_000_000_00 });
    expect(edited.status).toBe(200);
    // The notice is out before the write answers; the other process handles it on its own turn.
    const titles = async () => (await both(anonymous, `/api/programmes/${id}`)).map((a) => (a.body as { titleEn: string }).titleEn);
    await until(async () => (await titles()).every((t) => t === 'Renamed cluster programme'), 2_000);
    const listed = async () => (await both(anonymous, '/api/programmes')).map((a) => (a.body as { items: { id: string; titleEn: string }[] }).items.find((p) => p.id === id)?.titleEn);
    expect(await listed()).toEqual(['Renamed cluster programme', 'Renamed cluster programme']);
  });

  it('the dormant reminder, run by both processes, was mailed once', async () => {
    await until(async () => (await dormantReminders(database.db, dormantId)).notices > 0, 30_000);
    expect(await dormantReminders(database.db, dormantId)).toEqual({ mails: 1, notices: 1 });
  });
});

async function until(done: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A new account, signed up through the mailed link, made officer of `code` by the admin: all through the proxy. */
async function newOfficer(base: string, database: Database, email: string, code: string): Promise<Browser> {
  const b = new Browser(base);
  const asked = await b.request('POST', '/api/auth/signup', { email, name: 'Ankara Officer', password: 'correct horse battery', locale: 'en', acceptTerms: true, acceptPrivacy: true });
  expect(asked.status).toBe(202);
  const rows = (await database.db.execute(sql`SELECT body FROM outbox WHERE "to" = ${email} ORDER BY created_at DESC LIMIT 1`)) as unknown as { rows: { body: string }[] };
  const token = decodeURIComponent(/\/signup\/confirm\?token=(\S+)/.exec(rows.rows[0]!.body)![1]!);
  expect((await b.request('POST', '/api/auth/signup/confirm', { token })).status).toBe(201);
  const request = await b.request('POST', '/api/officer-requests', { authorityCode: code });
  const admin = new Browser(base);
  await admin.request('POST', '/api/auth/signin', { email: 'admin@twinbridge.demo', password: 'twinbridge-demo' });
  expect((await admin.request('POST', `/api/admin/officer-requests/${(request.body as { id: string }).id}/decision`, { decision: 'approved' })).status).toBe(200);
  return b;
}
