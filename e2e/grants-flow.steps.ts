import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../server/domains/accounts/accounts.demo.list';
import applicationsEn from '../web/src/i18n/applications.en.json' with { type: 'json' };
import applicationsTr from '../web/src/i18n/applications.tr.json' with { type: 'json' };
import conflictsEn from '../web/src/i18n/conflicts.en.json' with { type: 'json' };
import conflictsTr from '../web/src/i18n/conflicts.tr.json' with { type: 'json' };
import en from '../web/src/i18n/en.json' with { type: 'json' };
import evaluationEn from '../web/src/i18n/evaluation.en.json' with { type: 'json' };
import evaluationTr from '../web/src/i18n/evaluation.tr.json' with { type: 'json' };
import grantsEn from '../web/src/i18n/grants.en.json' with { type: 'json' };
import grantsTr from '../web/src/i18n/grants.tr.json' with { type: 'json' };
import tr from '../web/src/i18n/tr.json' with { type: 'json' };
import pagesEn from '../web/src/i18n/pages.en.json' with { type: 'json' };
import pagesTr from '../web/src/i18n/pages.tr.json' with { type: 'json' };
import { mergeDictionaries } from '../web/src/i18n/merge';
import { centsToInput, formatCents } from '../web/src/features/grants/money';
import { expectAccessible, signedIn } from './support';

// What the whole-call spec (grants-flow.spec.ts) and its money steps (grants-flow.money.ts) share:
// the dictionaries, the figures the test types and those computed from them, the state the steps
// pass on, and the steps every stage repeats (an assessor's sheet, a payment approved by a second manager).

type Tree = { [key: string]: string | Tree };
export type Lang = 'en' | 'tr';
type Vars = Record<string, string | number>;

const DICTS: Record<Lang, Tree> = {
  en: mergeDictionaries(en, pagesEn, grantsEn, applicationsEn, evaluationEn, conflictsEn) as Tree,
  tr: mergeDictionaries(tr, pagesTr, grantsTr, applicationsTr, evaluationTr, conflictsTr) as Tree,
};

