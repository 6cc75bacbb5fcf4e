import { expect, request, test, type Locator, type Page } from '@playwright/test';
import type { Results } from '../shared/participation';
import { answerAs, openConsultation, p, type OpenedConsultation } from './consultations';
import { expectAccessible, signedIn } from './support';

// Consultations (issue 13): a consultation answered by three stakeholder groups shows raw and
// balanced results that differ and its statements in common-ground order, in Turkish and English;
// a signed-in user answers an open consultation and changes the answer; each group's small chart shows
// the figures the API gives for it, and marks a group too small to be weighed. Axe on every page, on
// the creation form with a question of every kind, and on the small multiples as charts and as tables.

const DEMO_TITLE = { tr: 'Ortak projenin mirası: hibe bittikten sonra ne kalmalı? (demo)', en: 'The joint project’s legacy: what should stay after the grant? (demo)' };
const STATEMENTS = { trees: 'Plant native trees along the river', night: 'Keep the park open at night', parking: 'Charge for parking at weekends' };

/**
 * The manager opens a public consultation (every group weighed from one respondent), and five demo
 * accounts answer: three citizens choose Sports, civil society and the private sector Gardens — so
 * Sports wins raw (60 %) and Gardens balanced (67 %).
 */
async function consultationAnswered(baseURL: string): Promise<OpenedConsultation> {
  const c = await openConsultation(baseURL, {
    title: { tr: 'Nehir kıyısı parkı', en: 'Riverside park' },
    description: { tr: 'Park ne sunmalı?', en: 'What should the park offer?' },
    minGroupSize: 1,
    questions: [
      { kind: 'single', prompt: { tr: 'Parkın ana kullanımı', en: 'Main use of the park' }, required: true, options: [{ tr: 'Spor', en: 'Sports' }, { tr: 'Bahçeler', en: 'Gardens' }] },
      { kind: 'ranking', prompt: { tr: 'Bütçe kalemlerini sıralayın', en: 'Rank the budget lines' }, options: [{ tr: 'Aydınlatma', en: 'Lighting' }, { tr: 'Banklar', en: 'Benches' }, { tr: 'Ağaçlar', en: 'Trees' }] },
    ],
    statements: Object.values(STATEMENTS),
  });
  const [use] = c.questions;
  const [sports, gardens] = use!.options;
  const sid = (text: string) => c.statements.find((s) => s.text === text)!.id;
  const answers = [
    { email: 'assessor@twinbridge.demo', group: 'citizen', side: 'TR', option: sports!.id, night: 'agree', parking: 'agree' },
    { email: 'assessor2@twinbridge.demo', group: 'citizen', side: 'EU', option: sports!.id, night: 'agree', parking: 'agree' },
    { email: 'assessor3@twinbridge.demo', group: 'citizen', side: 'TR', option: sports!.id, night: 'agree', parking: 'disagree' },
    { email: 'istanbul@twinbridge.demo', group: 'civil_society', side: 'TR', option: gardens!.id, night: 'disagree', parking: 'agree' },
    { email: 'koln@twinbridge.demo', group: 'private_sector', side: 'EU', option: gardens!.id, night: 'disagree', parking: 'agree' },
  ];
  for (const a of answers) {
    await answerAs(baseURL, a.email, c.id, {
      group: a.group, side: a.side,
      answers: [{ questionId: use!.id, optionIds: [a.option] }],
      votes: [{ statementId: sid(STATEMENTS.trees), vote: 'agree' }, { statementId: sid(STATEMENTS.night), vote: a.night }, { statementId: sid(STATEMENTS.parking), vote: a.parking }],
    });
  }
  return c;
}

async function rowCells(page: Page, table: string, option: RegExp): Promise<string[]> {
  const row = page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: option }) });
  // The results load after the page: wait for the row before reading its cells.
  await expect(row.getByRole('cell').first()).toBeVisible();
  return row.getByRole('cell').allInnerTexts();
}

/**
 * A second consultation for the small multiples: groups must hold at least 2 respondents, so the three
 * citizens are weighed and the one youth respondent is not. A choice, a scale and a statement, with
 * shares that need a decimal (2 of 3 is 66.7 %).
 */
