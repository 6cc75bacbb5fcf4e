import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.mjs';
import { buildApp } from '../app';
import { testApp, type TestApp } from '../test/harness';

// The build's brotli and gzip copies are what a browser gets (issue 16): the same bytes every time,
// not a fresh compression of the bundle per request.
let t: TestApp;
let web: FastifyInstance;
let webDir: string;
let compressed: Awaited<ReturnType<typeof precompress>>;
// A page under 1 KB (the real index.html, with its boot shell, is above it and compressed).
const page = '<!doctype html>\n<html lang="en"><head><meta name="description" content="TwinBridge" /><title>TwinBridge</title></head><body><div id="root"></div></body></html>\n';
const script = `export const words = ${JSON.stringify(Array.from({ length: 800 }, (_, i) => `twinning ${i}`))};\n`;

beforeAll(async () => {
  t = await testApp();
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-static-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), page);
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'assets/app-abc123.js'), script);
  fs.writeFileSync(path.join(webDir, 'assets/tiny-abc123.js'), 'export {};\n');
  fs.mkdirSync(path.join(webDir, '.vite'));
  fs.writeFileSync(path.join(webDir, '.vite/manifest.json'), '{}');
  // As the build does: the copies are written before the server starts, which reads the app once.
  compressed = await precompress(webDir);
  web = await buildApp(t.ctx, { serveWeb: true, webDir });
});
afterAll(async () => {
  await web.close();
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('the web app pre-compressed at build time', () => {
  it('writes brotli and gzip copies of text files worth compressing, and only of those', async () => {
    const r = compressed;
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

    // A browser that refuses brotli (q=0) gets gzip.
    const noBr = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(noBr.headers['content-encoding']).toBe('gzip');
  });

  it('answers a browser that has the file already with 304, per encoding', async () => {
    const url = '/assets/app-abc123.js';
    const first = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    const etag = String(first.headers.etag);
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    const again = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // The gzip copy is another representation: its own tag, so the brotli one does not validate it.
    const gz = await web.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(gz.statusCode).toBe(200);
    expect(gz.headers.etag).not.toBe(etag);
  });

  it("never serves the build's own files: the compressed copies by name, or the Vite manifest", async () => {
    const manifest = await web.inject({ method: 'GET', url: '/.vite/manifest.json' });
    expect(manifest.headers['content-type']).toMatch(/text\/html/); // the app's page, as for any unknown path
    const copy = await web.inject({ method: 'GET', url: '/assets/app-abc123.js.br' });
    expect(copy.headers['content-type']).toMatch(/text\/html/);
    const index = await web.inject({ method: 'GET', url: '/index.html' });
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('answers a malformed or escaping path with a page or a 4xx, never a file outside the app or a 500', async () => {
    for (const url of ['/assets/%E0%A4%A', '/assets/..%2f..%2fpackage.json', '/%2e%2e/package.json']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(500);
      expect(res.body, url).not.toContain('"devDependencies"');
    }
  });
});
