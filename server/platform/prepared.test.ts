import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { testApp } from '../test/harness';
import { PreparedJson, preferredEncoding, sendPrepared } from './prepared';

describe('preferredEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*, br;q=0')).toBe('gzip');
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding('gzip;q=0')).toBeNull();
  });
});

describe('PreparedJson', () => {
  it('compresses each form once and keeps it', () => {
    const p = new PreparedJson(JSON.stringify({ lines: Array.from({ length: 500 }, (_, i) => [i, i * 2]) }));
    const br = p.encoded('br');
    expect(p.encoded('br')).toBe(br);
    expect(zlib.brotliDecompressSync(br).toString()).toBe(p.text);
    expect(zlib.gunzipSync(p.encoded('gzip')).toString()).toBe(p.text);
  });
});

describe('sendPrepared', () => {
  it('sends the form the caller accepts, the same JSON each way, with Vary', async () => {
    const prepared = new PreparedJson(JSON.stringify({ lines: Array.from({ length: 2000 }, (_, i) => [i, i % 7, i * 0.5]) }));
    const app = Fastify();
    app.get('/lines', (req, reply) => sendPrepared(req, reply, prepared));
    try {
      const plain = await app.inject({ method: 'GET', url: '/lines' });
      expect(plain.headers['content-type']).toMatch(/^application\/json/);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(prepared.text);
      for (const [encoding, decode] of [['br', zlib.brotliDecompressSync], ['gzip', zlib.gunzipSync]] as const) {
        const res = await app.inject({ method: 'GET', url: '/lines', headers: { 'accept-encoding': encoding } });
        expect(res.headers['content-encoding']).toBe(encoding);
        expect(res.headers.vary).toMatch(/accept-encoding/i);
        expect(res.rawPayload.equals(prepared.encoded(encoding))).toBe(true);
        expect(decode(res.rawPayload).toString()).toBe(prepared.text);
      }
    } finally {
      await app.close();
    }
  });
});

describe('the network map, prepared', () => {
  it('is the same JSON whichever encoding the caller accepts', async () => {
    const t = await testApp();
    try {
      const url = '/api/twinnings/network?scope=all';
      const plain = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-type']).toMatch(/^application\/json/);
      const lines = plain.json();
      expect(lines.lines.length).toBeGreaterThan(0);
      const br = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      const body = br.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(br.rawPayload).toString() : br.body;
      expect(JSON.parse(body)).toEqual(lines);
    } finally {
      await t.close();
    }
  });
});
