import { expect, request, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, newOfficer, signedIn, t } from './support';

const KOLN = 'DE_05315000';
// A Turkish metropolitan municipality with no twinning with Köln in the loaded lists.
const PARTNER = 'TR-BSB-42';
const PARTNER_PASSWORD = 'konya-officer-2026';

/** A write through the page's own session (cookie and CSRF token), as the UI would send it. */
async function post(page: Page, url: string, data: unknown) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  return page.request.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
}

test('a twinning proposal reaches the other side’s bell in Turkish, is settled by the next step, and email choices are kept', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const partner = await newOfficer(baseURL!, { code: PARTNER, notTwinnedWith: KOLN, person: 'Elif Arslan', password: PARTNER_PASSWORD });
  const api = await request.newContext({ baseURL });
  const kolnName = ((await (await api.get(`/api/authorities/${KOLN}`)).json()) as { name: string }).name;

  // Köln proposes (through the API: this spec is about who hears of it).
  const signin = await api.post('/api/auth/signin', { data: { email: 'koln@twinbridge.demo', password: DEMO_PASSWORD } });
  const csrf = ((await signin.json()) as { csrfToken: string }).csrfToken;
  const proposed = await api.post('/api/twinnings', { data: { partnerCode: PARTNER }, headers: { 'x-csrf-token': csrf } });
  expect(proposed.status()).toBe(201);
  const id = ((await proposed.json()) as { id: string }).id;

  // The partner's officer reads Turkish: the bell counts it and says who proposes.
  const b = await signedIn(browser, partner.email, 'tr', { password: PARTNER_PASSWORD, pinLanguage: true });
  const bell = b.getByRole('button', { name: t('tr', 'notifications.bellUnread_one', { count: '1' }) });
  await expect(bell).toBeVisible();
  await bell.click();
  const item = b.getByRole('menuitem', { name: new RegExp(t('tr', 'notifications.kind.twinning_proposed', { name: kolnName })) });
  await expect(item).toBeVisible();
  await expectAccessible(b, 'bell with a twinning proposal (tr)');
  await item.click();
  await expect(b).toHaveURL(new RegExp(`/twinnings/${id}$`));

  // Taking the proposal up is acting on it: the notice is no longer new.
  expect((await post(b, `/api/twinnings/${id}/move`, { to: 'exploring' })).status()).toBe(200);
  await b.reload();
  await expect(b.getByRole('button', { name: t('tr', 'notifications.bell'), exact: true })).toBeVisible();

  // Email choices on the account page, in Turkish, kept after a reload.
  await b.goto('/account');
  const twinningMails = b.getByRole('switch', { name: new RegExp(`^${t('tr', 'accounts.mail.groups.twinning')}`) });
  await expect(twinningMails).toBeChecked();
  await expectAccessible(b, 'account page with email choices (tr)');
  await twinningMails.uncheck();
  await expect(twinningMails).not.toBeChecked();
  await b.getByRole('button', { name: t('tr', 'accounts.mail.save') }).click();
  await expect(b.getByText(t('tr', 'accounts.mail.saved'))).toBeVisible();
  await b.reload();
  await expect(b.getByRole('switch', { name: new RegExp(`^${t('tr', 'accounts.mail.groups.twinning')}`) })).not.toBeChecked();
  await expect(b.getByRole('switch', { name: new RegExp(`^${t('tr', 'accounts.mail.groups.contact')}`) })).toBeChecked();
  await api.dispose();
});
