import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { outbox } from '../../platform/mail.schema';
import { passwordResets } from './accounts.schema';
import { mailedToken, signedIn, signedUp } from './accounts.testkit';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
const requestReset = (email: string) => post('/api/auth/password-reset/request', { email });
const confirm = (token: string, password: string) => post('/api/auth/password-reset/confirm', { token, password });

/** The newest mail to an address, read from the outbox table. */
async function lastMailTo(to: string) {
  const [mail] = await t.ctx.db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt)).limit(1);
  return mail;
}

function tokenOf(body: string): string {
  const match = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(body);
  if (!match?.[1]) throw new Error(`no reset link in ${body}`);
  return match[1];
}

describe('password reset', () => {
  it('answers 202 for an unknown email and sends nothing', async () => {
    const before = await t.ctx.db.$count(outbox);
    const res = await requestReset('ghost@example.org');
    expect(res.statusCode).toBe(202);
    expect(await t.ctx.db.$count(outbox)).toBe(before);
  });

  it('mails a link, sets the new password once, and ends every session', async () => {
    const session = await signedUp(t.app, 'reset@example.org');
    const res = await requestReset('Reset@Example.org');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual((await requestReset('ghost@example.org')).json());

    const mail = await lastMailTo('reset@example.org');
    expect(mail?.subject).toBe('Reset your TwinBridge password');
    expect(mail?.body).toContain(`${t.ctx.config.publicUrl}/reset-password?token=`);
    const token = tokenOf(mail?.body ?? '');

    expect((await confirm(token, 'a brand new password')).statusCode).toBe(204);
    expect((await session.request('GET', '/api/auth/me')).json().user).toBeNull();
    expect((await post('/api/auth/signin', { email: 'reset@example.org', password: 'correct horse battery' })).statusCode).toBe(401);
    await signedIn(t.app, 'reset@example.org', 'a brand new password');

    const again = await confirm(token, 'yet another password');
    expect(again.statusCode).toBe(400);
    expect(again.json().fields).toEqual([{ path: 'token', message: expect.stringMatching(/used/) }]);
  });

  it('writes the mail in Turkish for a Turkish-speaking user', async () => {
    const agent = new Agent(t.app);
    await agent.request('POST', '/api/auth/signup', { email: 'ayse@example.org', name: 'Ayşe', password: 'correct horse battery', locale: 'tr', acceptTerms: true, acceptPrivacy: true });
    await agent.request('POST', '/api/auth/signup/confirm', { token: await mailedToken(t.app, 'ayse@example.org', '/signup/confirm') });
    await requestReset('ayse@example.org');
    const mail = await lastMailTo('ayse@example.org');
    expect(mail?.subject).toBe('TwinBridge şifrenizi sıfırlayın');
    expect(mail?.body).toContain('Merhaba Ayşe');
  });

  it('refuses an expired token and an unknown one with 400 on the token field', async () => {
    await signedUp(t.app, 'late@example.org');
    await requestReset('late@example.org');
    const token = tokenOf((await lastMailTo('late@example.org'))?.body ?? '');
    await t.ctx.db.update(passwordResets).set({ expiresAt: new Date(Date.now() - 1000) });
    const expired = await confirm(token, 'a brand new password');
    expect(expired.statusCode).toBe(400);
    expect(expired.json().fields[0]).toMatchObject({ path: 'token', message: expect.stringMatching(/expired/) });
    const unknown = await confirm('x'.repeat(43), 'a brand new password');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields[0].path).toBe('token');
    await signedIn(t.app, 'late@example.org', 'correct horse battery');
  });

  it('clears the failures of that account: after many failures a right password needs a mailed link, after a reset it does not', async () => {
    await signedUp(t.app, 'locked@example.org');
    for (let i = 0; i < 20; i++) await t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email: 'locked@example.org', password: `guess number ${i}` }, remoteAddress: `10.9.${i}.1` });
    expect((await post('/api/auth/signin', { email: 'locked@example.org', password: 'correct horse battery' })).statusCode).toBe(202);
    await requestReset('locked@example.org');
    const token = tokenOf((await lastMailTo('locked@example.org'))?.body ?? '');
    expect((await confirm(token, 'a brand new password')).statusCode).toBe(204);
    await signedIn(t.app, 'locked@example.org', 'a brand new password');
  });

  it('checks the new password like sign-up does', async () => {
    const res = await confirm('x'.repeat(43), 'short');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].path).toBe('password');
  });
});
