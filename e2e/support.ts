import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import en from '../web/src/i18n/en.json' with { type: 'json' };
import tr from '../web/src/i18n/tr.json' with { type: 'json' };

import { DEMO_PASSWORD } from '../server/domains/accounts/accounts.demo.list';

export { DEMO_PASSWORD };

type Tree = { [key: string]: string | Tree };

/** A UI string by key from the app's own dictionaries, so specs follow the translations. */
export function t(lang: 'en' | 'tr', key: string, vars: Record<string, string> = {}): string {
  let node: string | Tree = (lang === 'en' ? en : tr) as Tree;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string ${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), node);
}

/** Axe on the page as it is now: no serious or critical violation (the bar for every page). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), what).toEqual([]);
}

/**
 * A fresh browser context in a language, signed in through the sign-in page (demo password unless
 * told). The UI follows the account's language; `pinLanguage` stores the switch's choice before every
 * page load instead, so it wins where the account's language differs from the one the test reads.
 */
export async function signedIn(browser: Browser, email: string, lang: 'en' | 'tr', opts: { password?: string; pinLanguage?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'tr' ? 'tr-TR' : 'en-GB' });
  if (opts.pinLanguage) await context.addInitScript((l) => localStorage.setItem('tb.lang', l), lang);
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByLabel(t(lang, 'accounts.email')).fill(email);
  await page.getByRole('textbox', { name: t(lang, 'accounts.password'), exact: true }).fill(opts.password ?? DEMO_PASSWORD);
  await page.getByRole('button', { name: t(lang, 'accounts.signIn.submit') }).click();
  await expect(page.getByRole('button', { name: new RegExp(t(lang, 'nav.accountMenu')) })).toBeVisible();
  return page;
}
