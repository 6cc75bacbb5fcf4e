import { expect, test, type Browser, type Page } from '@playwright/test';
import grantsEn from '../web/src/i18n/grants.en.json' with { type: 'json' };
import grantsTr from '../web/src/i18n/grants.tr.json' with { type: 'json' };
import { defaultCallValues } from '../web/src/features/grants/callDefaults';
import { formatIstanbul, fromIstanbulLocal } from '../shared/istanbul';
import { DEMO_PASSWORD, expectAccessible, t } from './support';

type Tree = { [key: string]: string | Tree };

/** A grant scheme string by key ('grants.…') from its own dictionaries, with {{vars}} filled in. */
function g(lang: 'en' | 'tr', key: string, vars: Record<string, string> = {}): string {
  let node: string | Tree = (lang === 'en' ? grantsEn : grantsTr) as Tree;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string ${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), node);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function visitor(browser: Browser, lang: 'en' | 'tr'): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'tr' ? 'tr-TR' : 'en-GB' });
  return context.newPage();
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel(t('en', 'accounts.email')).fill(email);
  await page.getByRole('textbox', { name: t('en', 'accounts.password'), exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t('en', 'accounts.signIn.submit') }).click();
  await expect(page.getByRole('button', { name: new RegExp(t('en', 'nav.accountMenu')) })).toBeVisible();
}

// The visitor's test reads the call the manager's test published, so they run in order.
test.describe.configure({ mode: 'serial' });
const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
const reference = `${code}/01`;
const title = `Town twinning call ${code}`;
let callUrl = '';

