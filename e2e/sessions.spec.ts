import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn, t } from './support';

// Issue 15 item 11: a user signed in from two browsers sees both sessions on the account page, signs
// the other one out, and that browser is signed out at its next request. Axe on the section.

test('the account page lists both sessions and signs the other browser out', async ({ browser }) => {
  const email = 'citizen@twinbridge.demo';
  const first = await signedIn(browser, email, 'en', { pinLanguage: true });
  const second = await signedIn(browser, email, 'en', { pinLanguage: true });

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
