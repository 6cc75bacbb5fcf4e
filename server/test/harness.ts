import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { prepareReference } from '../domains/reference/reference.service';
import { loadConfig } from '../platform/config';
import type { AppContext } from '../platform/context';
import { openDatabase, type Database } from '../platform/db';
import { createContext } from '../context';
import { copyTemplate, FIXTURES, TEMPLATE_ENV, throwawayDatabase } from './template';

export { FIXTURES, throwawayDatabase } from './template';

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
  const { database, drop: dropDatabase } = await freshDatabase();
  // On a copy of the template this only reads the directory back (as a later start does).
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

/**
 * A copy of the run's template (made by the node project's global setup), or, outside Vitest (the
 * benchmarks use testApp too), a database made from nothing: migrated here, the fixtures loaded by testApp.
 */
async function freshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL || undefined;
  const template = process.env[TEMPLATE_ENV];
  if (template) return copyTemplate(template, url);
  if (!url) return { database: await openDatabase({}), drop: async () => {} };
  const throwaway = await throwawayDatabase(url);
  return { database: await openDatabase({ url: throwaway.url }), drop: throwaway.drop };
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
