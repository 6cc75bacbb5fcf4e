import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.mjs';
import { buildApp } from '../app';
import { testApp, type TestApp } from '../test/harness';
import { PROJECT_DIR } from './config';

// The build's brotli and gzip copies are what a browser gets (issue 16): the same bytes every time,
// not a fresh compression of the bundle per request.
let t: TestApp;
let web: FastifyInstance;
let webDir: string;
const script = `export const words = ${JSON.stringify(Array.from({ length: 800 }, (_, i) => `twinning ${i}`))};\n`;

beforeAll(async () => {
  t = await testApp();
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-static-'));
  fs.copyFileSync(path.join(PROJECT_DIR, 'web/index.html'), path.join(webDir, 'index.html'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'assets/app-abc123.js'), script);
  fs.writeFileSync(path.join(webDir, 'assets/tiny-abc123.js'), 'export {};\n');
  web = await buildApp(t.ctx, { serveWeb: true, webDir });
});
afterAll(async () => {
  await web.close();
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('the web app pre-compressed at build time', () => {
  it('writes brotli and gzip copies of text files worth compressing, and only of those', async () => {
    const r = await precompress(webDir);
    expect(r.files).toBe(1); // the script; index.html and the tiny file are under 1 KB
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(webDir, 'assets/app-abc123.js.br'))).toString()).toBe(script);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(webDir, 'assets/app-abc123.js.gz'))).toString()).toBe(script);
    expect(fs.existsSync(path.join(webDir, 'assets/tiny-abc123.js.br'))).toBe(false);
    expect(r.after).toBeLessThan(r.before / 3);
  });

  it('sends the copy the browser accepts, with the asset cache headers, and the file itself to others', async () => {
    const url = '/assets/app-abc123.js';
    const br = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.equals(fs.readFileSync(path.join(webDir, 'assets/app-abc123.js.br')))).toBe(true);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);

    const gz = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('answers a malformed or escaping path with a page or a 4xx, never a file outside the app or a 500', async () => {
    for (const url of ['/assets/%E0%A4%A', '/assets/..%2f..%2fpackage.json', '/%2e%2e/package.json']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(500);
      expect(res.body, url).not.toContain('"devDependencies"');
    }
  });
});
