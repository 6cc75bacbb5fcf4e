import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import en from '../web/src/i18n/en.json' with { type: 'json' };
import tr from '../web/src/i18n/tr.json' with { type: 'json' };

export { DEMO_PASSWORD } from '../server/domains/accounts/accounts.demo.list';

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
