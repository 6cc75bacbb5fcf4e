import zlib from 'node:zlib';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_MIN_BYTES, registerTextCompression } from './compress';

const rows = (n: number) => ({ items: Array.from({ length: n }, (_, i) => ({ code: `DE_${i}`, name: `Authority ${i}`, population: i * 1000 })) });
let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  registerTextCompression(app);
  await app.register(compress, { threshold: COMPRESS_MIN_BYTES });
  app.get('/json/:n', async (req) => rows(Number((req.params as { n: string }).n)));
  app.get('/png', async (_req, reply) => reply.type('image/png').send(Buffer.alloc(10_000, 7)));
  app.get('/varied', async (_req, reply) => reply.header('vary', 'accept-language').send(rows(100)));
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('text answers compressed in one call', () => {
  it('sends brotli or gzip as the browser takes it, the same JSON once decoded', async () => {
    const br = await get('/json/100', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString())).toEqual(rows(100));
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    const gz = await get('/json/100', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gz.rawPayload).toString())).toEqual(rows(100));
  });

  it('leaves small answers, other types, refusals and x-no-compression as they are', async () => {
    expect((await get('/json/3', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
    expect((await get('/png', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
    expect((await get('/json/100', { 'accept-encoding': 'identity' })).json()).toEqual(rows(100));
    expect((await get('/json/100', { 'accept-encoding': 'br', 'x-no-compression': '1' })).headers['content-encoding']).toBeUndefined();
  });

  it('adds accept-encoding to a Vary the route set', async () => {
    expect((await get('/varied', { 'accept-encoding': 'br' })).headers.vary).toBe('accept-language, accept-encoding');
  });

  it('leaves a text over 256 KB to the plugin, which still compresses it', async () => {
    const big = await get('/json/8000', { 'accept-encoding': 'br' });
    expect(big.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(big.rawPayload).toString()).items).toHaveLength(8000);
  });
});
