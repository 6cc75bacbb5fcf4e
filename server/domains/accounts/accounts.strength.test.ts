import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../platform/mail.schema';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { passwordProblem } from './accounts.passwords';
import { lastMailTo, signedUp } from './accounts.testkit';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

const CONSENT = { acceptTerms: true, acceptPrivacy: true };
const signUp = (email: string, name: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, name, password, locale: 'en', ...CONSENT } });

describe('weak passwords', () => {
  it('are refused at sign-up with 400 and a field code saying why, mailing nothing', async () => {
    for (const [password, code] of [['1234567890', 'password_common'], ['password12', 'password_common'], ['aaaaaaaaaaaa', 'password_weak'], ['qwertyuiop12', 'password_common'], ['1q2w3e4r5t6y', 'password_common']] as const) {
      const res = await signUp('weak@example.org', 'Weak Person', password);
      expect(res.statusCode, password).toBe(400);
      expect(res.json().fields, password).toEqual([{ path: 'password', message: expect.any(String), code }]);
    }
    expect(await t.ctx.db.$count(outbox, eq(outbox.to, 'weak@example.org'))).toBe(0);
  });

  it('are refused when built from the user\'s own name or email', async () => {
    const res = await signUp('zeynep.arslan@example.org', 'Zeynep Arslan', 'zeyneparslan1');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ path: 'password', code: 'password_personal' });
    // The same password is fine for someone else's account.
    expect(passwordProblem('zeyneparslan1', ['Deniz Kaya', 'deniz@example.org'])).not.toBe('password_personal');
  });

  it('are refused on password change, on the newPassword field', async () => {
    const agent = await signedUp(t.app, 'changer@example.org', 'Can Changer');
    const res = await agent.request('POST', '/api/auth/me/password', { currentPassword: 'correct horse battery', newPassword: 'password12' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ path: 'newPassword', code: 'password_common' });
  });

  it('are refused on reset, and the link still works for a strong one', async () => {
    await signedUp(t.app, 'resetweak@example.org', 'Reset Weak');
    await new Agent(t.app).request('POST', '/api/auth/password-reset/request', { email: 'resetweak@example.org' });
    const mail = await lastMailTo(t.app, 'resetweak@example.org');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1] ?? '';
    const weak = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: '1234567890' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields[0]).toMatchObject({ path: 'password', code: 'password_common' });
    const strong = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: 'lantern orchard violet' } });
    expect(strong.statusCode).toBe(204);
  });

  it('lets a strong password through', async () => {
    expect((await signUp('strong@example.org', 'Strong Person', 'lantern orchard violet')).statusCode).toBe(202);
  });
});
