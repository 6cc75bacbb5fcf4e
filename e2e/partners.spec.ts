import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signedIn, t } from './support';

/** Pick an option of a segmented control (its radio is visually hidden: click its label). */
async function chooseSegment(page: Page, name: string): Promise<void> {
  const id = await page.getByRole('radio', { name, exact: true }).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

test('İstanbul approaches Köln; Köln accepts from the notification and replies; İstanbul reads the reply', async ({ browser }) => {
  const istanbul = await signedIn(browser, 'istanbul@twinbridge.demo', 'tr');

  // Recommended partners of the officer's own authority, each with its reasons.
  await istanbul.goto('/partners');
  await expect(istanbul.getByRole('heading', { level: 1, name: t('tr', 'partners.title') })).toBeVisible();
  await expect(istanbul.getByRole('heading', { level: 2, name: t('tr', 'partners.tabs.recommended') })).toBeVisible();
  const first = istanbul.getByRole('listitem').filter({ hasText: t('tr', 'partners.recommended.why') }).first();
  await expect(first).toBeVisible({ timeout: 30_000 });
  await expect(first.getByRole('listitem').first()).not.toBeEmpty();
  await expect(first.getByRole('button', { name: new RegExp(t('tr', 'partners.interest.sendTo', { name: '.+' })) })).toBeVisible();
  await expectAccessible(istanbul, 'recommended partners (tr)');

  // Köln's profile: send an expression of interest.
  await istanbul.goto('/authorities/DE_05315000');
  await expect(istanbul.getByRole('heading', { level: 1 })).toContainText('Köln');
  await expect(istanbul.getByRole('link', { name: t('tr', 'profile.recommendedPartners') })).toBeVisible();
  await expectAccessible(istanbul, 'Köln profile with actions (tr)');
  await istanbul.getByRole('button', { name: t('tr', 'partners.interest.button') }).click();
  const dialog = istanbul.getByRole('dialog');
  const message = `Merhaba Köln! İstanbul olarak iklim ve kültür alanında birlikte çalışmak istiyoruz. ${Date.now()}`;
  await dialog.getByLabel(t('tr', 'partners.interest.message')).fill(message);
  await expectAccessible(istanbul, 'expression of interest form (tr)');
  await dialog.getByRole('button', { name: t('tr', 'partners.interest.send'), exact: true }).click();
  await expect(istanbul.getByText(t('tr', 'partners.interest.sentTitle'), { exact: true })).toBeVisible();

  // Köln's officer sees the notification and accepts in the inbox.
  const koln = await signedIn(browser, 'koln@twinbridge.demo', 'en');
  const bell = koln.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const note = koln.getByRole('menuitem', { name: new RegExp(t('en', 'notifications.kind.eoi_received', { name: 'İstanbul.*' })) });
  await expect(note.first()).toBeVisible();
  await expectAccessible(koln, 'notification menu (en)');
  await note.first().click();
  await expect(koln).toHaveURL(/\/partners\/inbox/);
  const card = koln.getByRole('listitem').filter({ hasText: message });
  await expect(card).toBeVisible();
  await expectAccessible(koln, 'inbox (en)');
  await card.getByRole('button', { name: /^Accept the expression of interest from/ }).click();
  await expect(card.getByText(t('en', 'partners.inbox.status.accepted'))).toBeVisible();
  await card.getByRole('link', { name: /^Open the conversation with/ }).click();
  await expect(koln).toHaveURL(/\/partners\/conversations\/[0-9a-f-]+$/);
  await expect(koln.getByRole('heading', { level: 2 })).toContainText('İstanbul');

  // Köln replies with a small text file attached.
  const reply = `Hello İstanbul, Köln is glad to talk. Here is our outline. ${Date.now()}`;
  await koln.getByLabel(t('en', 'partners.conversations.message')).fill(reply);
  const chooser = koln.waitForEvent('filechooser');
  await koln.getByRole('button', { name: t('en', 'partners.files.attach') }).click();
  await (await chooser).setFiles({ name: 'outline.txt', mimeType: 'text/plain', buffer: Buffer.from('Climate and culture, 2026-2027') });
  await expect(koln.getByText('outline.txt')).toBeVisible();
  await expectAccessible(koln, 'conversation with a file to send (en)');
  await koln.getByRole('button', { name: t('en', 'partners.conversations.send') }).click();
  await expect(koln.getByText(reply)).toBeVisible();
  await expect(koln.getByRole('link', { name: 'outline.txt' })).toBeVisible();
  await expectAccessible(koln, 'conversation after the reply (en)');

  // İstanbul is told and reads the reply in the conversation.
  await istanbul.goto('/partners/conversations');
  await expectAccessible(istanbul, 'conversations (tr)');
  await istanbul.getByRole('link', { name: /Köln/ }).first().click();
  await expect(istanbul.getByText(reply)).toBeVisible();
  await expect(istanbul.getByRole('link', { name: 'outline.txt' })).toHaveAttribute('href', /\/api\/conversations\/.+\/attachments\//);
  await expectAccessible(istanbul, 'conversation (tr)');
  await istanbul.reload();
  await expect(istanbul.getByRole('button', { name: /^Bildirimler, \d+ okunmamış$/ })).toBeVisible();
});

test('the partner-request board: publish, find on the board and the map, close', async ({ browser }) => {
  const koln = await signedIn(browser, 'koln@twinbridge.demo', 'en');
  await koln.goto('/partners/requests');
  await expectAccessible(koln, 'request board (en)');
  await koln.getByRole('link', { name: t('en', 'partners.requests.new') }).click();
  await expect(koln).toHaveURL(/\/partners\/requests\/new/);
  const title = `Climate partner on the Bosphorus ${Date.now()}`;
  await koln.getByLabel(t('en', 'partners.form.title')).fill(title);
  await koln.getByRole('textbox', { name: t('en', 'partners.form.themes') }).click();
  await koln.getByRole('option', { name: t('en', 'themes.climate_change') }).click();
  await koln.keyboard.press('Escape');
  await koln.getByLabel(t('en', 'profile.edit.descriptionEn')).fill('Köln looks for a Turkish city to share climate adaptation work.');
  await expectAccessible(koln, 'new request form (en)');
  await koln.getByRole('button', { name: t('en', 'partners.form.publish') }).click();
  await expect(koln).toHaveURL(/\/partners\/requests$/);
  const card = koln.getByRole('listitem').filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByText(t('en', 'themes.climate_change'))).toBeVisible();

  await chooseSegment(koln, t('en', 'partners.requests.viewMap'));
  await expect(koln).toHaveURL(/view=map/);
  await expect(koln.getByRole('img', { name: /partner requests/ })).toBeVisible();
  await expectAccessible(koln, 'request map (en)');

  await chooseSegment(koln, t('en', 'partners.requests.viewList'));
  await card.getByRole('button', { name: `Close request ${title}` }).click();
  await expect(card).toHaveCount(0);
});