async function smallGroupsAnswered(baseURL: string): Promise<OpenedConsultation> {
  const c = await openConsultation(baseURL, {
    title: { tr: 'Meydan düzenlemesi', en: 'The square' },
    description: { tr: 'Meydan nasıl olmalı?', en: 'What should the square be like?' },
    minGroupSize: 2,
    questions: [
      { kind: 'single', prompt: SQUARE.use, options: [{ tr: 'Pazar', en: 'Market' }, { tr: 'Park', en: 'Park' }] },
      { kind: 'scale', prompt: SQUARE.safe },
    ],
    statements: [SQUARE.statement],
  });
  const [use, safe] = c.questions;
  const [market, park] = use!.options;
  const answers = [
    { email: 'assessor@twinbridge.demo', group: 'citizen', side: 'TR', option: market!.id, value: 4, vote: 'agree' },
    { email: 'assessor2@twinbridge.demo', group: 'citizen', side: 'EU', option: market!.id, value: 5, vote: 'agree' },
    { email: 'assessor3@twinbridge.demo', group: 'citizen', side: 'TR', option: park!.id, value: 3, vote: 'disagree' },
    { email: 'istanbul@twinbridge.demo', group: 'youth', side: 'TR', option: park!.id, value: 2, vote: 'agree' },
  ];
  for (const a of answers) {
    await answerAs(baseURL, a.email, c.id, {
      group: a.group, side: a.side,
      answers: [{ questionId: use!.id, optionIds: [a.option] }, { questionId: safe!.id, value: a.value }],
      votes: [{ statementId: c.statements[0]!.id, vote: a.vote }],
    });
  }
  return c;
}

const SQUARE = {
  use: { tr: 'Meydan ne için kullanılmalı?', en: 'What should the square be used for?' },
  safe: { tr: 'Meydan ne kadar güvenli?', en: 'How safe is the square?' },
  statement: 'Close the square to cars on Sundays',
};

let consultation: OpenedConsultation;
let smallGroups: OpenedConsultation;

test.beforeAll(async ({ baseURL }) => {
  consultation = await consultationAnswered(baseURL!);
  smallGroups = await smallGroupsAnswered(baseURL!);
});

