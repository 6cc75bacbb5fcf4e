import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_VERSION } from '../../../shared/accounts';
import { auditLog } from '../../platform/audit.schema';
import { users } from './accounts.schema';
import { Agent, testApp, type TestApp, refusal } from '../../test/harness';
import { signedIn, signedUp } from './accounts.testkit';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

const PASSWORD = 'correct horse battery';
const CONSENT = { acceptTerms: true, acceptPrivacy: true };
const signInAt = (email: string, password: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email, password }, remoteAddress: ip });

describe('sign-up, sign-in, me, sign-out', () => {
  it('runs the whole round trip with a session cookie', async () => {
    const agent = new Agent(t.app);
    const up = await agent.request('POST', '/api/auth/signup', { email: 'Deniz@Example.org', name: 'Deniz Kaya', password: PASSWORD, locale: 'tr', ...CONSENT });
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ user: { email: 'deniz@example.org', name: 'Deniz Kaya', role: 'public', locale: 'tr', authorityCode: null, officerRequest: null } });
    expect(up.json().csrfToken).toEqual(expect.any(String));
    expect(up.cookies.find((c) => c.name === 'tb_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    const me = await agent.request('GET', '/api/auth/me');
    expect(me.json()).toEqual({ user: up.json().user, csrfToken: up.json().csrfToken, consentCurrent: true });

    agent.csrf = up.json().csrfToken;
    expect((await agent.request('POST', '/api/auth/signout')).statusCode).toBe(204);
    expect((await agent.request('GET', '/api/auth/me')).json()).toEqual({ user: null, csrfToken: null, consentCurrent: null });

    const again = await signedIn(t.app, 'deniz@example.org', PASSWORD);
    expect((await again.request('GET', '/api/auth/me')).json().user.email).toBe('deniz@example.org');
  });

  it('refuses a second account for the same email in any case', async () => {
    await signedUp(t.app, 'twice@example.org');
    const res = await new Agent(t.app).request('POST', '/api/auth/signup', { email: 'TWICE@example.org', name: 'Other', password: PASSWORD, locale: 'en', ...CONSENT });
    expect(refusal(res)).toBe('409 email_taken');
    expect(res.json().error).toBe('conflict');
  });

  it('lets only one of two simultaneous sign-ups for an email through, the other gets 409', async () => {
    const body = { email: 'race@example.org', name: 'Racer', password: PASSWORD, locale: 'en', ...CONSENT };
    const both = await Promise.all([1, 2].map(() => t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: body })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('rejects bad sign-up input with 400 and the fields', async () => {
    const res = await new Agent(t.app).request('POST', '/api/auth/signup', { email: 'not-an-email', name: 'X', password: 'short', locale: 'de' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().fields.map((f: { path: string }) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['email', 'name', 'password', 'locale']));
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    await signedUp(t.app, 'known@example.org');
    const wrong = await signInAt('known@example.org', 'wrong password!', '10.0.0.1');
    const unknown = await signInAt('nobody@example.org', 'wrong password!', '10.0.0.1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.cookies).toHaveLength(0);
  });

  it('records sign-up and sign-in in the audit log', async () => {
    const agent = await signedUp(t.app, 'audited@example.org');
    const { user } = (await agent.request('GET', '/api/auth/me')).json();
    await signedIn(t.app, 'audited@example.org', PASSWORD);
    const rows = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['user.signed_up', 'user.signed_in']));
  });
});

describe('consent at sign-up', () => {
  it('refuses a sign-up without consent to the terms or the privacy notice with 400 field messages, creating nothing', async () => {
    const body = { email: 'noconsent@example.org', name: 'No Consent', password: PASSWORD, locale: 'en' };
    for (const [sent, missing] of [[{}, ['acceptTerms', 'acceptPrivacy']], [{ acceptTerms: true }, ['acceptPrivacy']], [{ acceptTerms: true, acceptPrivacy: false }, ['acceptPrivacy']], [{ acceptTerms: 'yes', acceptPrivacy: true }, ['acceptTerms']]] as const) {
      const res = await new Agent(t.app).request('POST', '/api/auth/signup', { ...body, ...sent });
      expect(res.statusCode).toBe(400);
      const fields = res.json().fields as { path: string; message: string }[];
      expect(fields.map((f) => f.path).sort()).toEqual([...missing].sort());
      expect(fields.every((f) => /terms|privacy/.test(f.message))).toBe(true);
    }
    expect(await t.ctx.db.$count(users, eq(users.email, 'noconsent@example.org'))).toBe(0);
  });

  it('stores the consent time and the notice version with the account, and audits them', async () => {
    const before = Date.now();
    const agent = await signedUp(t.app, 'consented@example.org');
    const { user } = (await agent.request('GET', '/api/auth/me')).json();
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.consentVersion).toBe(NOTICE_VERSION);
    expect(row?.consentAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(entry?.after).toMatchObject({ consentVersion: NOTICE_VERSION, consentAt: expect.any(String) });
  });
});

describe('consent to the current notices', () => {
  it('is current after sign-up; a changed notice version asks again until POST /api/auth/me/consent records it, audited', async () => {
    const agent = await signedUp(t.app, 'reconsent@example.org');
    expect((await agent.request('GET', '/api/auth/me')).json().consentCurrent).toBe(true);
    const { user } = (await agent.request('GET', '/api/auth/me')).json();
    // The notices changed since this user accepted them.
    await t.ctx.db.update(users).set({ consentVersion: '2020-01-01' }).where(eq(users.id, user.id));
    expect((await agent.request('GET', '/api/auth/me')).json().consentCurrent).toBe(false);

    const half = await agent.request('POST', '/api/auth/me/consent', { acceptTerms: true });
    expect(half.statusCode).toBe(400);
    expect((half.json().fields as { path: string }[]).map((f) => f.path)).toEqual(['acceptPrivacy']);
    expect((await agent.request('GET', '/api/auth/me')).json().consentCurrent).toBe(false);

    const before = Date.now();
    const res = await agent.request('POST', '/api/auth/me/consent', { acceptTerms: true, acceptPrivacy: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ consentVersion: NOTICE_VERSION, consentAt: expect.any(String) });
    expect((await agent.request('GET', '/api/auth/me')).json().consentCurrent).toBe(true);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.consentAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(entries.find((e) => e.action === 'user.consent_renewed')).toMatchObject({ actorId: user.id, before: { consentVersion: '2020-01-01' }, after: { consentVersion: NOTICE_VERSION } });
  });

  it('is null signed out, and the consent route refuses anonymous callers', async () => {
    const anonymous = new Agent(t.app);
    expect((await anonymous.request('GET', '/api/auth/me')).json().consentCurrent).toBeNull();
    expect((await anonymous.request('POST', '/api/auth/me/consent', { acceptTerms: true, acceptPrivacy: true })).statusCode).toBe(401);
  });
});

describe('PATCH /api/auth/me', () => {
  it('changes name and language, audited', async () => {
    const agent = await signedUp(t.app, 'rename@example.org');
    const res = await agent.request('PATCH', '/api/auth/me', { name: 'Renamed Person', locale: 'tr' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Renamed Person', locale: 'tr' });
    expect((await agent.request('GET', '/api/auth/me')).json().user.name).toBe('Renamed Person');
    const rows = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, res.json().id));
    expect(rows.find((r) => r.action === 'user.profile_updated')).toMatchObject({ before: { name: 'Test User', locale: 'en' }, after: { name: 'Renamed Person', locale: 'tr' } });
  });
  it('is 401 for anonymous callers and 400 for a bad locale', async () => {
    expect((await new Agent(t.app).request('PATCH', '/api/auth/me', { name: 'Nobody' })).statusCode).toBe(401);
    const agent = await signedUp(t.app, 'badlocale@example.org');
    const res = await agent.request('PATCH', '/api/auth/me', { locale: 'fr' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].path).toBe('locale');
  });
});

describe('CSRF', () => {
  it('refuses cookie-authenticated writes without the token', async () => {
    const agent = await signedUp(t.app, 'csrf@example.org');
    agent.csrf = '';
    expect((await agent.request('PATCH', '/api/auth/me', { name: 'Forged Name' })).statusCode).toBe(403);
    expect((await agent.request('POST', '/api/auth/signout')).statusCode).toBe(403);
    agent.csrf = 'wrong-token';
    expect((await agent.request('PATCH', '/api/auth/me', { name: 'Forged Name' })).statusCode).toBe(403);
    await agent.refreshCsrf();
    expect((await agent.request('GET', '/api/auth/me')).json().user.name).toBe('Test User');
  });
});

describe('sign-in throttle', () => {
  it('refuses the sixth attempt after five failures with 429 and Retry-After, even with the right password', async () => {
    await signedUp(t.app, 'target@example.org');
    for (let i = 0; i < 5; i++) expect((await signInAt('target@example.org', `guess number ${i}`, '10.1.0.1')).statusCode).toBe(401);
    const res = await signInAt('target@example.org', PASSWORD, '10.1.0.2');
    expect(res.statusCode).toBe(429);
    const wait = Number(res.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(res.json().error).toBe('rate_limited');
  });

  it('a successful sign-in clears the failures of that email', async () => {
    await signedUp(t.app, 'forgetful@example.org');
    for (let i = 0; i < 4; i++) await signInAt('forgetful@example.org', `guess number ${i}`, '10.2.0.1');
    expect((await signInAt('forgetful@example.org', PASSWORD, '10.2.0.1')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signInAt('forgetful@example.org', `guess again ${i}`, '10.2.0.1')).statusCode).toBe(401);
    expect((await signInAt('forgetful@example.org', PASSWORD, '10.2.0.1')).statusCode).toBe(200);
  });

  it('refuses an address after 20 failures across emails, while other addresses still get in', async () => {
    await signedUp(t.app, 'bystander@example.org');
    for (let i = 0; i < 20; i++) expect((await signInAt(`spray${i}@example.org`, 'any password', '10.3.0.1')).statusCode).toBe(401);
    expect((await signInAt('bystander@example.org', PASSWORD, '10.3.0.1')).statusCode).toBe(429);
    expect((await signInAt('bystander@example.org', PASSWORD, '10.3.0.9')).statusCode).toBe(200);
  });
});
