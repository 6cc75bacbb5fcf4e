import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import participationEn from '../web/src/i18n/participation.en.json' with { type: 'json' };
import participationTr from '../web/src/i18n/participation.tr.json' with { type: 'json' };
import { DEMO_PASSWORD, expectAccessible, signedIn } from './support';

// Consultations (issue 13): a consultation answered by three stakeholder groups shows raw and
// balanced results that differ and its statements in common-ground order, in Turkish and English;
// a signed-in user answers an open consultation and changes the answer. Axe on every page.

type Tree = { [key: string]: string | Tree };

/** A string of the participation dictionary (participation.{en,tr}.json). */
function p(lang: 'en' | 'tr', key: string, vars: Record<string, string> = {}): string {
  let node: string | Tree = (lang === 'en' ? participationEn : participationTr) as Tree;
  for (const part of `participation.${key}`.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string participation.${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), node);
}

const DEMO_TITLE = { tr: 'Ortak projenin mirası: hibe bittikten sonra ne kalmalı? (demo)', en: 'The joint project’s legacy: what should stay after the grant? (demo)' };
const STATEMENTS = { trees: 'Plant native trees along the river', night: 'Keep the park open at night', parking: 'Charge for parking at weekends' };

async function signIn(baseURL: string, email: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/auth/signin', { data: { email, password: DEMO_PASSWORD } });
  expect(res.status(), `sign in ${email}`).toBe(200);
  return { api, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

interface Created {
  id: string;
  questions: { id: string; options: { id: string }[] }[];
  statements: { id: string; text: string }[];
}

/**
 * The manager opens a public consultation (every group weighed from one respondent), and five demo
 * accounts answer: three citizens choose Sports, civil society and the private sector Gardens — so
 * Sports wins raw (60 %) and Gardens balanced (67 %).
 */
async function consultationAnswered(baseURL: string): Promise<Created> {
  const manager = await signIn(baseURL, 'manager@twinbridge.demo');
  const now = Date.now();
  const created = await manager.api.post('/api/consultations', {
    headers: { 'x-csrf-token': manager.csrf },
    data: {
      title: { tr: 'Nehir kıyısı parkı', en: 'Riverside park' },
      description: { tr: 'Park ne sunmalı?', en: 'What should the park offer?' },
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 7 * 86_400_000).toISOString(),
      audience: 'public',
      minGroupSize: 1,
      questions: [
        { kind: 'single', prompt: { tr: 'Parkın ana kullanımı', en: 'Main use of the park' }, required: true, options: [{ tr: 'Spor', en: 'Sports' }, { tr: 'Bahçeler', en: 'Gardens' }] },
        { kind: 'ranking', prompt: { tr: 'Bütçe kalemlerini sıralayın', en: 'Rank the budget lines' }, options: [{ tr: 'Aydınlatma', en: 'Lighting' }, { tr: 'Banklar', en: 'Benches' }, { tr: 'Ağaçlar', en: 'Trees' }] },
      ],
      statements: Object.values(STATEMENTS),
    },
  });
  expect(created.status()).toBe(201);
  const c = (await created.json()) as Created;
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
    const who = await signIn(baseURL, a.email);
    const res = await who.api.post(`/api/consultations/${c.id}/responses`, {
      headers: { 'x-csrf-token': who.csrf },
      data: {
        group: a.group, side: a.side,
        answers: [{ questionId: use!.id, optionIds: [a.option] }],
        votes: [{ statementId: sid(STATEMENTS.trees), vote: 'agree' }, { statementId: sid(STATEMENTS.night), vote: a.night }, { statementId: sid(STATEMENTS.parking), vote: a.parking }],
      },
    });
    expect(res.status(), `${a.email} answers`).toBe(201);
    await who.api.dispose();
  }
  await manager.api.dispose();
  return c;
}

async function rowCells(page: Page, table: string, option: RegExp): Promise<string[]> {
  const row = page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: option }) });
  // The results load after the page: wait for the row before reading its cells.
  await expect(row.getByRole('cell').first()).toBeVisible();
  return row.getByRole('cell').allInnerTexts();
}

let consultation: Created;

test.beforeAll(async ({ baseURL }) => {
  consultation = await consultationAnswered(baseURL!);
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
