import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/harness';
import { loginAttempts } from './accounts.schema';
import { lastMailTo, mailedToken, signedUp } from './accounts.testkit';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

const PASSWORD = 'correct horse battery';
const signInAt = (email: string, password: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email, password }, remoteAddress: ip });

describe('a stranger guessing a password', () => {
  it('is slowed down at their own address (429, Retry-After) while the owner signs in from another', async () => {
    await signedUp(t.app, 'target@example.org');
    for (let i = 0; i < 5; i++) expect((await signInAt('target@example.org', `guess number ${i}`, '10.1.0.1')).statusCode).toBe(401);
    const slowed = await signInAt('target@example.org', PASSWORD, '10.1.0.1');
    expect(slowed.statusCode).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBe(30);
    expect(slowed.json().error).toBe('rate_limited');
    const owner = await signInAt('target@example.org', PASSWORD, '10.1.0.2');
    expect(owner.statusCode).toBe(200);
    expect(owner.cookies.find((c) => c.name === 'tb_session')).toBeTruthy();
  });

  it('waits twice as long after each further failure', async () => {
    await signedUp(t.app, 'patient@example.org');
    for (let i = 0; i < 5; i++) await signInAt('patient@example.org', `guess number ${i}`, '10.2.0.1');
    const age = (ms: number) => t.ctx.db.update(loginAttempts).set({ at: sql`${loginAttempts.at} - ${`${ms} milliseconds`}::interval` }).where(eq(loginAttempts.key, 'signin:patient@example.org|10.2.0.1'));
    for (const wait of [60, 120, 240]) {
      await age((wait / 2 + 1) * 1000); // the previous wait is over
      expect((await signInAt('patient@example.org', 'another guess', '10.2.0.1')).statusCode).toBe(401);
      expect(Number((await signInAt('patient@example.org', 'another guess', '10.2.0.1')).headers['retry-after'])).toBe(wait);
    }
  });

  it('from many addresses makes a right password need a mailed one-time link, never a refusal', async () => {
    await signedUp(t.app, 'besieged@example.org', 'Bora Besieged');
    for (let i = 0; i < 20; i++) expect((await signInAt('besieged@example.org', `guess number ${i}`, `10.3.${i}.1`)).statusCode).toBe(401);
    // A wrong password still gets 401 and mails nothing.
    const mailsBefore = (await lastMailTo(t.app, 'besieged@example.org'))?.subject;
    expect((await signInAt('besieged@example.org', 'yet another guess', '10.3.99.1')).statusCode).toBe(401);
    expect((await lastMailTo(t.app, 'besieged@example.org'))?.subject).toBe(mailsBefore);

    const owner = await signInAt('besieged@example.org', PASSWORD, '10.3.100.1');
    expect(owner.statusCode).toBe(202);
    expect(owner.json()).toMatchObject({ secondFactor: 'mail' });
    expect(owner.cookies).toHaveLength(0);
    const token = await mailedToken(t.app, 'besieged@example.org', '/signin/link');
    const linked = await t.app.inject({ method: 'POST', url: '/api/auth/signin/link', payload: { token }, remoteAddress: '10.3.100.1' });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().user.email).toBe('besieged@example.org');
    expect(linked.cookies.find((c) => c.name === 'tb_session')).toBeTruthy();
    // Once only.
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/signin/link', payload: { token } })).statusCode).toBe(400);
    // Signed in by the link, the account's count starts again: the password alone works.
    expect((await signInAt('besieged@example.org', PASSWORD, '10.3.100.1')).statusCode).toBe(200);
  });

  it('spraying many accounts from one address is refused at that address only', async () => {
    t.ctx.config.auth.signInAddressFailures = 10;
    await signedUp(t.app, 'bystander@example.org');
    for (let i = 0; i < 10; i++) expect((await signInAt(`spray${i}@example.org`, 'any password', '10.4.0.1')).statusCode).toBe(401);
    expect((await signInAt('bystander@example.org', PASSWORD, '10.4.0.1')).statusCode).toBe(429);
    expect((await signInAt('bystander@example.org', PASSWORD, '10.4.0.9')).statusCode).toBe(200);
  });
});
