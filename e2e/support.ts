import AxeBuilder from '@axe-core/playwright';
import { expect, request, type Browser, type Page } from '@playwright/test';
import accountsEn from '../web/src/i18n/accounts.en.json' with { type: 'json' };
import accountsTr from '../web/src/i18n/accounts.tr.json' with { type: 'json' };
import adminEn from '../web/src/i18n/admin.en.json' with { type: 'json' };
import adminTr from '../web/src/i18n/admin.tr.json' with { type: 'json' };
import baseEn from '../web/src/i18n/en.json' with { type: 'json' };
import baseTr from '../web/src/i18n/tr.json' with { type: 'json' };
import pagesEn from '../web/src/i18n/pages.en.json' with { type: 'json' };
import pagesTr from '../web/src/i18n/pages.tr.json' with { type: 'json' };
import { mergeDictionaries } from '../web/src/i18n/merge';

import { DEMO_PASSWORD } from '../server/domains/accounts/accounts.demo.list';

export { DEMO_PASSWORD };

type Tree = { [key: string]: string | Tree };

// The main dictionary (what a first visit shows, and the other pages' strings, which continue some of
// its keys) with the account and admin strings, which have files of their own (loaded with their pages).
const en = mergeDictionaries(baseEn, pagesEn, accountsEn, adminEn);
const tr = mergeDictionaries(baseTr, pagesTr, accountsTr, adminTr);

/** A string by key from a dictionary, with its {{variables}} filled; a missing key fails the spec. */
export function textOf(dictionary: object, key: string, lang: string, vars: Record<string, string> = {}): string {
  let node: string | Tree = dictionary as Tree;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string ${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), node);
}

/** A UI string by key from the app's own dictionaries, so specs follow the translations. */
export function t(lang: 'en' | 'tr', key: string, vars: Record<string, string> = {}): string {
  return textOf(lang === 'en' ? en : tr, key, lang, vars);
}

/** Axe's serious and critical violations on the page as it is now, one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  // A dialog or menu still fading in has half-transparent text: axe would measure a contrast nobody sees.
  // Mantine starts a transition a frame after mounting, so first let two frames pass (a busy machine
  // can delay that frame long enough for the check below to find nothing running yet).
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), undefined, { timeout: 5_000 }).catch(() => undefined);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Axe on the page as it is now: no serious or critical violation (the bar for every page). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await axeProblems(page), what).toEqual([]);
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

/**
 * The token of the `path` link in the newest mail to `to`, read where every mail lands without SMTP:
 * the outbox, through the demo admin's own route (no test-only route).
 */
export async function mailedToken(baseURL: string, to: string, path: string): Promise<string> {
  const admin = await request.newContext({ baseURL });
  const signin = await admin.post('/api/auth/signin', { data: { email: 'admin@twinbridge.demo', password: DEMO_PASSWORD } });
  expect(signin.status()).toBe(200);
  const res = await admin.get('/api/admin/outbox', { params: { limit: 50 } });
  const { items } = (await res.json()) as { items: { to: string; body: string }[] };
  await admin.dispose();
  const token = items.find((m) => m.to === to)?.body.match(new RegExp(`${path}\\?token=(\\S+)`))?.[1];
  expect(token, `a ${path} link mailed to ${to}`).toBeTruthy();
  return decodeURIComponent(token!);
}

/**
 * Through the API: a new user asks to act for `code` and the demo admin approves it. `notTwinnedWith`
 * checks first that the data has no twinning of the two (the spec's premise).
 */
export async function newOfficer(baseURL: string, o: { code: string; notTwinnedWith: string; person: string; password: string }): Promise<{ email: string; name: string }> {
  const own = await request.newContext({ baseURL });
  const twinned = (await (await own.get(`/api/authorities/${o.notTwinnedWith}/twinnings`)).json()) as { items: { partner: { code: string | null } }[] };
  expect(twinned.items.some((i) => i.partner.code === o.code), `${o.code} must not be twinned with ${o.notTwinnedWith} yet`).toBe(false);
  const name = ((await (await own.get(`/api/authorities/${o.code}`)).json()) as { name: string }).name;

  const email = `officer.${o.code.toLowerCase()}.${Date.now()}@example.org`;
  const signup = await own.post('/api/auth/signup', { data: { email, name: o.person, password: o.password, locale: 'en', acceptTerms: true, acceptPrivacy: true } });
  expect(signup.status()).toBe(202);
  const confirmed = await own.post('/api/auth/signup/confirm', { data: { token: await mailedToken(baseURL, email, '/signup/confirm') } });
  expect(confirmed.status()).toBe(201);
  const { csrfToken } = (await confirmed.json()) as { csrfToken: string };
  const asked = await own.post('/api/officer-requests', { data: { authorityCode: o.code, position: 'International relations' }, headers: { 'x-csrf-token': csrfToken } });
  expect(asked.status()).toBe(201);
  const { id } = (await asked.json()) as { id: string };

  const admin = await request.newContext({ baseURL });
  const signin = await admin.post('/api/auth/signin', { data: { email: 'admin@twinbridge.demo', password: DEMO_PASSWORD } });
  const adminCsrf = ((await signin.json()) as { csrfToken: string }).csrfToken;
  const decided = await admin.post(`/api/admin/officer-requests/${id}/decision`, { data: { decision: 'approved' }, headers: { 'x-csrf-token': adminCsrf } });
  expect(decided.status()).toBe(200);
  await Promise.all([own.dispose(), admin.dispose()]);
  return { email, name };
}