/** A UI string by its full key ('grants.…', 'applications.…', 'evaluation.…', 'conflicts.…' or the app's own), {{vars}} filled in. */
export function s(lang: Lang, key: string, vars: Vars = {}): string {
  let node: string | Tree = DICTS[lang];
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string ${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((out, [k, v]) => out.replaceAll(`{{${k}}}`, String(v)), node);
}

export const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A string with variables as a pattern ('Score for {{name}} (0 to {{max}})' → /^Score for .* \(0 to .*\)$/). */
export const pattern = (lang: Lang, key: string) => new RegExp(`^${s(lang, key).split(/\{\{\w+\}\}/).map(escape).join('.*')}$`);
const INTL: Record<Lang, string> = { en: 'en-GB', tr: 'tr-TR' };
/** Money as the app shows it in a language. */
export const money = (lang: Lang, cents: number) => formatCents(cents, INTL[lang]);
/** Money as typed into a euro input in a language. */
export const typed = (lang: Lang, cents: number) => centsToInput(cents, INTL[lang]);

export const KOLN = 'DE_05315000';
// Assessors read in both languages.
const ASSESSOR_LANG: Record<string, Lang> = { 'assessor@twinbridge.demo': 'tr', 'assessor2@twinbridge.demo': 'en', 'assessor3@twinbridge.demo': 'tr' };
export const ASSESSORS = DEMO_ACCOUNTS.filter((a) => a.role === 'assessor');

// What the test types, in cents and basis points; every expected figure is computed from these.
export const BUDGET = 250_000_00;
// The programme's envelope: the call draws its budget from it.
export const ENVELOPE = 300_000_00;
export const PRE_FINANCING_BP = 8_000;
export const DIVERGENCE = 15;
/** Concept notes at or above this many of the concept grid's 50 points can be shortlisted. */
export const PRE_SELECTION = 30;
/** 18 months: two project years, two reporting periods. */
export const MONTHS = 18;
// Indirect costs within 7 % of the direct costs, each year and in all.
export const COSTS_BY_YEAR = [
  { human_resources: 60_000_00, travel: 30_000_00, indirect: 6_000_00 },
  { human_resources: 40_000_00, travel: 10_000_00, indirect: 3_500_00 },
] as const;
const sum = (o: object) => Object.values(o as Record<string, number>).reduce((a, c) => a + c, 0);
export const YEAR_TOTALS = COSTS_BY_YEAR.map(sum);
export const TOTAL = YEAR_TOTALS.reduce((a, c) => a + c, 0);
/** The concept note's grant; the full application may move it by at most 20 %. */
export const CONCEPT_GRANT = 105_000_00;
/** How far the full application's grant may move from the concept note's. */
export const CHANGE_LIMIT_BP = 2_000;
/** Beyond +20 % of the concept note's grant (still within the call's 130,000 and 90 % of the costs). */
export const OVER_LIMIT = 128_000_00;
/** Longer than 12 months and above EUR 100,000: Annex II's option 2, pre-financing per reporting period. */
export const GRANT = 120_000_00;
export const RATE_BP = Math.floor((GRANT * 10_000) / TOTAL);
// Option 2's plan: each period the grant's share of that year's budget, all pre-financing held to the call's 80 %.
const CAP = Math.floor((GRANT * PRE_FINANCING_BP) / 10_000);
export const PRE_1 = Math.floor((GRANT * YEAR_TOTALS[0]!) / TOTAL);
export const PRE_2 = Math.min(Math.floor((GRANT * YEAR_TOTALS[1]!) / TOTAL), CAP - PRE_1);
export const PLANNED_BALANCE = GRANT - PRE_1 - PRE_2;
/** The 70 % rule: the grant's share of accepted interim costs must reach 70 % of the first instalment. */
export const NEEDED_FOR_PRE_2 = Math.ceil((PRE_1 * 7_000) / 10_000);
export const INTERIM = { human_resources: 50_000_00, travel: 24_000_00, indirect: 4_500_00 } as const;
export const INTERIM_ACCEPTED = 72_000_00;
/** The grant's share of the accepted interim costs, at the exact ratio grant ÷ planned costs. */
export const USED_AFTER_INTERIM = Math.floor((INTERIM_ACCEPTED * GRANT) / TOTAL);
export const REPORTED = { human_resources: 98_000_00, travel: 38_500_00, indirect: 9_000_00 } as const;
export const ACCEPTED = 141_000_00;
// The grant's share of accepted costs at the exact ratio grant ÷ planned costs (no rounded rate).
export const FINAL_GRANT = Math.min(GRANT, Math.floor((ACCEPTED * GRANT) / TOTAL));
export const FINAL = FINAL_GRANT - PRE_1 - PRE_2;
export const INDICATOR = 'Paylaşılan veri setleri';

export interface Grid { sections: { key: string; titleEn: string; titleTr: string; criteria: { maxScore: number; weight: number }[] }[] }
interface CallJson { id: string; open: boolean; deadlineAt: string; stage: string; rules: { grid: Grid; conceptGrid?: Grid; fullDeadlineAt?: string } }

export async function callOf(page: Page, id: string): Promise<CallJson> {
  return (await (await page.request.get(`/api/calls/${id}`)).json()) as CallJson;
}

/** Wait (on the test's clock, the server's too) until an instant has passed. */
export async function waitPast(page: Page, iso: string): Promise<void> {
  const ms = Date.parse(iso) + 2_000 - Date.now();
  if (ms > 0) await page.waitForTimeout(ms);
}

/** What the steps share: names typed by the test, the call's id and grids, the signed-in pages. */
export interface Flow {
  stamp: string;
  callRef: string;
  reference: string;
  projectEn: string;
  projectTr: string;
  callId: string;
  grid: Grid;
  conceptGrid: Grid;
  fullDeadlineAt: string;
  pm: Page;
  ist: Page;
}

/** An assessor declares no conflict and submits a sheet with `score` on every criterion. */
export async function assess(browser: Browser, email: string, reference: string, score: number, further: boolean): Promise<void> {
  const lang = ASSESSOR_LANG[email]!;
  const as = await signedIn(browser, email, lang, { pinLanguage: true });
  await as.goto('/grants');
  await as.getByRole('link', { name: s(lang, 'evaluation.mine.title') }).click();
  const row = as.getByRole('row').filter({ hasText: reference });
  await expect(row.getByText(s(lang, 'evaluation.status.assigned'))).toBeVisible();
  await expect(row.getByText(s(lang, 'evaluation.further'))).toHaveCount(further ? 1 : 0);
  await expectAccessible(as, `my assessments (${email}, ${lang})`);
  await row.getByRole('link', { name: reference }).click();
  await expect(as.getByRole('region', { name: s(lang, 'evaluation.declaration.title') })).toBeVisible();
  await expectAccessible(as, `declaration (${email}, ${lang})`);
  await as.getByRole('button', { name: s(lang, 'evaluation.declaration.noConflict') }).click();
  await expect(as.getByRole('region', { name: s(lang, 'evaluation.assess.application') })).toBeVisible();
  const sheet = as.getByRole('region', { name: s(lang, 'evaluation.sheet.title') });
  const scores = sheet.getByRole('textbox', { name: pattern(lang, 'evaluation.sheet.scoreOf') });
  const comments = sheet.getByRole('textbox', { name: pattern(lang, 'evaluation.sheet.commentOf') });
  const n = await scores.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await scores.nth(i).fill(String(score));
    await comments.nth(i).fill(lang === 'tr' ? `Puan ${score}: gerekçesiyle.` : `Score ${score}, with reasons.`);
  }
  await expectAccessible(as, `score sheet (${email}, ${lang})`);
  await sheet.getByRole('button', { name: s(lang, 'evaluation.sheet.submit') }).click();
  await as.getByRole('dialog').getByRole('button', { name: s(lang, 'evaluation.submitSheet.confirm') }).click();
  await expect(sheet.getByText(s(lang, 'evaluation.sheet.readOnly'))).toBeVisible();
  await as.context().close();
}

