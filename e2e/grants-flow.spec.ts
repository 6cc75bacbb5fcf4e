import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../server/domains/accounts/accounts.demo.list';
import applicationsEn from '../web/src/i18n/applications.en.json' with { type: 'json' };
import applicationsTr from '../web/src/i18n/applications.tr.json' with { type: 'json' };
import en from '../web/src/i18n/en.json' with { type: 'json' };
import evaluationEn from '../web/src/i18n/evaluation.en.json' with { type: 'json' };
import evaluationTr from '../web/src/i18n/evaluation.tr.json' with { type: 'json' };
import grantsEn from '../web/src/i18n/grants.en.json' with { type: 'json' };
import grantsTr from '../web/src/i18n/grants.tr.json' with { type: 'json' };
import tr from '../web/src/i18n/tr.json' with { type: 'json' };
import { toIstanbulLocal } from '../shared/istanbul';
import { centsToInput, formatCents } from '../web/src/features/grants/money';
import { apiAs } from './consultations';
import { expectAccessible, signedIn } from './support';

// A whole grant call in the browser (issue 5): the manager opens a programme and a call and publishes
// it; İstanbul (Turkish) applies with Köln (English) as partner and submits; the secretariat finds it
// eligible and assigns assessors; the evaluation committee is appointed and signs its declarations;
// two diverge, a further assessor is called and scores; the committee records its score; once the
// deadline has passed the chair approves the evaluation report, the manager proposes the award and
// the admin (who did not evaluate) confirms it within the budget; contract, pre-financing, İstanbul's final report, approval and the final payment follow,
// with the payments table and the ledger checked against figures computed from what was typed here.

type Tree = { [key: string]: string | Tree };
type Lang = 'en' | 'tr';
type Vars = Record<string, string | number>;

const DICTS: Record<Lang, Tree> = {
  en: { ...en, ...grantsEn, ...applicationsEn, ...evaluationEn } as Tree,
  tr: { ...tr, ...grantsTr, ...applicationsTr, ...evaluationTr } as Tree,
};

