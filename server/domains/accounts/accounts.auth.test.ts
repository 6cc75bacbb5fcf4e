import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_VERSION } from '../../../shared/accounts';
import { auditLog } from '../../platform/audit.schema';
import { users } from './accounts.schema';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { mailedToken, signedIn, signedUp } from './accounts.testkit';

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
  it('runs the whole round trip: a mailed link makes the account and its session cookie', async () => {
    const agent = new Agent(t.app);
    const up = await agent.request('POST', '/api/auth/signup', { email: 'Deniz@Example.org', name: 'Deniz Kaya', password: PASSWORD, locale: 'tr', ...CONSENT });
    expect(up.statusCode).toBe(202);
    expect(up.cookies).toHaveLength(0);
    expect(await t.ctx.db.$count(users, eq(users.email, 'deniz@example.org'))).toBe(0);
    const token = await mailedToken(t.app, 'deniz@example.org', '/signup/confirm');
    const done = await agent.request('POST', '/api/auth/signup/confirm', { token });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toMatchObject({ user: { email: 'deniz@example.org', name: 'Deniz Kaya', role: 'public', locale: 'tr', authorityCode: null, officerRequest: null } });
    expect(done.json().csrfToken).toEqual(expect.any(String));
    expect(done.cookies.find((c) => c.name === 'tb_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // A link works once.
    expect((await new Agent(t.app).request('POST', '/api/auth/signup/confirm', { token })).json().fields[0].path).toBe('token');

    const me = await agent.request('GET', '/api/auth/me');
    expect(me.json()).toEqual({ user: done.json().user, csrfToken: done.json().csrfToken, consentCurrent: true });

    agent.csrf = done.json().csrfToken;
    expect((await agent.request('POST', '/api/auth/signout')).statusCode).toBe(204);
    expect((await agent.request('GET', '/api/auth/me')).json()).toEqual({ user: null, csrfToken: null, consentCurrent: null });

    const again = await signedIn(t.app, 'deniz@example.org', PASSWORD);
    expect((await again.request('GET', '/api/auth/me')).json().user.email).toBe('deniz@example.org');
  });

  it('makes one account of two sign-up links for the same email: the second link gets 409', async () => {
    const body = { email: 'race@example.org', name: 'Racer', password: PASSWORD, locale: 'en', ...CONSENT };
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: body })).statusCode).toBe(202);
      tokens.push(await mailedToken(t.app, 'race@example.org', '/signup/confirm'));
    }
    const both = await Promise.all(tokens.map((token) => t.app.inject({ method: 'POST', url: '/api/auth/signup/confirm', payload: { token } })));
    const [first, second] = both.map((r) => r.statusCode).sort();
    expect(first).toBe(201);
    expect(second).toBe(409);
    expect(await t.ctx.db.$count(users, eq(users.email, 'race@example.org'))).toBe(1);
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
