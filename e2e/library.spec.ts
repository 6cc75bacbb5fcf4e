import { expect, test, type Browser, type Page } from '@playwright/test';
import libraryEn from '../web/src/i18n/library.en.json' with { type: 'json' };
import libraryTr from '../web/src/i18n/library.tr.json' with { type: 'json' };
import { expectAccessible, signedIn, t } from './support';

// The best-practice library (issue 14): an officer proposes a Turkish case study, a programme manager
// publishes it, and a signed-out reader's Turkish search for a plural form finds the singular with the
// word highlighted (the officer links authorities by name and hears of the decision under the bell);
// an English search finds a seeded guide by a stemmed word. Axe on every page.

type Lang = 'en' | 'tr';
type Tree = { [key: string]: string | Tree };

/** A string of the library dictionary (library.{en,tr}.json). */
function l(lang: Lang, key: string): string {
  let node: string | Tree = (lang === 'en' ? libraryEn : libraryTr) as Tree;
  for (const part of `library.${key}`.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string library.${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return node;
}

async function visitor(browser: Browser, lang: Lang): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'tr' ? 'tr-TR' : 'en-GB' });
  return context.newPage();
}

async function search(page: Page, lang: Lang, words: string): Promise<void> {
  await page.getByRole('searchbox', { name: l(lang, 'search.label') }).fill(words);
  await page.getByRole('button', { name: l(lang, 'search.button'), exact: true }).click();
}

test('an officer proposes, a manager publishes, a Turkish search for a plural finds it highlighted', async ({ browser }) => {
  const title = `Küçük belediye için kompost deneyimi ${Date.now()}`;
  const officer = await signedIn(browser, 'istanbul@twinbridge.demo', 'tr', { pinLanguage: true });
  await officer.goto('/library');
  await officer.getByRole('link', { name: l('tr', 'propose.button') }).click();
  await expect(officer.getByRole('heading', { level: 1, name: l('tr', 'propose.title') })).toBeVisible();
  await officer.getByLabel(l('tr', 'propose.titleTr')).fill(title);
  await officer.getByLabel(l('tr', 'propose.summaryTr')).fill('Bir belediye mahalle kompostu ile atığını azalttı.');
  await officer.getByLabel(l('tr', 'propose.bodyTr')).fill('Komşu belediye ile birlikte eğitimler düzenlendi.');
  // Linked authorities by name: the officer's own to start with, a partner found by typing its name.
  const linked = officer.getByRole('list', { name: l('tr', 'propose.authorities') });
  await expect(linked.getByText('İstanbul Büyükşehir Belediyesi')).toBeVisible();
  await officer.getByRole('textbox', { name: l('tr', 'propose.addAuthority') }).fill('Köln');
  await officer.getByRole('option', { name: /^Köln/ }).first().click();
  await expect(linked.getByText(/^Köln/)).toBeVisible();
  await expectAccessible(officer, 'propose form (tr)');
  await officer.getByRole('button', { name: l('tr', 'propose.submit') }).click();
  await expect(officer.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(officer.getByText(l('tr', 'status.proposed'))).toBeVisible();
  await expectAccessible(officer, 'proposed entry page (tr)');
  const entryUrl = officer.url();

  const manager = await signedIn(browser, 'manager@twinbridge.demo', 'tr', { pinLanguage: true });
  await manager.goto('/library/review');
  await expect(manager.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(manager, 'review list (tr)');
  await manager.getByRole('link', { name: title }).click();
  await expectAccessible(manager, 'entry page with the review panel (tr)');
  await manager.getByRole('button', { name: l('tr', 'decision.publish') }).click();
  await expect(manager.getByRole('button', { name: l('tr', 'decision.publish') })).toHaveCount(0);

  // The proposer hears of it under the bell, in Turkish, and the notice leads to the entry.
  await officer.reload();
  await officer.getByRole('button', { name: new RegExp(`^${t('tr', 'notifications.bell')}`) }).click();
  const notice = officer.getByRole('menuitem', { name: new RegExp(t('tr', 'notifications.kind.library_published', { name: title })) });
  await expect(notice).toBeVisible();
  await expectAccessible(officer, 'bell with the library decision (tr)');
  await notice.click();
  await expect(officer).toHaveURL(entryUrl);

  const reader = await visitor(browser, 'tr');
  await reader.goto('/library');
  await search(reader, 'tr', 'belediyeler');
  const hit = reader.getByRole('listitem').filter({ has: reader.getByRole('link', { name: title }) });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText(/^belediye$/i);
  await expectAccessible(reader, 'library search results (tr)');
  await reader.goto(entryUrl);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(reader, 'published entry page (tr)');
});

test('an English search for `twinnings` finds a seeded guide, described by its source', async ({ browser }) => {
  const reader = await visitor(browser, 'en');
  await reader.goto('/library');
  await expect(reader.getByRole('link', { name: 'Library', exact: true }).first()).toBeVisible();
  await search(reader, 'en', 'twinnings');
  const guide = reader.getByRole('link', { name: /thematic networking of twinned towns/ });
  await expect(guide).toBeVisible();
  await expectAccessible(reader, 'library search results (en)');
  await guide.click();
  await expect(reader.getByRole('heading', { level: 2, name: l('en', 'source.title') })).toBeVisible();
  await expect(reader.getByRole('link', { name: l('en', 'source.open') })).toHaveAttribute('href', /^https:\/\/ec\.europa\.eu\//);
  await expectAccessible(reader, 'seeded guide page (en)');
});