/** A UI string by its full key ('grants.…', 'applications.…', 'evaluation.…' or the app's own), {{vars}} filled in. */
function s(lang: Lang, key: string, vars: Vars = {}): string {
  let node: string | Tree = DICTS[lang];
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string ${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((out, [k, v]) => out.replaceAll(`{{${k}}}`, String(v)), node);
}

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A string with variables as a pattern ('Score for {{name}} (0 to {{max}})' → /^Score for .* \(0 to .*\)$/). */
const pattern = (lang: Lang, key: string) => new RegExp(`^${s(lang, key).split(/\{\{\w+\}\}/).map(escape).join('.*')}$`);
const INTL: Record<Lang, string> = { en: 'en-GB', tr: 'tr-TR' };
/** Money as the app shows it in a language. */
const money = (lang: Lang, cents: number) => formatCents(cents, INTL[lang]);
/** Money as typed into a euro input in a language. */
const typed = (lang: Lang, cents: number) => centsToInput(cents, INTL[lang]);

const KOLN = 'DE_05315000';
// Assessors read in both languages.
const ASSESSOR_LANG: Record<string, Lang> = { 'assessor@twinbridge.demo': 'tr', 'assessor2@twinbridge.demo': 'en', 'assessor3@twinbridge.demo': 'tr' };
const ASSESSORS = DEMO_ACCOUNTS.filter((a) => a.role === 'assessor');

// What the test types, in cents and basis points; every expected figure below is computed from these.
const BUDGET = 250_000_00;
// The programme's envelope: the call draws its budget from it.
const ENVELOPE = 300_000_00;
const PRE_FINANCING_BP = 8_000;
const DIVERGENCE = 15;
const COSTS = { human_resources: 60_000_00, travel: 33_500_00, indirect: 6_500_00 } as const; // indirect within 7 % of the direct costs
const TOTAL = Object.values(COSTS).reduce((sum, c) => sum + c, 0);
const GRANT = 80_000_00;
const REPORTED = { human_resources: 55_000_00, travel: 30_000_00, indirect: 5_000_00 } as const;
const ACCEPTED = 87_500_00;
const RATE_BP = Math.floor((GRANT * 10_000) / TOTAL);
const PRE = Math.floor((GRANT * PRE_FINANCING_BP) / 10_000);
// The grant's share of accepted costs at the exact ratio grant ÷ planned costs (no rounded rate).
const FINAL_GRANT = Math.min(GRANT, Math.floor((ACCEPTED * GRANT) / TOTAL));
const FINAL = FINAL_GRANT - PRE;
// Scores: every criterion alike per assessor, so a sheet's total is the score × the grid's weights.
const HIGH = 5;
const LOW = 2;
const FURTHER = 4;
const INDICATOR = 'Paylaşılan veri setleri';
// Minutes from the call's creation to its deadline: enough to apply on a busy machine; the award waits for the rest.
const DEADLINE_MINUTES = 5;

interface Grid { sections: { key: string; titleEn: string; titleTr: string; criteria: { maxScore: number; weight: number }[] }[] }
interface CallJson { id: string; open: boolean; deadlineAt: string; rules: { grid: Grid } }

async function callOf(page: Page, id: string): Promise<CallJson> {
  return (await (await page.request.get(`/api/calls/${id}`)).json()) as CallJson;
}

/** An assessor declares no conflict and submits a sheet with `score` on every criterion. */
async function assess(browser: Browser, email: string, reference: string, score: number, further: boolean): Promise<void> {
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
const fact = (region: Locator, label: string) => region.getByRole('row').filter({ has: region.page().getByRole('rowheader', { name: label, exact: true }) });

/** The assessors named in the committee's table of sheets. */
async function assessorsIn(sheets: Locator): Promise<string[]> {
  const text = (await sheets.textContent()) ?? '';
  return ASSESSORS.filter((a) => text.includes(a.name)).map((a) => a.email);
}

/** What the steps share: names typed by the test, the call's id and grid, the signed-in pages. */
interface Flow {
  stamp: string;
  callRef: string;
  reference: string;
  projectEn: string;
  projectTr: string;
  callId: string;
  grid: Grid;
  pm: Page;
  ist: Page;
}

/** 1. The manager (English) opens a programme and a call with the 2018 grid, a deadline minutes ahead in Istanbul time, and publishes it. */
async function publishCall(browser: Browser, stamp: string): Promise<{ pm: Page; callId: string; grid: Grid }> {
  const pm = await signedIn(browser, 'manager@twinbridge.demo', 'en', { pinLanguage: true });
  await pm.goto('/grants');
  await pm.getByRole('button', { name: s('en', 'grants.newProgramme.button') }).click();
  const dialog = pm.getByRole('dialog', { name: s('en', 'grants.newProgramme.title') });
  await expect(dialog).toHaveCSS('opacity', '1'); // axe reads colours once the modal has faded in
  await dialog.getByRole('textbox', { name: s('en', 'grants.newProgramme.code') }).fill(`FLOW-${stamp}`);
  await dialog.getByRole('textbox', { name: s('en', 'grants.editor.fields.titleEn') }).fill(`Twinning flow ${stamp}`);
  await dialog.getByRole('textbox', { name: s('en', 'grants.editor.fields.titleTr') }).fill(`Kardeş şehir akışı ${stamp}`);
  await dialog.getByRole('textbox', { name: s('en', 'grants.newProgramme.budget') }).fill(String(ENVELOPE / 100));
  await expectAccessible(pm, 'new programme (manager, en)');
  await dialog.getByRole('button', { name: s('en', 'grants.newProgramme.submit') }).click();
  await expect(pm.getByRole('heading', { level: 1, name: `Twinning flow ${stamp}` })).toBeVisible();
  await expectAccessible(pm, 'programme (manager, en)');
  await pm.getByRole('link', { name: s('en', 'grants.programme.newCall') }).click();
  await expect(pm.getByRole('heading', { level: 1, name: s('en', 'grants.editor.newTitle') })).toBeVisible();
  const general = pm.getByRole('group', { name: s('en', 'grants.editor.general') });
  await general.getByRole('textbox', { name: s('en', 'grants.editor.fields.reference') }).fill(`FLOW-${stamp}/01`);
  await general.getByRole('textbox', { name: s('en', 'grants.editor.fields.titleEn') }).fill(`Smart towns ${stamp}`);
  await general.getByRole('textbox', { name: s('en', 'grants.editor.fields.titleTr') }).fill(`Akıllı şehirler ${stamp}`);
  await pm.getByRole('textbox', { name: s('en', 'grants.editor.fields.budgetCents') }).fill(typed('en', BUDGET));
  await pm.getByRole('textbox', { name: s('en', 'grants.editor.fields.preFinancingBp') }).fill(String(PRE_FINANCING_BP / 100));
  // Open since an hour; the deadline leaves time to apply, and has passed (or is waited for) by the award.
  const deadline = toIstanbulLocal(new Date(Date.now() + DEADLINE_MINUTES * 60_000).toISOString());
  await pm.getByLabel(s('en', 'grants.editor.fields.opensAt')).fill(toIstanbulLocal(new Date(Date.now() - 60 * 60_000).toISOString()));
  await pm.getByLabel(s('en', 'grants.editor.fields.deadlineAt')).fill(deadline);
  await pm.getByRole('textbox', { name: s('en', 'grants.editor.fields.assessorsPerApplication') }).fill('2');
  await pm.getByRole('textbox', { name: s('en', 'grants.editor.fields.divergenceThreshold') }).fill(String(DIVERGENCE));
  await expectAccessible(pm, 'call editor (manager, en)');
  await pm.getByRole('button', { name: s('en', 'grants.editor.create') }).click();
  await expect(pm.getByRole('heading', { level: 1, name: `Smart towns ${stamp}` })).toBeVisible();
  const callId = new URL(pm.url()).pathname.split('/').pop()!;
  await expect(pm.getByText(s('en', 'grants.callStatus.draft'), { exact: true })).toBeVisible();
  await expectAccessible(pm, 'draft call (manager, en)');
  await pm.getByRole('button', { name: s('en', 'grants.callPage.publish'), exact: true }).click();
  const publish = pm.getByRole('dialog', { name: s('en', 'grants.callPage.publishTitle') });
  await expect(publish).toContainText(s('en', 'grants.callPage.publishBody'));
  await expect(publish).toHaveCSS('opacity', '1');
  await expectAccessible(pm, 'publish dialog (manager, en)');
  await publish.getByRole('button', { name: s('en', 'grants.callPage.publishConfirm') }).click();
  await expect(pm.getByText(s('en', 'grants.callPage.open'), { exact: true })).toBeVisible();
  await expect(pm.getByText(s('en', 'grants.callStatus.published'), { exact: true }).first()).toBeVisible();
  const call = await callOf(pm, callId);
  expect(toIstanbulLocal(call.deadlineAt)).toBe(deadline);
  return { pm, callId, grid: call.rules.grid };
}

/** 2. İstanbul's officer (Turkish) starts an application to the call and fills in what submission needs, with Köln as partner. */
async function draftApplication(browser: Browser, f: Omit<Flow, 'ist'>, koln: string): Promise<Page> {
  const ist = await signedIn(browser, 'istanbul@twinbridge.demo', 'tr', { pinLanguage: true });
  await ist.goto('/grants/applications');
  const openCalls = ist.getByRole('region', { name: s('tr', 'applications.list.openCalls') });
  await openCalls.getByRole('listitem').filter({ hasText: f.callRef }).getByRole('button', { name: s('tr', 'applications.apply.start') }).click();
  await expect(ist).toHaveURL(/\/grants\/applications\/[0-9a-f-]{36}$/);
  const field = (key: string, vars: Vars = {}) => ist.getByLabel(s('tr', key, vars), { exact: true });
  await field('applications.fields.titleEn').fill(f.projectEn);
  await field('applications.fields.titleTr').fill(f.projectTr);
  await field('applications.fields.summaryEn').fill('Two cities share open mobility data and pilot a joint app.');
  await field('applications.fields.summaryTr').fill('İki şehir açık ulaşım verilerini paylaşır ve ortak bir uygulama dener.');
  await ist.getByRole('textbox', { name: s('tr', 'applications.fields.theme'), exact: true }).click();
  await ist.getByRole('option', { name: s('tr', 'themes.smart_cities'), exact: true }).click();
  await field('applications.fields.durationMonths').fill('12');
  await ist.getByRole('button', { name: s('tr', 'applications.lists.objectives.add') }).click();
  await field('applications.lists.objectives.item', { n: 1 }).fill('Açık ulaşım verisi için ortak standart');
  await ist.getByRole('button', { name: s('tr', 'applications.activities.add') }).click();
  await field('applications.activities.name').fill('Köln’de teknik çalışma ziyareti');
  await ist.getByRole('button', { name: s('tr', 'applications.lists.expectedResults.add') }).click();
  await field('applications.lists.expectedResults.item', { n: 1 }).fill('Ortak veri portalı yayında');
  await ist.getByRole('button', { name: s('tr', 'applications.indicators.add') }).click();
  await field('applications.indicators.name').fill(INDICATOR);
  await field('applications.indicators.unit').fill('adet');
  await field('applications.indicators.target').fill('12');
  for (const [heading, cents] of Object.entries(COSTS))
    await field('applications.budget.cellLabel', { heading: s('tr', `applications.headings.${heading}`), year: 1 }).fill(typed('tr', cents));
  await field('applications.fields.requestedGrant').fill(typed('tr', GRANT));
  await ist.getByRole('textbox', { name: s('tr', 'applications.partners.add') }).fill(koln);
  await ist.getByRole('option', { name: new RegExp(`^${escape(koln)}`) }).first().click();
  // Only Köln's confirmation is missing: until it confirms, it counts for no partner either.
  const missing = ist.getByRole('region', { name: s('tr', 'applications.missing.title') });
  await expect(missing.getByText(s('tr', 'applications.problems.partner_not_confirmed', { name: koln }))).toBeVisible();
  await expect(missing.getByText(s('tr', 'applications.problems.too_few_partners', { minPartners: 1, count: 0 }))).toBeVisible();
  await expect(missing.getByText(s('tr', 'applications.missing.count_other', { count: 2 }))).toBeVisible();
  await expect(ist.getByRole('status').getByText(pattern('tr', 'applications.save.savedAt'))).toBeVisible();
  await expectAccessible(ist, 'filled draft (İstanbul, tr)');
  return ist;
}

/** Köln's officer (English) confirms; İstanbul submits the application. */
async function confirmAndSubmit(browser: Browser, f: Flow): Promise<void> {
  const kol = await signedIn(browser, 'koln@twinbridge.demo', 'en', { pinLanguage: true });
  await kol.goto('/grants/applications');
  const row = kol.getByRole('row').filter({ hasText: f.reference });
  await expect(row.getByText(s('en', 'applications.role.partner'))).toBeVisible();
  await expectAccessible(kol, 'applications with the new one (Köln, en)');
  await row.getByRole('button', { name: s('en', 'applications.partner.confirmNamed', { reference: f.reference }) }).click();
  await expect(row.getByText(s('en', 'applications.partnerState.confirmed'), { exact: true })).toBeVisible();
  await kol.context().close();

  await f.ist.reload();
  await expect(f.ist.getByText(s('tr', 'applications.missing.none'))).toBeVisible();
  await f.ist.getByRole('button', { name: s('tr', 'applications.submit.button') }).click();
  await expect(f.ist.getByText(s('tr', 'applications.read.frozenTitle'))).toBeVisible();
  await expect(f.ist.getByRole('region', { name: s('tr', 'applications.versions.title') }).getByText(s('tr', 'applications.versions.n', { version: 1 }))).toBeVisible();
  await expectAccessible(f.ist, 'submitted application (İstanbul, tr)');
}

/** 3. After the deadline, the secretariat's administrative check (every item met); the manager assigns two assessors. Returns their emails. */
async function checkAndAssign(f: Flow): Promise<string[]> {
  const { pm, reference } = f;
  // The check and the assignment start only after the deadline (a server rule): wait for it.
  await expect.poll(async () => (await callOf(pm, f.callId)).open, { timeout: DEADLINE_MINUTES * 60_000, intervals: [5_000] }).toBe(false);
  await pm.goto('/grants/applications');
  await pm.getByRole('link', { name: s('en', 'applications.check.linkNamed', { reference }) }).click();
  await expect(pm.getByRole('heading', { level: 1, name: s('en', 'applications.check.titleNamed', { reference }) })).toBeVisible();
  for (const group of await pm.getByRole('radiogroup').all()) await group.getByRole('radio', { name: s('en', 'applications.check.answer.yes') }).check();
  await expect(pm.getByText(s('en', 'applications.check.outcome.evaluation'))).toBeVisible();
  await expectAccessible(pm, 'administrative check (manager, en)');
  await pm.getByRole('button', { name: s('en', 'applications.check.save') }).click();
  await expect(pm.getByText(s('en', 'grants.applicationStatus.evaluation'), { exact: true }).first()).toBeVisible();

  await pm.goto(`/grants/calls/${f.callId}`);
  await pm.getByRole('link', { name: s('en', 'evaluation.call.heading') }).click();
  await expect(pm.getByRole('heading', { level: 1, name: s('en', 'evaluation.call.title', { reference: f.callRef }) })).toBeVisible();
  await pm.getByRole('button', { name: s('en', 'evaluation.call.assign') }).click();
  await expect(pm.getByRole('status').filter({ hasText: s('en', 'evaluation.call.allFilled') })).toBeVisible();
  const sheets = await committee(f);
  await expect(sheets.getByText(s('en', 'evaluation.status.assigned'))).toHaveCount(2);
  await expectAccessible(pm, 'evaluation with assessors assigned (manager, en)');
  const regular = await assessorsIn(sheets);
  expect(regular).toHaveLength(2);
  return regular;
}

/**
 * 3b. The manager appoints the evaluation committee (chair: the manager; secretary: the admin; the three
 * assessors voting) and the others sign their declarations through the API; the chair signs on the page.
 */
async function seatCommittee(f: Flow): Promise<void> {
  const { pm } = f;
  const base = new URL(pm.url()).origin;
  const person = async (email: string) => {
    const who = await apiAs(base, email);
    return { ...who, id: ((await (await who.api.get('/api/auth/me')).json()) as { user: { id: string } }).user.id };
  };
  const [chair, secretary, ...voters] = await Promise.all(['manager@twinbridge.demo', 'admin@twinbridge.demo', ...ASSESSORS.map((a) => a.email)].map(person));
  const seated = await chair!.api.put(`/api/calls/${f.callId}/committee`, { headers: { 'x-csrf-token': chair!.csrf }, data: { chairId: chair!.id, secretaryId: secretary!.id, votingIds: voters.map((v) => v.id) } });
  expect(seated.status(), await seated.text()).toBe(200);
  for (const x of [secretary!, ...voters])
    expect((await x.api.post(`/api/calls/${f.callId}/committee/declaration`, { headers: { 'x-csrf-token': x.csrf }, data: { impartial: true, confidential: true } })).status()).toBe(200);
  await pm.reload();
  const board = pm.getByRole('region', { name: s('en', 'evaluation.board.title') });
  const members = board.getByRole('table', { name: s('en', 'evaluation.board.membersCaption') });
  await expect(members.getByText(s('en', 'evaluation.board.notSigned'))).toHaveCount(1);
  await expect(members.getByText(s('en', 'evaluation.board.seats.voting'))).toHaveCount(3);
  await expectAccessible(pm, 'committee with the chair to sign (manager, en)');
  await board.getByRole('button', { name: s('en', 'evaluation.board.declare') }).click();
  await expect(members.getByText(s('en', 'evaluation.board.notSigned'))).toHaveCount(0);
}

/** The committee view of the application on the (re)loaded evaluation page: its table of sheets. */
async function committee(f: Flow): Promise<Locator> {
  await f.pm.getByRole('button', { name: new RegExp(`^${escape(f.reference)}`) }).click();
  return f.pm.getByRole('table', { name: s('en', 'evaluation.committee.sheetsCaption', { reference: f.reference }) });
}

/** 4. One assessor scores high, the other low: beyond the threshold, so a further assessor is called, and scores. */
async function evaluate(browser: Browser, f: Flow, regular: string[]): Promise<void> {
  const { pm } = f;
  await assess(browser, regular[0]!, f.reference, HIGH, false);
  await assess(browser, regular[1]!, f.reference, LOW, false);
  await pm.reload();
  const sheets = await committee(f);
  const weights = f.grid.sections.flatMap((x) => x.criteria).reduce((sum, c) => sum + c.weight, 0);
  await expect(pm.getByText(s('en', 'evaluation.committee.spread', { spread: (HIGH - LOW) * weights }))).toBeVisible();
  await expect(pm.getByText(s('en', 'evaluation.committee.diverges'))).toBeVisible();
  const furtherRow = sheets.getByRole('row').filter({ hasText: s('en', 'evaluation.further') });
  await expect(furtherRow).toHaveCount(1);
  const all = await assessorsIn(sheets);
  expect(all).toHaveLength(3);
  const further = all.find((x) => !regular.includes(x))!;
  await expect(furtherRow).toContainText(ASSESSORS.find((a) => a.email === further)!.name);
  await expectAccessible(pm, 'diverging sheets with a further assessor (manager, en)');
  await assess(browser, further, f.reference, FURTHER, true);
}

/** 5. The committee records its consensus per section with a justification; returns the consensus total. */
async function recordConsensus(f: Flow): Promise<number> {
  await f.pm.reload();
  const sheets = await committee(f);
  await expect(sheets.getByText(s('en', 'evaluation.status.submitted'))).toHaveCount(3);
  const consensus = f.pm.getByRole('region', { name: s('en', 'evaluation.consensus.title') });
  let total = 0;
  for (const section of f.grid.sections) {
    const max = section.criteria.reduce((sum, c) => sum + c.maxScore * c.weight, 0);
    const points = Math.round(max * 0.85);
    total += points;
    await consensus.getByRole('textbox', { name: s('en', 'evaluation.consensus.scoreOf', { name: section.titleEn, max }) }).fill(String(points));
    await consensus.getByRole('textbox', { name: s('en', 'evaluation.consensus.justificationOf', { name: section.titleEn }) }).fill(`Agreed at ${points} of ${max} after reading the three sheets.`);
  }
  await consensus.getByRole('button', { name: s('en', 'evaluation.consensus.save') }).click();
  await expect(consensus.getByText(s('en', 'evaluation.consensus.passed', { total }))).toBeVisible();
  await expectAccessible(f.pm, 'consensus recorded (manager, en)');
  return total;
}

/**
 * 6. Once the deadline has passed (a server rule: wait for it, then reload), the chair approves the
 * evaluation report (PDF in both languages), the manager proposes the award and the admin, who did not
 * evaluate, confirms it within the budget (four eyes).
 */
async function confirmAward(browser: Browser, f: Flow, total: number): Promise<void> {
  const { pm: chair } = f;
  await expect.poll(async () => (await callOf(chair, f.callId)).open, { timeout: DEADLINE_MINUTES * 60_000, intervals: [5_000] }).toBe(false);
  await chair.reload();
  const ranking = chair.getByRole('region', { name: s('en', 'evaluation.ranking.title') });
  const ledger = chair.getByRole('region', { name: s('en', 'evaluation.ledger.title') });
  await expect(ranking.getByText(s('en', 'evaluation.ranking.budget', { amount: money('en', BUDGET) }))).toBeVisible();
  const ranked = ranking.getByRole('row').filter({ hasText: f.reference });
  await expect(ranked).toContainText(String(total));
  await expect(ranked).toContainText(money('en', GRANT));
  await expect(ranked.getByText(s('en', 'evaluation.outcome.awarded'))).toBeVisible();
  await expect(ledger.getByText(s('en', 'grants.ledger.left', { amount: money('en', BUDGET) }))).toBeVisible();
  await expect(ranking.getByText(s('en', 'evaluation.ranking.awaitsReport'))).toBeVisible();
  const board = chair.getByRole('region', { name: s('en', 'evaluation.board.title') });
  for (const lang of ['tr', 'en'] as const) {
    const pdf = await chair.request.get(`/api/calls/${f.callId}/evaluation-report?lang=${lang}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  }
  await board.getByRole('button', { name: s('en', 'evaluation.board.approve') }).click();
  await expect(board.getByText(pattern('en', 'evaluation.board.approved'))).toBeVisible();
  await ranking.getByRole('button', { name: s('en', 'evaluation.ranking.propose') }).click();
  await expect(ranking.getByText(s('en', 'evaluation.ranking.proposedBy', { name: 'Demo Programme Manager' }))).toBeVisible();
  await expectAccessible(chair, 'report approved and award proposed (manager, en)');
  // Another manager, who neither proposed nor evaluated, confirms.
  const pm = await signedIn(browser, 'admin@twinbridge.demo', 'en', { pinLanguage: true });
  await pm.goto(`/grants/calls/${f.callId}/evaluation`);
  const confirming = pm.getByRole('region', { name: s('en', 'evaluation.ranking.title') });
  await confirming.getByRole('button', { name: s('en', 'evaluation.ranking.confirm') }).click();
  // The award cannot be undone: the dialog first says what it decides and who is told.
  const ask = pm.getByRole('dialog', { name: s('en', 'evaluation.ranking.confirmTitle') });
  await expect(ask.getByText(s('en', 'evaluation.ranking.willAward_one', { count: 1, amount: money('en', GRANT) }))).toBeVisible();
  await expect(ask.getByText(s('en', 'evaluation.ranking.willNotify'))).toBeVisible();
  await ask.getByRole('button', { name: s('en', 'evaluation.ranking.confirmYes') }).click();
  await expect(confirming.getByText(s('en', 'evaluation.ranking.confirmed'))).toBeVisible();
  await expect(confirming.getByText(s('en', 'evaluation.ranking.awarded', { amount: money('en', GRANT) }))).toBeVisible();
  await expect(confirming.getByText(s('en', 'evaluation.ranking.left', { amount: money('en', BUDGET - GRANT) }))).toBeVisible();
  await expect(pm.getByRole('region', { name: s('en', 'evaluation.ledger.title') }).getByText(s('en', 'grants.ledger.awarded', { amount: money('en', GRANT) }))).toBeVisible();
  await expect(pm.getByRole('region', { name: s('en', 'evaluation.ledger.title') }).getByText(s('en', 'grants.ledger.unpaid', { amount: money('en', GRANT) }))).toBeVisible();
  await expect(pm.getByRole('region', { name: s('en', 'evaluation.ledger.title') }).getByText(s('en', 'grants.ledger.left', { amount: money('en', BUDGET - GRANT) }))).toBeVisible();
  await expectAccessible(pm, 'award confirmed with the ledger (admin, en)');
  await pm.context().close();
}

/** Four eyes: the admin, a second manager who assessed nothing in the call, approves the payment the manager requested. */
async function approveAsAdmin(browser: Browser, url: string, kind: 'pre_financing' | 'final'): Promise<void> {
  const admin = await signedIn(browser, 'admin@twinbridge.demo', 'en', { pinLanguage: true });
  await admin.goto(url);
  const payments = admin.getByRole('region', { name: s('en', 'evaluation.award.payments') });
  await expect(payments.getByRole('row').filter({ hasText: s('en', `evaluation.payment.${kind}`) })).toContainText(s('en', 'evaluation.payment.status.requested'));
  await expectAccessible(admin, `payment to approve (admin, en, ${kind})`);
  await payments.getByRole('button', { name: s('en', 'evaluation.award.approve', { kind: s('en', `evaluation.payment.${kind}`) }) }).click();
  await expect(payments.getByRole('row').filter({ hasText: s('en', `evaluation.payment.${kind}`) })).toContainText(s('en', 'evaluation.payment.status.paid'));
  await admin.context().close();
}

/** 7. The manager opens the award from the programme's results: contract and pre-financing. */
async function contractAndPrefinance(browser: Browser, f: Flow): Promise<void> {
  const { pm } = f;
  await pm.goto(`/grants/calls/${f.callId}`);
  // The breadcrumbs name the actual programme; its ledger shows the envelope and what the call holds.
  await pm.getByRole('link', { name: `Twinning flow ${f.stamp}`, exact: true }).click();
  await expect(pm.getByText(s('en', 'grants.ledger.envelope', { amount: money('en', ENVELOPE) })).first()).toBeVisible();
  await expect(pm.getByText(s('en', 'grants.ledger.unallotted', { amount: money('en', ENVELOPE - BUDGET) })).first()).toBeVisible();
  await pm.getByRole('link', { name: f.projectEn }).click();
  await expectAccessible(pm, 'project page (manager, en)');
  await pm.getByRole('link', { name: s('en', 'evaluation.award.open') }).click();
  const contract = pm.getByRole('region', { name: s('en', 'evaluation.award.contract') });
  await expect(fact(contract, s('en', 'evaluation.award.grant'))).toContainText(money('en', GRANT));
  await expectAccessible(pm, 'award before the contract (manager, en)');
  await contract.getByLabel(s('en', 'evaluation.award.startsOn')).fill(new Date().toISOString().slice(0, 10));
  await contract.getByRole('textbox', { name: s('en', 'evaluation.award.months') }).fill('12');
  await contract.getByRole('button', { name: s('en', 'evaluation.award.sign') }).click();
  await expect(pm.getByText(s('en', 'evaluation.awardStatus.contracted'), { exact: true })).toBeVisible();
  await expect(fact(contract, s('en', 'evaluation.award.rate'))).toContainText(new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 2 }).format(RATE_BP / 10_000));
  const payments = pm.getByRole('region', { name: s('en', 'evaluation.award.payments') });
  await expect(payments.getByText(s('en', 'evaluation.award.option.single'))).toBeVisible();
  const schedule = pm.getByRole('region', { name: s('en', 'evaluation.schedule.title') });
  await expect(schedule.getByRole('row').filter({ hasText: s('en', 'evaluation.schedule.final') })).toContainText(s('en', 'evaluation.schedule.open'));
  await payments.getByRole('button', { name: s('en', 'evaluation.award.payPre') }).click();
  await expect(payments.getByRole('row').filter({ hasText: s('en', 'evaluation.payment.pre_financing') })).toContainText(money('en', PRE));
  await expect(payments.getByText(s('en', 'evaluation.award.paid', { amount: money('en', 0) }))).toBeVisible();
  await approveAsAdmin(browser, pm.url(), 'pre_financing');
  await pm.reload();
  await expect(payments.getByText(s('en', 'evaluation.award.paid', { amount: money('en', PRE) }))).toBeVisible();
  const ledger = pm.getByRole('region', { name: s('en', 'evaluation.ledger.title') });
  await expect(ledger.getByText(s('en', 'grants.ledger.paid', { amount: money('en', PRE) }))).toBeVisible();
  await expect(ledger.getByText(s('en', 'grants.ledger.unpaid', { amount: money('en', GRANT - PRE) }))).toBeVisible();
  await expectAccessible(pm, 'award contracted and pre-financed (manager, en)');
}

/** İstanbul (Turkish) finds its project among the programme's results and submits the final report on the award. */
async function finalReport(f: Flow): Promise<void> {
  const { ist } = f;
  await ist.goto('/grants');
  await ist.getByRole('link', { name: `Kardeş şehir akışı ${f.stamp}` }).click();
  await ist.getByRole('link', { name: f.projectTr }).click();
  await ist.getByRole('link', { name: s('tr', 'evaluation.award.open') }).click();
  await expect(ist.getByRole('region', { name: s('tr', 'evaluation.award.payments') }).getByRole('row').filter({ hasText: s('tr', 'evaluation.payment.pre_financing') })).toContainText(money('tr', PRE));
  const report = ist.getByRole('region', { name: s('tr', 'evaluation.report.new') });
  await report.getByText(s('tr', 'evaluation.report.kind.final'), { exact: true }).click();
  await report.getByLabel(s('tr', 'evaluation.report.narrative')).fill('Ziyaret yapıldı, ortak veri portalı yayında.');
  await report.getByLabel(INDICATOR).fill('12');
  for (const [heading, cents] of Object.entries(REPORTED))
    await report.getByLabel(s('tr', `applications.headings.${heading}`), { exact: true }).fill(typed('tr', cents));
  await expectAccessible(ist, 'final report form (İstanbul, tr)');
  await report.getByRole('button', { name: s('tr', 'evaluation.report.submit') }).click();
  const reports = ist.getByRole('region', { name: s('tr', 'evaluation.report.title') });
  await expect(reports.getByText(s('tr', 'evaluation.report.status.submitted'))).toBeVisible();
  const reported = Object.values(REPORTED).reduce((sum, c) => sum + c, 0);
  await expect(reports.getByText(s('tr', 'evaluation.report.costs', { amount: money('tr', reported) }))).toBeVisible();
}

/** The manager approves the final report with the accepted costs and requests the balance; the admin approves it. */
async function approveAndSettle(browser: Browser, f: Flow): Promise<void> {
  const { pm } = f;
  await pm.reload();
  const reports = pm.getByRole('region', { name: s('en', 'evaluation.report.title') });
  await reports.getByRole('textbox', { name: s('en', 'evaluation.report.accepted') }).fill(typed('en', ACCEPTED));
  await reports.getByRole('textbox', { name: s('en', 'evaluation.report.comments') }).fill('Costs accepted except part of the travel.');
  await expectAccessible(pm, 'final report to decide (manager, en)');
  await reports.getByRole('button', { name: s('en', 'evaluation.report.approve') }).click();
  await expect(reports.getByText(s('en', 'evaluation.report.acceptedWas', { amount: money('en', ACCEPTED) }))).toBeVisible();
  const payments = pm.getByRole('region', { name: s('en', 'evaluation.award.payments') });
  await payments.getByRole('button', { name: s('en', 'evaluation.award.payFinal') }).click();
  await expect(payments.getByRole('row').filter({ hasText: s('en', 'evaluation.payment.final') })).toContainText(money('en', FINAL));
  await approveAsAdmin(browser, pm.url(), 'final');
  await pm.reload();
  await expect(payments.getByText(s('en', 'evaluation.award.paid', { amount: money('en', PRE + FINAL) }))).toBeVisible();
  await expect(pm.getByText(s('en', 'evaluation.awardStatus.closed'), { exact: true })).toBeVisible();
  await expect(fact(pm.getByRole('region', { name: s('en', 'evaluation.award.contract') }), s('en', 'evaluation.award.grant'))).toContainText(money('en', FINAL_GRANT));
  const ledger = pm.getByRole('region', { name: s('en', 'evaluation.ledger.title') });
  await expect(ledger.getByText(s('en', 'grants.ledger.awarded', { amount: money('en', FINAL_GRANT) }))).toBeVisible();
  await expect(ledger.getByText(s('en', 'grants.ledger.paid', { amount: money('en', FINAL_GRANT) }))).toBeVisible();
  await expect(ledger.getByText(s('en', 'grants.ledger.left', { amount: money('en', BUDGET - FINAL_GRANT) }))).toBeVisible();
  await expectAccessible(pm, 'award settled (manager, en)');

  // İstanbul reads both payments in Turkish.
  await f.ist.reload();
  const istPayments = f.ist.getByRole('region', { name: s('tr', 'evaluation.award.payments') });
  await expect(istPayments.getByRole('row').filter({ hasText: s('tr', 'evaluation.payment.final') })).toContainText(money('tr', FINAL));
  await expect(istPayments.getByText(s('tr', 'evaluation.award.paid', { amount: money('tr', PRE + FINAL) }))).toBeVisible();
  await expectAccessible(f.ist, 'settled award (İstanbul, tr)');
}

test('a whole call in the browser: publication, a joint application, diverging assessors and a further one, consensus, award, contract, final report and payments', async ({ browser }) => {
  // Three assessors score 17 criteria each and the award waits for the deadline; a busy CI machine is slow.
  test.setTimeout(900_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const callRef = `FLOW-${stamp}/01`;
  const names = { stamp, callRef, reference: `${callRef}-001`, projectEn: `Smart mobility for İstanbul and Köln ${stamp}`, projectTr: `İstanbul ve Köln için akıllı ulaşım ${stamp}` };
  const { pm, callId, grid } = await test.step('the manager publishes a call', () => publishCall(browser, stamp));
  const koln = ((await (await pm.request.get(`/api/authorities/${KOLN}`)).json()) as { name: string }).name;
  const ist = await test.step('İstanbul drafts a joint application', () => draftApplication(browser, { ...names, callId, grid, pm }, koln));
  const f: Flow = { ...names, callId, grid, pm, ist };
  await test.step('Köln confirms, İstanbul submits', () => confirmAndSubmit(browser, f));
  const regular = await test.step('administrative check, assessors assigned', () => checkAndAssign(f));
  await test.step('the evaluation committee is appointed and signs its declarations', () => seatCommittee(f));
  await test.step('two diverging sheets and a further assessor', () => evaluate(browser, f, regular));
  const total = await test.step('consensus', () => recordConsensus(f));
  await test.step('report approved, award proposed and confirmed by another manager after the deadline', () => confirmAward(browser, f, total));
  await test.step('contract and pre-financing', () => contractAndPrefinance(browser, f));
  await test.step('final report', () => finalReport(f));
  await test.step('approval and final payment', () => approveAndSettle(browser, f));
  await ist.context().close();
  await pm.context().close();
});
