import { expect, test, type Browser, type Page } from '@playwright/test';
import newsEn from '../web/src/i18n/news.en.json' with { type: 'json' };
import newsTr from '../web/src/i18n/news.tr.json' with { type: 'json' };
import en from '../web/src/i18n/en.json' with { type: 'json' };
import tr from '../web/src/i18n/tr.json' with { type: 'json' };
import { mergeDictionaries } from '../web/src/i18n/merge';
import { expectAccessible, signedIn } from './support';

// News (issue 14): a programme manager writes a post, saves it as a draft and publishes it; it then
// shows on the news page and the home page for a signed-out reader in Turkish and English, and the
// Atom feed of that language lists it. Axe on the editor, the post, the news, home and open-data pages.

type Lang = 'en' | 'tr';
type Tree = { [key: string]: string | Tree };

// The news strings the home page and the footer show are in the main files (loaded at start).
const NEWS = { en: mergeDictionaries({ news: en.news }, newsEn), tr: mergeDictionaries({ news: tr.news }, newsTr) };

/** A string of the news dictionary (news.{en,tr}.json). */
function n(lang: Lang, key: string): string {
  let node: string | Tree = (lang === 'en' ? NEWS.en : NEWS.tr) as Tree;
  for (const part of `news.${key}`.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string news.${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return node;
}

/** A signed-out reader in a language. */
async function reader(browser: Browser, lang: Lang): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'tr' ? 'tr-TR' : 'en-GB' });
  await context.addInitScript((l) => localStorage.setItem('tb.lang', l), lang);
  return context.newPage();
}

for (const lang of ['tr', 'en'] as const) {
  test(`a manager publishes a post that shows on the news and home pages and in the feed (${lang})`, async ({ browser }) => {
    const stamp = Date.now().toString(36);
    const post = {
      titleTr: `Kardeş şehir ödülleri açıklandı ${stamp}`,
      titleEn: `Twinning awards announced ${stamp}`,
      summaryTr: 'Üç belediye ortaklıkları için ödül aldı.',
      summaryEn: 'Three municipalities were awarded for their partnerships.',
      bodyTr: 'Tören Ankara’da yapıldı.',
      bodyEn: 'The ceremony took place in Ankara.',
    };
    const title = lang === 'tr' ? post.titleTr : post.titleEn;

    // The manager writes it: a draft first, then published from its page.
    const manager = await signedIn(browser, 'manager@twinbridge.demo', lang, { pinLanguage: true });
    await manager.goto('/news');
    await manager.getByRole('link', { name: n(lang, 'write') }).click();
    await expect(manager.getByRole('heading', { level: 1, name: n(lang, 'form.newTitle') })).toBeVisible();
    await expectAccessible(manager, `news editor (${lang})`);
    for (const [field, value] of Object.entries(post)) await manager.getByLabel(n(lang, `form.${field}`)).fill(value);
    // A cover picture from the manager's computer, uploaded with the post.
    await manager.locator('input[type="file"]').setInputFiles('web/public/og-image.png');
    await manager.getByRole('button', { name: n(lang, 'form.saveDraft') }).click();
    await expect(manager.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(manager.getByText(n(lang, 'draft'), { exact: true })).toBeVisible();
    await manager.getByRole('button', { name: n(lang, 'publish') }).click();
    await expect(manager.getByRole('button', { name: n(lang, 'publish') })).toHaveCount(0);
    await expectAccessible(manager, `news post as its manager (${lang})`);
    await manager.context().close();

    // A signed-out reader finds it on the news page, its own page and the home page.
    const page = await reader(browser, lang);
    await page.goto('/news');
    await expect(page.getByRole('heading', { level: 1, name: n(lang, 'title') })).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectAccessible(page, `news page (${lang})`);
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(lang === 'tr' ? post.summaryTr : post.summaryEn)).toBeVisible();
    const cover = page.getByRole('main').locator('img[src*="/cover/"]');
    await expect(cover).toBeVisible();
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expectAccessible(page, `news post (${lang})`);
    await page.goto('/');
    const latest = page.getByRole('region', { name: n(lang, 'latest') });
    await expect(latest.getByRole('link', { name: title })).toBeVisible();
    await expectAccessible(page, `home page with the latest news (${lang})`);

    // The feed of that language lists it; the other language's title is in the other feed only.
    const feed = await page.request.get(`/api/feed.atom?lang=${lang}`);
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    expect(xml).toContain(`<title type="text">${title}</title>`);
    expect(xml).not.toContain(lang === 'tr' ? post.titleEn : post.titleTr);

    // The open-data page, reached from the footer, lists the feed among the datasets.
    await page.locator('footer').getByRole('link', { name: n(lang, 'openData.title') }).click();
    await expect(page.getByRole('heading', { level: 1, name: n(lang, 'openData.title') })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`/api/feed\\.atom\\?lang=${lang}$`) })).toBeVisible();
    await expectAccessible(page, `open data page (${lang})`);
    await page.context().close();
  });
}
