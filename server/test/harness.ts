import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app';
import { prepareReference } from '../domains/reference/reference.service';
import { loadConfig, PROJECT_DIR } from '../platform/config';
import type { AppContext } from '../platform/context';
import { openDatabase } from '../platform/db';
import { createContext } from '../context';

export const FIXTURES = path.join(PROJECT_DIR, 'server/test/fixtures');

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
}

const contexts = new WeakMap<FastifyInstance, AppContext>();

/** The context a test app was built with (for testkits that get only the app, such as reading the outbox). */
export function contextOf(app: FastifyInstance): AppContext {
  const ctx = contexts.get(app);
  if (!ctx) throw new Error('not an app made by testApp()');
  return ctx;
}

/**
 * A fresh app on a fresh database with the small fixture directory: in-memory PGlite by default,
 * or a throw-away database on the PostgreSQL server named by DATABASE_URL.
 */
export async function testApp(): Promise<TestApp> {
  const url = process.env.DATABASE_URL;
  const throwaway = url ? await throwawayDatabase(url) : null;
  const dbUrl = throwaway?.url;
  const dropDatabase = throwaway?.drop ?? (async () => {});
  const database = await openDatabase(dbUrl ? { url: dbUrl } : {});
  const { directory } = await prepareReference(database.db, FIXTURES);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-test-'));
  const base = loadConfig({});
  // Every injected request comes from 127.0.0.1: the per-address sign-up/reset throttle would stop a file's
  // sign-ups, so it is lifted here, and sign-ups do not wait for the timing floor; the throttle and timing
  // tests set their own values on ctx.config.auth.
  const config = { ...base, referenceDir: FIXTURES, dataDir, demo: false, auth: { ...base.auth, requestsPerAddressHour: 100_000, requestFloorMs: 0 } };
  const ctx = await createContext(database.db, config, directory);
  const app = await buildApp(ctx);
  contexts.set(app, ctx);
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await database.close();
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database on the PostgreSQL server of `url`, and how to drop it (connections and all). */
export async function throwawayDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A cookie-carrying client for one user: keeps the session cookie and sends the CSRF token on writes. */
export class Agent {
  cookie = '';
  csrf = '';
  constructor(private app: FastifyInstance) {}

  async request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
    const set = res.cookies.find((c) => c.name === 'tb_session');
    if (set) this.cookie = set.value ? `tb_session=${set.value}` : '';
    return res;
  }

  /** Refresh the CSRF token from /api/auth/me after signing in. */
  async refreshCsrf(): Promise<void> {
    const me = await this.request('GET', '/api/auth/me');
    this.csrf = (me.json() as { csrfToken: string | null }).csrfToken ?? '';
  }
}

/** A refusal as "<status> <reason>" (e.g. "409 interest_pending"): a test says which rule refused, not only that one did. */
export function refusal(res: LightMyRequestResponse): string {
  const body = res.json() as { error?: string; reason?: string };
  return `${res.statusCode} ${body.reason ?? body.error ?? ''}`;
}
