import { expect, request, test } from '@playwright/test';
import { expectAccessible, mailedToken, signedIn, t } from './support';

const PASSWORD = 'Yeşil-vapur-Perşembe-58';

// Issue 15 item 11: a user signed in from two browsers sees both sessions on the account page, signs
// the other one out, and that browser is signed out at its next request. Axe on the section.

test('the account page lists both sessions and signs the other browser out', async ({ browser, baseURL }) => {
  // A fresh account: a demo account carries the sessions every other spec opened.
  const email = `sessions.${Date.now()}@example.org`;
  const api = await request.newContext({ baseURL });
  expect((await api.post('/api/auth/signup', { data: { email, name: 'Oturum Deneme', password: PASSWORD, locale: 'en', acceptTerms: true, acceptPrivacy: true } })).status()).toBe(202);
  const confirmed = await api.post('/api/auth/signup/confirm', { data: { token: await mailedToken(baseURL!, email, '/signup/confirm') } });
  expect(confirmed.status()).toBe(201);
  // The confirming session ends, so the page lists only the two browsers'.
  const { csrfToken } = (await confirmed.json()) as { csrfToken: string };
  expect((await api.post('/api/auth/signout', { headers: { 'x-csrf-token': csrfToken } })).status()).toBe(204);
  await api.dispose();
  const first = await signedIn(browser, email, 'en', { password: PASSWORD, pinLanguage: true });
  const second = await signedIn(browser, email, 'en', { password: PASSWORD, pinLanguage: true });

  await first.goto('/account');
  await expect(first.getByRole('heading', { name: t('en', 'accounts.sessions.title') })).toBeVisible();
  const rows = first.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: t('en', 'accounts.sessions.thisOne') })).toHaveCount(1);
  await expectAccessible(first, 'the account page with its sessions');

  await rows.filter({ hasNot: first.getByText(t('en', 'accounts.sessions.thisOne')) }).getByRole('button', { name: t('en', 'accounts.sessions.signOut') }).click();
  await expect(rows).toHaveCount(1);

  await second.goto('/account');
  await expect(second.getByRole('link', { name: t('en', 'nav.signIn') }).first()).toBeVisible();
  await expect(second.getByRole('button', { name: new RegExp(t('en', 'nav.accountMenu')) })).toHaveCount(0);
});