/** The row of a table of facts whose header is exactly `label`. */
export const fact = (region: Locator, label: string) => region.getByRole('row').filter({ has: region.page().getByRole('rowheader', { name: label, exact: true }) });

/** The assessors named in the committee's table of sheets. */
export async function assessorsIn(sheets: Locator): Promise<string[]> {
  const text = (await sheets.textContent()) ?? '';
  return ASSESSORS.filter((a) => text.includes(a.name)).map((a) => a.email);
}

/** The committee view of the application on the (re)loaded evaluation page: its table of sheets. */
export async function committee(f: Flow): Promise<Locator> {
  await f.pm.getByRole('button', { name: new RegExp(`^${escape(f.reference)}`) }).click();
  return f.pm.getByRole('table', { name: s('en', 'evaluation.committee.sheetsCaption', { reference: f.reference }) });
}

/** A payment's row in the payments table: its kind and amount. */
export const paymentRow = (payments: Locator, lang: Lang, kind: string, cents: number) =>
  payments.getByRole('row').filter({ hasText: s(lang, `evaluation.payment.${kind}`) }).filter({ hasText: money(lang, cents) });

/** Four eyes: the admin, a second manager who assessed nothing in the call, approves the payment the manager requested. */
export async function approveAsAdmin(browser: Browser, url: string, kind: 'pre_financing' | 'final', cents: number): Promise<void> {
  const admin = await signedIn(browser, 'admin@twinbridge.demo', 'en', { pinLanguage: true });
  await admin.goto(url);
  const payments = admin.getByRole('region', { name: s('en', 'evaluation.award.payments') });
  await expect(paymentRow(payments, 'en', kind, cents)).toContainText(s('en', 'evaluation.payment.status.requested'));
  await expectAccessible(admin, `payment to approve (admin, en, ${kind})`);
  await payments.getByRole('button', { name: s('en', 'evaluation.award.approve', { kind: s('en', `evaluation.payment.${kind}`) }) }).click();
  await expect(paymentRow(payments, 'en', kind, cents)).toContainText(s('en', 'evaluation.payment.status.paid'));
  await admin.context().close();
}
