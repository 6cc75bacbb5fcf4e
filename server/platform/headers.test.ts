import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { testApp, type TestApp } from '../test/harness';
import { loadConfig, PROJECT_DIR } from './config';
import { HSTS } from './headers';

let t: TestApp;
let webDir: string;
/** The web app served too, behind a proxy trusted on 127.0.0.1 (so X-Forwarded-Proto says TLS). */
let web: FastifyInstance;
/** Production as configured by default, and with API_DOCS=1. */
let production: FastifyInstance;
let productionWithDocs: FastifyInstance;

beforeAll(async () => {
  t = await testApp();
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-web-'));
  fs.copyFileSync(path.join(PROJECT_DIR, 'web/index.html'), path.join(webDir, 'index.html'));
  const config = (env: NodeJS.ProcessEnv) => {
    const c = loadConfig(env);
    return { ...t.ctx.config, trustProxy: c.trustProxy, apiDocs: c.apiDocs, production: c.production };
  };
  web = await buildApp({ ...t.ctx, config: config({ TRUST_PROXY: '127.0.0.1' }) }, { serveWeb: true, webDir });
  production = await buildApp({ ...t.ctx, config: config({ NODE_ENV: 'production' }) });
  productionWithDocs = await buildApp({ ...t.ctx, config: config({ NODE_ENV: 'production', API_DOCS: '1' }) });
});
afterAll(async () => {
  await Promise.all([web.close(), production.close(), productionWithDocs.close()]);
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

/** The CSP's directives by name. */
function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(header.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

function expectSecurityHeaders(res: LightMyRequestResponse, what: string): void {
  const policy = csp(res);
  expect(policy.get('script-src'), what).toEqual(["'self'"]);
  expect(policy.get('script-src-attr'), what).toEqual(["'none'"]);
  expect(policy.get('default-src'), what).toEqual(["'self'"]);
  expect(policy.get('object-src'), what).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(res.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
}

describe('security headers', () => {
  it('every kind of response carries them: API, error, web page, static file', async () => {
    expectSecurityHeaders(await t.app.inject({ method: 'GET', url: '/api/health' }), 'health');
    expectSecurityHeaders(await t.app.inject({ method: 'GET', url: '/api/no-such-route' }), '404');
    expectSecurityHeaders(await t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email: 1 } }), '400');
    const page = await web.inject({ method: 'GET', url: '/partner-requests' });
    expect(page.headers['content-type']).toContain('text/html');
    expectSecurityHeaders(page, 'web page');
    expectSecurityHeaders(await web.inject({ method: 'GET', url: '/index.html' }), 'static file');
  });

  it('the web page has no inline script for the CSP to block', async () => {
    const html = (await web.inject({ method: 'GET', url: '/' })).body;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
  });

  it('HSTS only over TLS: from a trusted proxy saying https, not over http nor on a forged header', async () => {
    expect((await web.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBe(HSTS);
    expect((await web.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    expect((await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBeUndefined();
  });

  it('the API docs: served outside production; in production only with API_DOCS=1', async () => {
    for (const url of ['/api/docs/', '/api/openapi.json']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, `dev ${url}`).toBe(200);
      expect((await production.inject({ method: 'GET', url })).statusCode, `production ${url}`).toBe(404);
      expect((await productionWithDocs.inject({ method: 'GET', url })).statusCode, `production with API_DOCS ${url}`).toBe(200);
    }
    expect(loadConfig({ NODE_ENV: 'production', API_DOCS: '0' }).apiDocs).toBe(false);
    expect(loadConfig({ API_DOCS: '0' }).apiDocs).toBe(false);
    expect(loadConfig({}).apiDocs).toBe(true);
  });

  it('the docs page loads only scripts of its own origin, under the same CSP', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expectSecurityHeaders(page, 'docs');
    const scripts = [...page.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\.?\/[^/]/);
      expect(body!.trim()).toBe('');
    }
    const init = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(init.statusCode).toBe(200);
  });
});