for (const lang of ['en', 'tr'] as const) {
  test(`results weigh every group equally and order statements by common ground (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: lang === 'tr' ? 'tr-TR' : 'en-GB' });
    const page = await context.newPage();
    await page.goto('/consultations?status=open');
    await expect(page.getByRole('heading', { level: 1, name: p(lang, 'title') })).toBeVisible();
    const title = lang === 'tr' ? 'Nehir kıyısı parkı' : 'Riverside park';
    await expectAccessible(page, `consultations list (${lang})`);
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    const caption = p(lang, 'results.tableCaption');
    const [sports, gardens] = lang === 'tr' ? [/Spor/, /Bahçeler/] : [/Sports/, /Gardens/];
    // Raw: 3 of 5 for Sports (60 %); balanced: each of the three groups weighs a third, so Gardens 67 %.
    const pct = (n: number) => (lang === 'tr' ? `%${n}` : `${n}%`);
    expect((await rowCells(page, caption, sports)).slice(0, 3)).toEqual(['3', pct(60), pct(33)]);
    expect((await rowCells(page, caption, gardens)).slice(0, 3)).toEqual(['2', pct(40), pct(67)]);
    await expect(page.getByText(p(lang, 'results.differs'))).toBeVisible();
    await expect(page.getByRole('table', { name: caption }).getByText(p(lang, 'results.rawWinner'))).toBeVisible();
    await expect(page.getByRole('table', { name: caption }).getByText(p(lang, 'results.balancedWinner'))).toBeVisible();

    const common = page.getByRole('table', { name: p(lang, 'results.commonGroundCaption') }).getByRole('rowheader');
    await expect(common).toHaveText([STATEMENTS.trees, STATEMENTS.parking, STATEMENTS.night]);
    const divisive = page.getByRole('table', { name: p(lang, 'results.divisiveCaption') }).getByRole('rowheader');
    await expect(divisive.first()).toHaveText(STATEMENTS.night);
    await expectAccessible(page, `consultation results (${lang})`);

    // The demo consultation (seeded in demo mode): every kind of question, citizens outnumbering the
    // other groups, so its first question's raw and balanced winners differ.
    await page.goto('/consultations');
    await page.getByRole('link', { name: DEMO_TITLE[lang] }).click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE[lang] })).toBeVisible();
    await expect(page.getByText(p(lang, 'results.differs')).first()).toBeVisible();
    await expect(page.getByRole('table', { name: p(lang, 'results.commonGroundCaption') }).getByRole('rowheader')).toHaveCount(6);
    await expectAccessible(page, `demo consultation (${lang})`);
    await context.close();
  });
}

test('a signed-in user answers an open consultation and changes the answer', async ({ browser }) => {
  const page = await signedIn(browser, 'citizen@twinbridge.demo', 'en', { pinLanguage: true });
  await page.goto(`/consultations/${consultation.id}`);
  await expect(page.getByRole('heading', { name: p('en', 'form.title') })).toBeVisible();
  await expectAccessible(page, 'answer form');

  // Sending without a group, side or the required answer says what is missing and sends nothing.
  await page.getByRole('button', { name: p('en', 'form.send') }).click();
  await expect(page.getByText(p('en', 'problems.group_required'))).toBeVisible();
  await expect(page.getByText(p('en', 'problems.required_missing'))).toBeVisible();

  await page.getByLabel(p('en', 'group')).first().click();
  await page.getByRole('option', { name: p('en', 'groups.youth') }).click();
  await page.getByRole('radio', { name: p('en', 'sides.TR') }).check();
  await page.getByRole('radio', { name: 'Sports' }).check();
  // The ranking from the keyboard: Lighting goes down twice.
  const down = page.getByRole('button', { name: p('en', 'form.moveDown', { option: 'Lighting' }) });
  await down.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Rank the budget lines' }).getByRole('listitem')).toHaveText(['Benches', 'Trees', 'Lighting']);
  await page.getByRole('radiogroup', { name: STATEMENTS.trees }).getByRole('radio', { name: p('en', 'votes.agree'), exact: true }).check();
  await page.getByRole('button', { name: p('en', 'form.send') }).click();
  await expect(page.getByText(p('en', 'form.saved'))).toBeVisible();

  // Back later: the form holds the answer, and a change is saved until the close.
  await page.reload();
  await expect(page.getByRole('heading', { name: p('en', 'form.changeTitle') })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Sports' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Rank the budget lines' }).getByRole('listitem')).toHaveText(['Benches', 'Trees', 'Lighting']);
  await page.getByRole('radio', { name: 'Gardens' }).check();
  await page.getByRole('button', { name: p('en', 'form.change') }).click();
  await expect(page.getByText(p('en', 'form.saved'))).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Gardens' })).toBeChecked();
  await expectAccessible(page, 'answer form with a saved answer');
  await page.context().close();
});

/** Each bar of a small chart: its option (or group) and the value written beside it. */
async function chartValues(chart: Locator): Promise<Record<string, string>> {
  await expect(chart.locator('[data-bar]').first()).toBeVisible();
  const pairs = await chart.locator('[data-bar]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-bar') ?? '', r.lastElementChild?.textContent ?? '']));
  return Object.fromEntries(pairs);
}

test('each group has a small chart with the figures the API gives for it, and a table with the same (tr)', async ({ browser, baseURL }) => {
  const api = await request.newContext({ baseURL });
  const results = (await (await api.get(`/api/consultations/${smallGroups.id}/results`)).json()) as Results;
  await api.dispose();
  const share = (n: number) => new Intl.NumberFormat('tr-TR', { style: 'percent', maximumFractionDigits: 1 }).format(n);
  const [use, safe] = results.questions;
  const [market, park] = smallGroups.questions[0]!.options;

  const context = await browser.newContext({ locale: 'tr-TR' });
  const page = await context.newPage();
  await page.goto(`/consultations/${smallGroups.id}`);
  const byGroup = p('tr', 'charts.byGroupTitle');
  const choice = page.getByRole('region', { name: `${SQUARE.use.tr} ${byGroup}` });
  // The API's own figures, in Turkish format: two of three citizens chose the market (%66,7).
  for (const g of use!.byGroup) {
    expect(await chartValues(choice.locator(`[data-chart="${g.group}"]`)), g.group).toEqual({ [market!.id]: share(g.shares[market!.id]!), [park!.id]: share(g.shares[park!.id]!) });
  }
  expect(share(use!.byGroup.find((g) => g.group === 'citizen')!.shares[market!.id]!)).toBe('%66,7');
  const citizen = choice.locator('[data-chart="citizen"]');
  const youth = choice.locator('[data-chart="youth"]');
  await expect(citizen).toContainText(p('tr', 'charts.respondents_other', { formatted: '3' }));
  await expect(citizen).not.toContainText(p('tr', 'charts.tooFew'));
  await expect(youth).toContainText(p('tr', 'charts.tooFew'));
  await expectAccessible(page, 'small multiples as charts (tr)');
  const csv = page.getByRole('link', { name: p('tr', 'charts.exportCsv') });
  await expect(csv).toHaveAttribute('href', `/api/consultations/${smallGroups.id}/results/export?format=csv&lang=tr`);
  await expect(csv).toHaveAttribute('download');
  await expect(page.getByRole('link', { name: p('tr', 'charts.exportXlsx') })).toHaveAttribute('href', `/api/consultations/${smallGroups.id}/results/export?format=xlsx&lang=tr`);

  // The switch shows the table the screen readers read all along: the same figures.
  await choice.getByRole('switch', { name: p('tr', 'charts.showTable') }).check();
  const table = choice.getByRole('table');
  await expect(table).toBeVisible();
  const cells = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell').allInnerTexts();
  expect(await cells(p('tr', 'groups.citizen'))).toEqual(['3', p('tr', 'charts.weighed'), '%66,7', '%33,3']);
  expect(await cells(p('tr', 'groups.youth'))).toEqual(['1', p('tr', 'charts.tooFew'), '%0', '%100']);
  await expect(choice.locator('[data-chart]')).toHaveCount(0);

  // The scale: each group's mean beside the balanced mean (only the weighed citizens count: 4).
  const scale = page.getByRole('region', { name: `${SQUARE.safe.tr} ${byGroup}` });
  await expect(scale.locator('[data-chart="citizen"]')).toContainText(p('tr', 'charts.groupMean', { value: '4' }));
  await expect(scale.locator('[data-chart="youth"]')).toContainText(p('tr', 'charts.groupMean', { value: '2' }));
  expect(safe!.balancedMean).toBe(4);
  await expect(scale).toContainText(p('tr', 'charts.balancedMean', { value: '4' }));

  // The statement: agreement per group as small bars.
  const statements = page.getByRole('region', { name: p('tr', 'results.byGroup'), exact: true });
  const agreement = results.statements[0]!.byGroup;
  expect(await chartValues(statements.locator(`[data-chart="${smallGroups.statements[0]!.id}"]`))).toEqual(Object.fromEntries(agreement.map((g) => [g.group, share(g.agreeShare)])));
  await statements.getByRole('switch', { name: p('tr', 'charts.showTable') }).check();
  await expect(statements.getByRole('table')).toBeVisible();
  await expectAccessible(page, 'small multiples as tables (tr)');
  await context.close();
});

test('the creation form passes axe, with a question of every kind and a statement', async ({ browser }) => {
  const page = await signedIn(browser, 'manager@twinbridge.demo', 'en', { pinLanguage: true });
  await page.goto('/consultations/new');
  await expect(page.getByRole('heading', { level: 1, name: p('en', 'create.title') })).toBeVisible();
  await expectAccessible(page, 'creation form');

  const kinds = ['single', 'multiple', 'scale', 'ranking', 'text'] as const;
  for (const [i, kind] of kinds.entries()) {
    await page.getByRole('button', { name: p('en', 'create.addQuestion') }).click();
    const question = page.getByRole('group', { name: p('en', 'create.questionN', { n: String(i + 1) }) });
    await question.getByLabel(p('en', 'create.kind'), { exact: true }).first().click();
    await page.getByRole('option', { name: p('en', `kinds.${kind}`), exact: true }).click();
    await expect(question.getByLabel(p('en', 'create.kind'), { exact: true }).first()).toHaveValue(p('en', `kinds.${kind}`));
  }
  await page.getByRole('button', { name: p('en', 'form.addOwn') }).click();
  await page.getByLabel(p('en', 'create.statementN', { n: '1' })).fill('The square should be closed to cars on Sundays');
  await expectAccessible(page, 'creation form with a question of every kind and a statement');

  // Sent empty: every field says what is missing, and the form still passes.
  await page.getByRole('button', { name: p('en', 'create.submit') }).click();
  await expect(page.getByRole('alert').filter({ hasText: p('en', 'form.fix_other').split('{{')[0]!.trim() })).toBeVisible();
  await expectAccessible(page, 'creation form with its problems');
  await page.context().close();
});
