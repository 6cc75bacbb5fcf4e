import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, t } from './support';

test('search "koln", open Köln, switch to Turkish, sign in as its officer, edit and save the profile', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await expectAccessible(page, 'home');

  await page.goto('/authorities');
  await page.getByLabel(t('en', 'directory.searchLabel')).fill('koln');
  const koln = page.getByRole('link', { name: /Köln, Stadt/ });
  await expect(koln.first()).toBeVisible();
  await expect(page).toHaveURL(/q=koln/);
  await expectAccessible(page, 'directory');

  await koln.first().click();
  await expect(page).toHaveURL(/\/authorities\/DE_05315000/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Köln');
  await expectAccessible(page, 'profile (en)');

  await page.getByRole('button', { name: /^TR/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(page.getByRole('heading', { name: t('tr', 'profile.about') })).toBeVisible();
  await expectAccessible(page, 'profile (tr)');

  await page.getByRole('link', { name: t('tr', 'nav.signIn') }).first().click();
  await expect(page).toHaveURL(/\/signin/);
  await expectAccessible(page, 'sign in (tr)');
  await page.getByLabel(t('tr', 'accounts.email')).fill('koln@twinbridge.demo');
  await page.getByRole('textbox', { name: t('tr', 'accounts.password'), exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t('tr', 'accounts.signIn.submit') }).click();

  // Sign-in returns to the profile; now its contact officers show.
  await expect(page).toHaveURL(/\/authorities\/DE_05315000/);
  await expect(page.getByText('Jonas Becker').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await page.getByRole('button', { name: t('tr', 'profile.editButton') }).click();
  const description = `Köln, Rhein kenarında bir şehir. ${Date.now()}`;
  await page.getByLabel(t('tr', 'profile.edit.descriptionTr')).fill(description);
  await page.getByLabel(t('tr', 'profile.edit.website')).fill('https://www.stadt-koeln.de');
  await expectAccessible(page, 'profile edit form (tr)');
  await page.getByRole('button', { name: t('tr', 'common.save') }).click();
  await expect(page.getByText(t('tr', 'profile.edit.savedTitle'))).toBeVisible();
  await expect(page.getByText(description).first()).toBeVisible();

  await page.reload();
  await expect(page.getByText(description).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /stadt-koeln\.de/ })).toBeVisible();
  await expectAccessible(page, 'profile after save (tr)');
});

test('the map page draws every located authority', async ({ page }) => {
  await page.goto('/map');
  await expect(page.getByRole('img').first()).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'map');
});

test('a Turkish reader sees Selanik with its Greek name, finds it as Thessaloniki or Selanik, and regions by name', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'tr-TR' });
  await context.addInitScript(() => localStorage.setItem('tb.lang', 'tr'));
  const page = await context.newPage();
  await page.goto('/authorities?q=Thessaloniki&country=GR');
  await expect(page.getByRole('cell', { name: 'Selanik (Ψευδοδημοτική Κοινότητα Θεσσαλονίκης)' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Orta Makedonya' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Central Macedonia' })).toHaveCount(0);
  await expectAccessible(page, 'directory names (tr)');

  await page.goto('/authorities?q=selanik');
  await expect(page.getByRole('link', { name: 'Selanik', exact: true }).first()).toBeVisible();

  // A region filter by NUTS code lists its authorities under the region's name, never the bare code.
  await page.goto('/authorities?region=EL522');
  await expect(page.getByRole('cell', { name: 'Orta Makedonya' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'EL522' })).toHaveCount(0);
  await context.close();
});

test('a governorate and an EU region: found by type, with their profiles in English and Turkish', async ({ page }) => {
  await page.goto('/authorities?type=governorate&q=adana');
  const adana = page.getByRole('link', { name: 'Governorship of Adana', exact: true });
  await expect(adana.first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Büyükşehir/ })).toHaveCount(0);
  await expectAccessible(page, 'directory: governorates');

  await adana.first().click();
  await expect(page).toHaveURL(/\/authorities\/TR-VAL-01/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Governorship of Adana');
  await expect(page.getByText(t('en', 'authorityTypes.governorate')).first()).toBeVisible();
  await expectAccessible(page, 'governorate profile (en)');

  await page.getByRole('button', { name: /^TR/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Adana Valiliği');
  await expect(page.getByText(t('tr', 'authorityTypes.governorate')).first()).toBeVisible();
  await expectAccessible(page, 'governorate profile (tr)');

  await page.goto('/authorities/DE-REG-02');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bavyera');
  await expect(page.getByText(t('tr', 'authorityTypes.region')).first()).toBeVisible();
  await expectAccessible(page, 'region profile (tr)');
});
