import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { Db } from './platform/db';
import { ready, server, type ServerProcess } from './test/processes';

export { ready, server, type ServerProcess };

/** A platform twinning of İstanbul and München, active and untouched since 2020: the dormant reminder is due. */
export async function seedDormantTwinning(db: Db): Promise<string> {
  const rows = (await db.execute(sql`
    INSERT INTO twinnings (a_code, a_name, a_country, b_code, b_name, b_country, status, source, updated_at, created_at)
    VALUES ('TR-BSB-34', 'İstanbul', 'TR', 'DE_09162000', 'München', 'DE', 'active', 'platform', '2020-01-01', '2020-01-01')
    RETURNING id`)) as unknown as { rows: { id: string }[] };
  return rows.rows[0]!.id;
}

/** Mails and notices the dormant reminder of this twinning wrote (each officer should get one of each). */
export async function dormantReminders(db: Db, twinningId: string): Promise<{ mails: number; notices: number }> {
  const rows = (await db.execute(sql`
    SELECT (SELECT count(*)::int FROM outbox WHERE body LIKE ${`%/twinnings/${twinningId}%`}) AS mails,
           (SELECT count(*)::int FROM notifications WHERE kind = 'twinning_dormant_risk' AND subject = ${`twinning:${twinningId}`}) AS notices`)) as unknown as { rows: { mails: number; notices: number }[] };
  return rows.rows[0]!;
}

/**
 * A round-robin HTTP proxy in front of several app processes, as a load balancer would be: request
 * k goes to backend k mod n. Each answer says which backend served it (`x-backend`), so a test can
 * tell that a read was served by another process than the write before it.
 */
export async function roundRobinProxy(ports: readonly number[]): Promise<{ port: number; close(): Promise<void> }> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const backend = next++ % ports.length;
    const upstream = http.request({ host: '127.0.0.1', port: ports[backend], method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-backend': String(backend) });
      answer.pipe(res);
    });
    upstream.on('error', (err) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`backend ${backend}: ${err.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface Answer {
  status: number;
  backend: number;
  body: unknown;
}

/** A browser-like client through a URL: keeps the session cookie, sends the CSRF token on writes. */
export class Browser {
  private cookie = '';
  private csrf = '';
  constructor(private base: string) {}

  async request(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('tb_session='));
    if (set) this.cookie = set.split(';')[0]!;
    const text = await res.text();
    const parsed: unknown = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    const token = (parsed as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === 'string') this.csrf = token; // sign-in and sign-up confirmation answer with it
    return { status: res.status, backend: Number(res.headers.get('x-backend')), body: parsed };
  }
}

/** Ports nothing listens on now (the OS hands them out; each is closed again before it is returned). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise<net.Server>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => resolve(s));
  })));
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}


/** The exit code once the process has ended (null when a signal ended it). */
export const exited = (c: ChildProcess) => new Promise<number | null>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve(c.exitCode) : c.once('exit', (code) => resolve(code))));
