import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testApp, type TestApp } from '../../test/harness';
import { startupHooks } from '../../startup';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccountsHook, seedDemoAccounts } from './accounts.demo';
import { officerLinks, users } from './accounts.schema';
import { signedIn } from './accounts.testkit';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());
afterEach(() => vi.restoreAllMocks());

const counts = async () => ({ users: await t.ctx.db.$count(users), links: await t.ctx.db.$count(officerLinks) });
const demoCtx = (demo: boolean) => ({ ...t.ctx, config: { ...t.ctx.config, demo } });

describe('demo accounts', () => {
  it('are never seeded when demo mode is off', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    for (const hook of startupHooks) await hook(demoCtx(false));
    expect(await counts()).toEqual({ users: 0, links: 0 });
    // Real reference content (the library's guides) is seeded in any mode; nothing demo may be.
    expect(log.mock.calls.map((c) => String(c[0])).filter((line) => /demo/i.test(line))).toEqual([]);
  });

  it('skip officer links whose authority is missing from the directory', async () => {
    expect(await seedDemoAccounts(t.ctx.db, { get: () => undefined })).toEqual({ users: DEMO_ACCOUNTS.length, links: 0 });
    expect(await counts()).toEqual({ users: DEMO_ACCOUNTS.length, links: 0 });
  });

  it('are completed on a demo start, and a second start changes nothing', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await demoAccountsHook(demoCtx(true));
    const first = await counts();
    expect(first).toEqual({ users: DEMO_ACCOUNTS.length, links: 2 });
    await demoAccountsHook(demoCtx(true));
    expect(await counts()).toEqual(first);
    expect(await seedDemoAccounts(t.ctx.db, t.ctx.directory)).toEqual({ users: 0, links: 0 });
    const printed = String(log.mock.calls[0]?.[0]);
    expect(printed).toContain(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) expect(printed).toContain(a.email);
  });

  it('sign in with the shared password and hold their roles', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const me = (await (await signedIn(t.app, a.email)).request('GET', '/api/auth/me')).json().user;
      expect(me, a.email).toMatchObject({ email: a.email, role: a.role, authorityCode: a.authorityCode ?? null });
    }
  });

  it('include an Istanbul officer who may edit TR-BSB-34', async () => {
    const istanbul = await signedIn(t.app, 'istanbul@twinbridge.demo');
    expect((await istanbul.request('PATCH', '/api/authorities/TR-BSB-34', { phone: '+90 212 000 00 00' })).statusCode).toBe(200);
    const profile = (await istanbul.request('GET', '/api/authorities/TR-BSB-34')).json();
    expect(profile.officers).toContainEqual({ name: 'Ayşe Yılmaz', email: 'istanbul@twinbridge.demo', position: 'International Relations' });
  });
});