test('a manager opens a programme, drafts a call from the defaults, fixes a field error and publishes it', async ({ browser }) => {
  // Axe over the long call editor takes a while on a busy machine.
  test.setTimeout(180_000);

  // The manager creates a programme from the grants page.
  const manager = await visitor(browser, 'en');
  await signIn(manager, 'manager@twinbridge.demo');
  await manager.goto('/grants');
  await expect(manager.getByRole('heading', { level: 1, name: g('en', 'grants.home.title') })).toBeVisible();
  await expect(manager.getByRole('heading', { level: 2, name: g('en', 'grants.home.programmes') })).toBeVisible();
  await expectAccessible(manager, 'grants page (manager, en)');
  await manager.getByRole('button', { name: g('en', 'grants.newProgramme.button') }).click();
  const dialog = manager.getByRole('dialog');
  await dialog.getByLabel(g('en', 'grants.newProgramme.code')).fill(code);
  await dialog.getByLabel(g('en', 'grants.editor.fields.titleEn')).fill(`Programme ${code}`);
  await dialog.getByLabel(g('en', 'grants.editor.fields.titleTr')).fill(`Program ${code}`);
  await dialog.getByLabel(g('en', 'grants.newProgramme.budget')).fill('5,000,000');
  await expectAccessible(manager, 'new programme form (en)');
  await dialog.getByRole('button', { name: g('en', 'grants.newProgramme.submit') }).click();
  await expect(manager.getByRole('heading', { level: 1, name: `Programme ${code}` })).toBeVisible();
  await expect(manager.getByText(g('en', 'grants.programme.noCalls'))).toBeVisible();
  await expectAccessible(manager, 'new programme page (en)');

  // A new call starts from the 2018 defaults; a grant range the wrong way round is refused next to its input.
  await manager.getByRole('link', { name: g('en', 'grants.programme.newCall') }).click();
  await expect(manager.getByRole('heading', { level: 1, name: g('en', 'grants.editor.newTitle') })).toBeVisible();
  const min = manager.getByRole('textbox', { name: g('en', 'grants.editor.fields.minGrantCents') });
  const max = manager.getByRole('textbox', { name: g('en', 'grants.editor.fields.maxGrantCents') });
  await expect(manager.getByRole('textbox', { name: g('en', 'grants.editor.fields.budgetCents') })).toHaveValue('2,600,000');
  await expect(min).toHaveValue('60,000');
  await expect(max).toHaveValue('130,000');
  await expectAccessible(manager, 'call editor with defaults (en)');
  await manager.getByRole('textbox', { name: g('en', 'grants.editor.fields.reference') }).fill(reference);
  await manager.getByRole('textbox', { name: g('en', 'grants.editor.fields.titleEn') }).first().fill(title);
  await manager.getByRole('textbox', { name: g('en', 'grants.editor.fields.titleTr') }).first().fill(`Kardeş şehir teklif çağrısı ${code}`);
  await max.fill('50,000');
  await manager.getByRole('button', { name: g('en', 'grants.editor.create') }).click();
  const problem = g('en', 'grants.problems.min_grant_above_max', { maxGrantCents: '€50,000' });
  await expect(min).toHaveAttribute('aria-invalid', 'true');
  await expect(min).toHaveAccessibleDescription(new RegExp(escape(problem)));
  await expect(manager.getByRole('alert')).toContainText(g('en', 'grants.editor.fields.minGrantCents'));
  await expectAccessible(manager, 'call editor with a field error (en)');
  await max.fill('130,000');
  await manager.getByRole('button', { name: g('en', 'grants.editor.create') }).click();

  // The draft call: the manager publishes it.
  await expect(manager.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(manager.getByText(g('en', 'grants.callStatus.draft'), { exact: true })).toBeVisible();
  await expect(manager.getByRole('link', { name: g('en', 'grants.callPage.edit') })).toBeVisible();
  await expectAccessible(manager, 'draft call (manager, en)');
  await manager.getByRole('button', { name: g('en', 'grants.callPage.publish'), exact: true }).click();
  await expect(manager.getByRole('dialog')).toContainText(g('en', 'grants.callPage.publishBody'));
  await expectAccessible(manager, 'publish confirmation (en)');
  await manager.getByRole('dialog').getByRole('button', { name: g('en', 'grants.callPage.publishConfirm') }).click();
  await expect(manager.getByRole('link', { name: g('en', 'grants.callPage.extend') })).toBeVisible();
  await expect(manager.getByText(g('en', 'grants.callStatus.published'), { exact: true }).first()).toBeVisible();
  await expect(manager.getByRole('button', { name: g('en', 'grants.callPage.publish'), exact: true })).toHaveCount(0);
  callUrl = new URL(manager.url()).pathname;
});

test('a visitor reads the published call: deadline in Istanbul time, the grid, and Turkish', async ({ browser }) => {
  expect(callUrl, 'the call of the previous test').toMatch(/^\/grants\/calls\//);
  const deadline = fromIstanbulLocal(defaultCallValues(new Date(), 'en-GB').rules.deadlineAt)!;
  const anon = await visitor(browser, 'en');
  await anon.goto(callUrl);
  await expect(anon.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(anon.getByText(g('en', 'grants.rules.grantRange', { min: '€60,000', max: '€130,000' }))).toBeVisible();
  const dates = anon.getByRole('region', { name: g('en', 'grants.callPage.dates') });
  await expect(dates.getByRole('row', { name: new RegExp(escape(g('en', 'grants.call.deadline'))) }))
    .toContainText(g('en', 'grants.time.istanbul', { when: formatIstanbul(deadline, 'en-GB') }));
  const grid = anon.getByRole('table', { name: /Evaluation grid: 100 points in all/ });
  await expect(grid.getByRole('rowheader', { name: '1. Financial and operational capacity' })).toBeVisible();
  await expect(grid.getByRole('rowheader', { name: '2. Relevance of the action' })).toBeVisible();
  await expect(grid.getByText(g('en', 'grants.grid.eliminatory'))).toHaveCount(2);
  // Each sub-criterion with the guidance assessors score it by.
  await expect(grid.getByRole('rowheader', { name: /^2\.1 Relevance to the objectives and themes of the call\s*How directly does the action serve/ })).toBeVisible();
  await expect(anon.getByRole('button', { name: g('en', 'grants.callPage.publish'), exact: true })).toHaveCount(0);
  await expectAccessible(anon, 'published call (visitor, en)');

  // In Turkish: the headings, the deadline in İstanbul time.
  await anon.getByRole('button', { name: /^TR/ }).click();
  await expect(anon.getByRole('heading', { level: 2, name: g('tr', 'grants.callPage.grid') })).toBeVisible();
  await expect(anon.getByRole('heading', { level: 1, name: `Kardeş şehir teklif çağrısı ${code}` })).toBeVisible();
  await expect(anon.getByText(g('tr', 'grants.time.istanbul', { when: formatIstanbul(deadline, 'tr-TR') })).first()).toBeVisible();
  await expectAccessible(anon, 'published call (visitor, tr)');
});

test('visitors browse the demo programme: figures, IATI link, filtered results and a project page', async ({ browser }) => {
  const page = await visitor(browser, 'en');
  await page.goto('/grants');
  await expect(page.getByRole('heading', { level: 2, name: g('en', 'grants.home.openCalls') })).toBeVisible();
  await expect(page.getByText(/^Closes in \d+ days?$/).first()).toBeVisible();
  await expect(page.getByText(g('en', 'grants.demo'), { exact: true }).first()).toBeVisible();
  await expectAccessible(page, 'grants page (visitor, en)');

  await page.getByRole('link', { name: /Town Twinning between Turkey and the EU/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: g('en', 'grants.programme.results') })).toBeVisible();
  await expect(page.getByRole('link', { name: g('en', 'grants.programme.iati') })).toHaveAttribute('href', /\/api\/programmes\/[0-9a-f-]+\/iati\.xml$/);
  const results = page.getByRole('table', { name: g('en', 'grants.results.caption') });
  await expect(results.getByRole('row').nth(1)).toBeVisible();
  await expectAccessible(page, 'demo programme (visitor, en)');

  await page.getByRole('textbox', { name: g('en', 'grants.results.theme') }).click();
  await page.getByRole('option', { name: t('en', 'themes.culture') }).click();
  await expect(page).toHaveURL(/[?&]theme=culture/);
  await expect(results.getByRole('row').nth(1)).toContainText(t('en', 'themes.culture'));

  await results.getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/grants\/projects\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 2, name: g('en', 'grants.project.indicators') })).toBeVisible();
  await expect(page.getByRole('progressbar').first()).toHaveAttribute('aria-valuenow', /^\d/);
  await expect(page.getByRole('region', { name: g('en', 'grants.project.authorities') }).getByRole('link').first()).toHaveAttribute('href', /^\/authorities\//);
  await expectAccessible(page, 'project page (visitor, en)');
});
