import { expect, test, type Browser, type Locator, type Response } from '@playwright/test';
import type { Stats } from '../shared/stats';
import resultsEn from '../web/src/i18n/results.en.json' with { type: 'json' };
import resultsTr from '../web/src/i18n/results.tr.json' with { type: 'json' };
import en from '../web/src/i18n/en.json' with { type: 'json' };
import tr from '../web/src/i18n/tr.json' with { type: 'json' };
import { mergeDictionaries } from '../web/src/i18n/merge';
import { expectAccessible, t } from './support';

// The public dashboard (issue 14) on the full reference data and demo content: the figures the page
// shows are the API's own, in the reader's language and number format, and the page passes axe with
// its charts and with the tables shown instead.

type Lang = 'en' | 'tr';
type Tree = { [key: string]: string | Tree };

// The results strings the home page and the footer show are in the main files (loaded at start).
const RESULTS = { en: mergeDictionaries({ results: en.results }, resultsEn), tr: mergeDictionaries({ results: tr.results }, resultsTr) };

/** A string of the dashboard's dictionary (results.{en,tr}.json). */
function r(lang: Lang, key: string, vars: Record<string, string> = {}): string {
  let node: string | Tree = (lang === 'en' ? RESULTS.en : RESULTS.tr) as Tree;
  for (const part of `results.${key}`.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string results.${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), node);
}

const locale = (lang: Lang) => (lang === 'tr' ? 'tr-TR' : 'en-GB');
const num = (lang: Lang, n: number) => new Intl.NumberFormat(locale(lang)).format(n);
const money = (lang: Lang, cents: number) => {
  const digits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 100);
};

async function pageIn(browser: Browser, lang: Lang) {
  const context = await browser.newContext({ locale: locale(lang) });
  await context.addInitScript((l) => localStorage.setItem('tb.lang', l), lang);
  return context.newPage();
}

/** The card of a headline figure, by what it counts. */
const card = (scope: Locator, lang: Lang, key: string) => scope.getByRole('listitem').filter({ hasText: r(lang, `figures.${key}`) });

for (const lang of ['tr', 'en'] as const) {
  test(`the dashboard shows the API's figures in ${lang}, with tables for screen readers, and passes axe`, async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await pageIn(browser, lang);
    // The figures the dashboard itself received: other browser tests add twinnings meanwhile, so a
    // read of /api/stats of our own may count one more than the page shows. The home page reads them
    // too; that answer is awaited first so that the one below is the dashboard's.
    const isStats = (res: Response) => new URL(res.url()).pathname === '/api/stats' && res.ok();
    const home = page.waitForResponse(isStats);
    await page.goto('/');
    await home;
    const answer = page.waitForResponse(isStats);
    await page.getByRole('link', { name: t(lang, 'nav.results') }).first().click();
    const stats = (await (await answer).json()) as Stats;
    expect(stats.authorities).toBeGreaterThan(90_000);
    expect(stats.projects.count).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 1, name: r(lang, 'title') })).toBeVisible();
    const main = page.getByRole('main');
    await expect(card(main, lang, 'authorities')).toContainText(num(lang, stats.authorities));
    await expect(card(main, lang, 'twinnings')).toContainText(num(lang, stats.twinnings.total));
    await expect(card(main, lang, 'active')).toContainText(num(lang, stats.twinnings.active));
    await expect(card(main, lang, 'projects')).toContainText(num(lang, stats.projects.count));
    await expect(card(main, lang, 'granted')).toContainText(money(lang, stats.projects.grantedCents));
    await expect(card(main, lang, 'provinces')).toContainText(num(lang, stats.projects.provinces));
    await expect(card(main, lang, 'countries')).toContainText(num(lang, stats.projects.countries));
    await expect(card(main, lang, 'eventsHeld')).toContainText(num(lang, stats.events.held));
    await expect(card(main, lang, 'consultations')).toContainText(num(lang, stats.consultations));

    // The table behind the per-status chart holds the API's counts, state by state.
    const byStatus = page.getByRole('table', { name: r(lang, 'twinnings.byStatus') });
    for (const [status, count] of Object.entries(stats.twinnings.byStatus)) {
      await expect(byStatus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: t(lang, `twinnings.status.${status}`), exact: true }) })).toContainText(num(lang, count));
    }
    // The loaded public lists carry no start year, so on the reference data alone the per-year chart
    // says there is nothing to show; twinnings made on the platform fill it.
    const latest = stats.twinnings.byYear.at(-1);
    if (latest) await expect(page.getByRole('table', { name: r(lang, 'twinnings.byYear') }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(latest.year), exact: true }) })).toContainText(num(lang, latest.count));
    else await expect(page.getByText(r(lang, 'twinnings.byYear'), { exact: true }).locator('xpath=..')).toContainText(r(lang, 'none'));
    // The active twinnings are on the registry's network map, one line each where both sides are located.
    const network = (await (await page.request.get('/api/twinnings/network?status=active&scope=all')).json()) as { status: string[] };
    const lines = network.status.length;
    await expect(page.getByRole('img', { name: r(lang, lines === 1 ? 'activeMap.label_one' : 'activeMap.label_other', { formatted: num(lang, lines) }) })).toBeVisible();
    // The funded projects: one dot per located lead or partner authority, the same places in a table.
    type Located = { code: string; lat: number | null };
    const projects = ((await (await page.request.get('/api/projects')).json()) as { items: { titleEn: string; titleTr: string; lead: Located; partners: Located[] }[] }).items;
    const places = new Set(projects.flatMap((p) => [p.lead, ...p.partners]).filter((a) => a.lat !== null).map((a) => a.code));
    await expect(page.getByRole('img', { name: r(lang, places.size === 1 ? 'projectsMap.label_one' : 'projectsMap.label_other', { formatted: num(lang, places.size) }) })).toBeVisible();
    const projectsSection = page.getByRole('region', { name: r(lang, 'projectsMap.title') });
    await projectsSection.getByRole('switch', { name: t(lang, 'common.showTable') }).check();
    const placesTable = projectsSection.getByRole('table', { name: r(lang, 'projectsMap.caption') });
    await expect(placesTable.getByRole('rowheader')).toHaveCount(places.size);
    await expect(placesTable.getByRole('link', { name: lang === 'tr' ? projects[0]!.titleTr : projects[0]!.titleEn }).first()).toBeVisible();
    await expectAccessible(page, `/results in ${lang} with charts`);
    await projectsSection.getByRole('switch', { name: t(lang, 'common.showTable') }).uncheck();

    // A reader who prefers numbers shows the table instead of the chart; the page stays accessible.
    await page.getByRole('switch', { name: t(lang, 'common.showTable') }).first().check();
    await expect(page.getByRole('table', { name: r(lang, 'twinnings.byStatus') })).toBeVisible();
    await expectAccessible(page, `/results in ${lang} with a table shown`);

    // The home page shows the same headline figures and links to the dashboard.
    await page.goto('/');
    await expect(card(page.getByRole('main'), lang, 'projects')).toContainText(num(lang, stats.projects.count));
    await expect(card(page.getByRole('main'), lang, 'granted')).toContainText(money(lang, stats.projects.grantedCents));
    await expect(page.getByRole('link', { name: r(lang, 'more') })).toHaveAttribute('href', '/results');
    await expectAccessible(page, `home page figures in ${lang}`);
    await page.context().close();
  });
}
