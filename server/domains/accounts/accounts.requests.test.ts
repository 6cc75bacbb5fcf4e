import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../platform/mail.schema';
import { testApp, type TestApp } from '../../test/harness';
import { loginAttempts, users } from './accounts.schema';
import { lastMailTo, signedUp } from './accounts.testkit';

let t: TestApp;
let defaults: TestApp['ctx']['config']['auth'];
beforeAll(async () => {
  t = await testApp();
  defaults = { ...t.ctx.config.auth };
});
afterEach(() => {
  t.ctx.config.auth = { ...defaults };
});
afterAll(async () => t.close());

const CONSENT = { acceptTerms: true, acceptPrivacy: true };
const signUpAt = (email: string, ip = '10.7.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, name: 'Someone Else', password: 'lantern orchard violet', locale: 'en', ...CONSENT }, remoteAddress: ip });
const resetAt = (email: string, ip = '10.7.0.1') => t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email }, remoteAddress: ip });
const mailsTo = (to: string) => t.ctx.db.$count(outbox, eq(outbox.to, to));

describe('sign-up for a taken email', () => {
  it('answers exactly like a new sign-up, makes no account, and mails the owner instead', async () => {
    await signedUp(t.app, 'owner@example.org', 'Olcay Owner');
    const taken = await signUpAt('OWNER@example.org');
    const fresh = await signUpAt('newcomer@example.org');
    expect(taken.statusCode).toBe(202);
    expect(fresh.statusCode).toBe(202);
    expect(taken.body).toBe(fresh.body);
    expect(taken.cookies).toEqual(fresh.cookies);
    expect(await t.ctx.db.$count(users, eq(users.email, 'owner@example.org'))).toBe(1);
    const [owner] = await t.ctx.db.select().from(users).where(eq(users.email, 'owner@example.org'));
    expect(owner?.name).toBe('Olcay Owner');
    expect((await lastMailTo(t.app, 'owner@example.org'))?.body).toMatch(/tried to create a new TwinBridge account[\s\S]*\/forgot-password/);
    expect((await lastMailTo(t.app, 'newcomer@example.org'))?.body).toContain('/signup/confirm?token=');
  });
});

describe('timing', () => {
  it('is the same for known and unknown emails: both wait for the floor and do the same work', async () => {
    t.ctx.config.auth.requestFloorMs = 400;
    t.ctx.config.auth.mailsPerEmailHour = 100;
    await signedUp(t.app, 'timed@example.org');
    const took = async (send: () => Promise<unknown>) => {
      const start = performance.now();
      await send();
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await took(() => resetAt('timed@example.org')), await took(() => signUpAt('timed@example.org')));
      unknown.push(await took(() => resetAt(`ghost${i}@example.org`)), await took(() => signUpAt(`ghost${i}@example.org`)));
    }
    for (const ms of [...known, ...unknown]) expect(ms).toBeGreaterThanOrEqual(395);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(100);
  });
});

describe('throttles', () => {
  it('mail one email at most the configured number of times an hour, then answer 429 with Retry-After, known or not', async () => {
    t.ctx.config.auth.mailsPerEmailHour = 3;
    await signedUp(t.app, 'flooded@example.org');
    await t.ctx.db.delete(loginAttempts); // the sign-up's own mail does not count here
    const before = await mailsTo('flooded@example.org');
    for (const email of ['flooded@example.org', 'nobody.flooded@example.org']) {
      for (let i = 0; i < 3; i++) expect((await resetAt(email, `10.8.${i}.1`)).statusCode).toBe(202);
      const refused = await resetAt(email, '10.8.9.1');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.json().error).toBe('rate_limited');
      // Sign-up to that email counts against the same limit.
      expect((await signUpAt(email, '10.8.9.2')).statusCode).toBe(429);
    }
    expect(await mailsTo('flooded@example.org')).toBe(before + 3);
    expect(await mailsTo('nobody.flooded@example.org')).toBe(0);
  });

  it('refuse an address past its hourly requests, while another address still gets through', async () => {
    t.ctx.config.auth.requestsPerAddressHour = 4;
    for (let i = 0; i < 2; i++) {
      expect((await signUpAt(`spray${i}@example.org`, '10.9.0.1')).statusCode).toBe(202);
      expect((await resetAt(`spray${i}@example.org`, '10.9.0.1')).statusCode).toBe(202);
    }
    expect((await signUpAt('spray9@example.org', '10.9.0.1')).statusCode).toBe(429);
    expect((await resetAt('spray9@example.org', '10.9.0.1')).statusCode).toBe(429);
    expect((await signUpAt('spray9@example.org', '10.9.0.2')).statusCode).toBe(202);
  });
});
