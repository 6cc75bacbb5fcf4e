import { expect, request, test, type Page } from '@playwright/test';
import homeEn from '../web/src/i18n/home.en.json' with { type: 'json' };
import homeTr from '../web/src/i18n/home.tr.json' with { type: 'json' };
import { DEMO_PASSWORD, expectAccessible, newOfficer, signedIn, t } from './support';

// "My TwinBridge": each user lands on it after signing in and finds what waits for them, each item
// linked to where it is done; Turkish and English, axe-checked on a laptop and a phone.

const KOLN = 'DE_05315000';
// Samsun has no twinning with Köln in the loaded lists; its new officer gets Köln's approach.
const SAMSUN = 'TR-BSB-55';
const OFFICER_PASSWORD = 'samsun-officer-2026';

type Tree = { [key: string]: string | Tree };

/** A string of the home page's own dictionary (home.{en,tr}.json). */
function h(lang: 'en' | 'tr', key: string): string {
  let node: string | Tree = (lang === 'en' ? homeEn : homeTr) as Tree;
  for (const part of `myHome.${key}`.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string myHome.${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return node;
}

/** Axe on the page at laptop and phone widths. */
async function accessibleAtBothWidths(page: Page, what: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 });
  await expectAccessible(page, `${what} at 1366 px`);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, `${what} at 390 px`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** Köln's officer approaches an authority through the API. */
async function kolnApproaches(baseURL: string, toCode: string): Promise<void> {
  const koln = await request.newContext({ baseURL });
  const signin = await koln.post('/api/auth/signin', { data: { email: 'koln@twinbridge.demo', password: DEMO_PASSWORD } });
  const { csrfToken } = (await signin.json()) as { csrfToken: string };
  const sent = await koln.post('/api/expressions-of-interest', { data: { toCode, message: 'Köln would like to explore a partnership on climate adaptation.' }, headers: { 'x-csrf-token': csrfToken } });
  expect(sent.status()).toBe(201);
  await koln.dispose();
}

test('a new officer lands on My TwinBridge, finds the approach waiting for an answer and follows it to the inbox, in Turkish and English', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const officer = await newOfficer(baseURL!, { code: SAMSUN, notTwinnedWith: KOLN, person: 'Elif Şahin', password: OFFICER_PASSWORD });
  await kolnApproaches(baseURL!, SAMSUN);

  for (const lang of ['tr', 'en'] as const) {
    const page = await signedIn(browser, officer.email, lang, { password: OFFICER_PASSWORD, pinLanguage: true });
    // Signing in without a page to return to lands on the home.
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole('heading', { level: 1, name: h(lang, 'title') })).toBeVisible();
    const approaches = page.getByRole('region', { name: h(lang, 'sections.approaches.title') });
    const fromKoln = approaches.getByRole('link', { name: /^Köln/ });
    await expect(fromKoln).toBeVisible();
    // Empty sections say what to do next, with the link to do it.
    const requests = page.getByRole('region', { name: h(lang, 'sections.requests.title') });
    await expect(requests.getByText(h(lang, 'sections.requests.empty'))).toBeVisible();
    await expect(requests.getByRole('link', { name: h(lang, 'sections.requests.action') })).toHaveAttribute('href', '/partners/requests/new');
    for (const key of ['approvals', 'conversations', 'applications']) {
      await expect(page.getByRole('region', { name: h(lang, `sections.${key}.title`) })).toBeVisible();
    }
    await accessibleAtBothWidths(page, `officer home (${lang})`);

    await fromKoln.click();
    await expect(page).toHaveURL(/\/partners\/inbox$/);
    await page.context().close();
  }
});

test('the programme manager sees calls by stage with what waits, reaches the home from the account menu, in English and Turkish', async ({ browser }) => {
  test.setTimeout(180_000);
  for (const lang of ['en', 'tr'] as const) {
    const page = await signedIn(browser, 'manager@twinbridge.demo', lang, { pinLanguage: true });
    await expect(page).toHaveURL(/\/me$/);
    const calls = page.getByRole('region', { name: h(lang, 'sections.calls.title') });
    const first = calls.getByRole('link').first();
    await expect(first).toBeVisible();
    await expect(first).toHaveAttribute('href', /^\/grants(\/calls\/[0-9a-f-]{36}(\/edit|\/evaluation)?)?$/);
    await expect(page.getByRole('region', { name: h(lang, 'sections.reports.title') })).toBeVisible();
    // A manager has no authority's sections.
    await expect(page.getByRole('region', { name: h(lang, 'sections.approaches.title') })).toHaveCount(0);
    await accessibleAtBothWidths(page, `manager home (${lang})`);

    // From anywhere, the account menu leads back to the home.
    await page.goto('/grants');
    await page.getByRole('button', { name: new RegExp(t(lang, 'nav.accountMenu')) }).click();
    await page.getByRole('menuitem', { name: t(lang, 'nav.myHome') }).click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole('heading', { level: 1, name: h(lang, 'title') })).toBeVisible();
    await page.context().close();
  }
});
