import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { testApp, type TestApp } from '../test/harness';
import { loadConfig } from './config';

let t: TestApp;
/** Failed sign-ins one address may make for any accounts before it waits (set low so the test is short). */
const IP_FAILURE_LIMIT = 10;
/** The same database behind an app that trusts a proxy on 127.0.0.1 (where inject's requests come from). */
let behindProxy: FastifyInstance;

/** What Fastify made of the request's address and scheme, through a route added for the test. */
function withEcho(app: FastifyInstance): FastifyInstance {
  app.get('/test/client', async (req) => ({ ip: req.ip, protocol: req.protocol }));
  return app;
}

beforeAll(async () => {
  t = await testApp();
  t.ctx.config.auth.signInAddressFailures = IP_FAILURE_LIMIT;
  withEcho(t.app);
  behindProxy = withEcho(await buildApp({ ...t.ctx, config: { ...t.ctx.config, trustProxy: loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy } }));
});
afterAll(async () => {
  await behindProxy.close();
  await t.close();
});

const client = async (app: FastifyInstance, headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
  (await app.inject({ method: 'GET', url: '/test/client', headers, remoteAddress })).json() as { ip: string; protocol: string };

/** Failed sign-ins, each for another email and from another claimed address, until one is refused. */
async function failuresUntilRefused(app: FastifyInstance, tag: string): Promise<number> {
  for (let n = 1; n <= IP_FAILURE_LIMIT + 1; n++) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      headers: { 'x-forwarded-for': `203.0.113.${n}` },
      payload: { email: `nobody.${tag}.${n}@example.org`, password: 'wrong password' },
    });
    if (res.statusCode === 429) return n;
    expect(res.statusCode).toBe(401);
  }
  return Infinity;
}

describe('TRUST_PROXY', () => {
  it('is off by default and takes what Fastify takes; a malformed value stops the start', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, ::1,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '::1', 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example.org' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('by default a forged X-Forwarded-For/-Proto changes neither the address nor the scheme', async () => {
    expect(await client(t.app, { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' })).toEqual({ ip: '127.0.0.1', protocol: 'http' });
  });

  it('by default a forged address per attempt does not escape the sign-in limit per address', async () => {
    expect(await failuresUntilRefused(t.app, 'default')).toBe(IP_FAILURE_LIMIT + 1);
  });

  it('behind a trusted proxy its X-Forwarded-For is the address (and the limit counts each client apart)', async () => {
    expect(await client(behindProxy, { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' })).toEqual({ ip: '198.51.100.7', protocol: 'https' });
    expect(await failuresUntilRefused(behindProxy, 'proxied')).toBe(Infinity);
  });

  it('a peer that is not the trusted proxy is not believed', async () => {
    expect(await client(behindProxy, { 'x-forwarded-for': '198.51.100.7' }, '192.0.2.10')).toEqual({ ip: '192.0.2.10', protocol: 'http' });
  });
});
