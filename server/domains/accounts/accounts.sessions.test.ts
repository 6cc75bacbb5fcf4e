import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { sessions, users } from './accounts.schema';
import { endAllSessions } from './accounts.sessions';
import { signedIn, signedUp } from './accounts.testkit';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

const PASSWORD = 'correct horse battery';
const signedInWith = async (email: string, userAgent: string, ip: string) => {
  const agent = new Agent(t.app);
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email, password: PASSWORD }, headers: { 'user-agent': userAgent }, remoteAddress: ip });
  agent.cookie = `tb_session=${res.cookies.find((c) => c.name === 'tb_session')?.value}`;
  agent.csrf = res.json().csrfToken;
  return agent;
};
const isSignedIn = async (agent: Agent) => (await agent.request('GET', '/api/auth/me')).json().user !== null;
const userId = async (email: string) => (await t.ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

describe('the session list', () => {
  it('shows each of one\'s sessions with browser, address and "this one", and signs out another one', async () => {
    await signedUp(t.app, 'twoplaces@example.org');
    await endAllSessions(t.ctx.db, await userId('twoplaces@example.org'));
    const laptop = await signedInWith('twoplaces@example.org', 'Firefox on the laptop', '10.5.0.1');
    const phone = await signedInWith('twoplaces@example.org', 'Safari on the phone', '10.5.0.2');
    const list = (await laptop.request('GET', '/api/auth/me/sessions')).json().items as { id: string; userAgent: string; ip: string; current: boolean; createdAt: string; lastSeenAt: string }[];
    expect(list).toHaveLength(2);
    expect(list.find((s) => s.current)).toMatchObject({ userAgent: 'Firefox on the laptop', ip: '10.5.0.1' });
    const other = list.find((s) => !s.current)!;
    expect(other).toMatchObject({ userAgent: 'Safari on the phone', ip: '10.5.0.2', createdAt: expect.any(String), lastSeenAt: expect.any(String) });

    // Nobody else can end it: someone else's session is as unknown as a missing one.
    const stranger = await signedUp(t.app, 'stranger.sessions@example.org');
    expect((await stranger.request('DELETE', `/api/auth/me/sessions/${other.id}`)).statusCode).toBe(404);
    expect((await stranger.request('DELETE', '/api/auth/me/sessions/not-a-uuid')).statusCode).toBe(400);
    expect((await new Agent(t.app).request('GET', '/api/auth/me/sessions')).statusCode).toBe(401);
    expect(await isSignedIn(phone)).toBe(true);

    expect((await laptop.request('DELETE', `/api/auth/me/sessions/${other.id}`)).statusCode).toBe(204);
    expect(await isSignedIn(phone)).toBe(false);
    expect(await isSignedIn(laptop)).toBe(true);
  });

  it('"sign out everywhere else" keeps only this session', async () => {
    await signedUp(t.app, 'manyplaces@example.org');
    const here = await signedIn(t.app, 'manyplaces@example.org', PASSWORD);
    const elsewhere = [await signedIn(t.app, 'manyplaces@example.org', PASSWORD), await signedIn(t.app, 'manyplaces@example.org', PASSWORD)];
    const res = await here.request('POST', '/api/auth/me/sessions/end-others');
    expect(res.json()).toEqual({ ended: 3 }); // the sign-up's session too
    for (const a of elsewhere) expect(await isSignedIn(a)).toBe(false);
    expect(await isSignedIn(here)).toBe(true);
    expect((await here.request('GET', '/api/auth/me/sessions')).json().items).toHaveLength(1);
  });
});

describe('idle sessions', () => {
  it('end after the idle limit without use', async () => {
    const agent = await signedUp(t.app, 'idle@example.org');
    const id = await userId('idle@example.org');
    await t.ctx.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 119 * 60_000) }).where(eq(sessions.userId, id));
    expect(await isSignedIn(agent)).toBe(true); // used now: 119 minutes idle is within the 2 hours
    await t.ctx.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 121 * 60_000) }).where(eq(sessions.userId, id));
    expect(await isSignedIn(agent)).toBe(false);
    expect(await t.ctx.db.$count(sessions, eq(sessions.userId, id))).toBe(0);
  });

  it('note their use at most once a minute', async () => {
    const agent = await signedUp(t.app, 'touch@example.org');
    const id = await userId('touch@example.org');
    const seen = async () => (await t.ctx.db.select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.userId, id)))[0]!.at.getTime();
    const thirtySecondsAgo = new Date(Date.now() - 30_000);
    await t.ctx.db.update(sessions).set({ lastSeenAt: thirtySecondsAgo }).where(eq(sessions.userId, id));
    await agent.request('GET', '/api/auth/me');
    expect(await seen()).toBe(thirtySecondsAgo.getTime());
    await t.ctx.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 90_000) }).where(eq(sessions.userId, id));
    await agent.request('GET', '/api/auth/me');
    expect(await seen()).toBeGreaterThan(Date.now() - 5_000);
  });
});

describe('a password change', () => {
  it('ends every other session of the user, keeps the one it was made from', async () => {
    const here = await signedUp(t.app, 'changes@example.org');
    const other = await signedIn(t.app, 'changes@example.org', PASSWORD);
    const wrong = await here.request('POST', '/api/auth/me/password', { currentPassword: 'not my password', newPassword: 'lantern orchard violet' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields[0]).toMatchObject({ path: 'currentPassword', code: 'password_wrong' });
    expect(await isSignedIn(other)).toBe(true);

    expect((await here.request('POST', '/api/auth/me/password', { currentPassword: PASSWORD, newPassword: 'lantern orchard violet' })).statusCode).toBe(204);
    expect(await isSignedIn(other)).toBe(false);
    expect(await isSignedIn(here)).toBe(true);
    await signedIn(t.app, 'changes@example.org', 'lantern orchard violet');
  });
});

describe('endAllSessions', () => {
  it('signs a user out everywhere (for role changes and disabled accounts)', async () => {
    const a = await signedUp(t.app, 'everywhere@example.org');
    const b = await signedIn(t.app, 'everywhere@example.org', PASSWORD);
    expect(await endAllSessions(t.ctx.db, await userId('everywhere@example.org'))).toBe(2);
    expect(await isSignedIn(a)).toBe(false);
    expect(await isSignedIn(b)).toBe(false);
  });
});
