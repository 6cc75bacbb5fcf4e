import { expect, test, type Page } from '@playwright/test';
import grantsEn from '../web/src/i18n/grants.en.json' with { type: 'json' };
import grantsTr from '../web/src/i18n/grants.tr.json' with { type: 'json' };
import { expectAccessible, signedIn, textOf } from './support';

// The call editor's two-stage settings in the browser: the concept-note grid (PRAG's 50 points to
// start, edited with the same builder as the full grid), the pre-selection threshold counted on it
// with the server's refusal at the input, and the reserve list's validity, in English and Turkish, with axe.

const g = (lang: 'en' | 'tr', key: string, vars: Record<string, string> = {}) => textOf(lang === 'en' ? grantsEn : grantsTr, key, lang, vars);
const code = `SET-${Date.now().toString(36).toUpperCase()}`;

/** A programme of the manager's own (through the API, with the page's session), so the call's budget fits its envelope. */
async function newProgramme(page: Page): Promise<string> {
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const res = await page.request.post('/api/programmes', { data: { code, titleEn: `Programme ${code}`, titleTr: `Program ${code}`, budgetCents: 500_000_000 }, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test('a manager sets a two-stage call’s concept-note grid, pre-selection threshold and reserve list validity, in English and Turkish', async ({ browser }) => {
  // Axe twice over the long call editor takes a while on a busy machine.
  test.setTimeout(420_000);
  const en = await signedIn(browser, 'manager@twinbridge.demo', 'en', { pinLanguage: true });
  const programmeId = await newProgramme(en);
  await en.goto(`/grants/programmes/${programmeId}/calls/new`);
  await expect(en.getByRole('heading', { level: 1, name: g('en', 'grants.editor.newTitle') })).toBeVisible();
  const general = en.getByRole('group', { name: g('en', 'grants.editor.general') });
  await general.getByRole('textbox', { name: g('en', 'grants.editor.fields.reference') }).fill(`${code}/01`);
  await general.getByRole('textbox', { name: g('en', 'grants.editor.fields.titleEn') }).fill(`Two-stage call ${code}`);
  await general.getByRole('textbox', { name: g('en', 'grants.editor.fields.titleTr') }).fill(`İki aşamalı çağrı ${code}`);

  // Two stages: the concept-note grid appears with PRAG's two sections, 30 + 20 points.
  const evaluation = en.getByRole('group', { name: g('en', 'grants.editor.evaluation') });
  // The switch's own input covers its label: check the switch itself.
  await evaluation.getByRole('switch', { name: g('en', 'grants.editor.fields.twoStage') }).check();
  const concept = en.getByRole('group', { name: g('en', 'grants.editor.concept.grid') });
  await expect(concept.getByRole('heading', { name: g('en', 'grants.editor.concept.sectionN', { n: '1', max: '30' }) })).toBeVisible();
  await expect(concept.getByRole('heading', { name: g('en', 'grants.editor.concept.sectionN', { n: '2', max: '20' }) })).toBeVisible();

  // A fifth relevance criterion (5 points): the grid now has 55, and a threshold above that is refused at its input.
  await concept.getByRole('button', { name: g('en', 'grants.editor.concept.addCriterion', { n: '1' }) }).click();
  const added = concept.getByRole('group', { name: g('en', 'grants.editor.concept.criterionN', { n: '1.5' }) });
  await added.getByRole('textbox', { name: g('en', 'grants.editor.fields.titleEn') }).fill('Visibility of the partnership');
  await added.getByRole('textbox', { name: g('en', 'grants.editor.fields.titleTr') }).fill('Ortaklığın görünürlüğü');
  await expect(concept.getByText(g('en', 'grants.editor.concept.total', { max: '55' }))).toBeVisible();
  const threshold = evaluation.getByRole('textbox', { name: g('en', 'grants.editor.fields.preSelectionThreshold') });
  await threshold.fill('60');
  await evaluation.getByRole('textbox', { name: g('en', 'grants.editor.fields.reserveValidMonths') }).fill('9');
  await en.getByRole('button', { name: g('en', 'grants.editor.create') }).click();
  await expect(evaluation.getByText(g('en', 'grants.problems.threshold_above_grid_max', { max: '55' }))).toBeVisible();
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(en, 'call editor with the concept-note grid and a refused threshold (en)');

  await threshold.fill('33');
  await en.getByRole('button', { name: g('en', 'grants.editor.create') }).click();
  await expect(en.getByRole('heading', { level: 1, name: `Two-stage call ${code}` })).toBeVisible();
  const callId = new URL(en.url()).pathname.split('/').pop()!;
  const rules = ((await (await en.request.get(`/api/calls/${callId}`)).json()) as { rules: { preSelectionThreshold: number; reserveValidMonths: number; conceptGrid: { sections: { criteria: { titleEn: string }[] }[] } } }).rules;
  expect(rules).toMatchObject({ preSelectionThreshold: 33, reserveValidMonths: 9 });
  expect(rules.conceptGrid.sections[0]!.criteria.map((c) => c.titleEn).at(-1)).toBe('Visibility of the partnership');

  // In Turkish the draft opens with what was saved, the grid and its settings named in Turkish.
  const tr = await signedIn(browser, 'manager@twinbridge.demo', 'tr', { pinLanguage: true });
  await tr.goto(`/grants/calls/${callId}/edit`);
  await expect(tr.getByRole('heading', { level: 1, name: g('tr', 'grants.editor.editTitle') })).toBeVisible();
  const kavram = tr.getByRole('group', { name: g('tr', 'grants.editor.concept.grid') });
  await expect(kavram.getByRole('heading', { name: g('tr', 'grants.editor.concept.sectionN', { n: '1', max: '35' }) })).toBeVisible();
  const degerlendirme = tr.getByRole('group', { name: g('tr', 'grants.editor.evaluation') });
  await expect(degerlendirme.getByRole('textbox', { name: g('tr', 'grants.editor.fields.preSelectionThreshold') })).toHaveValue('33');
  await expect(degerlendirme.getByRole('textbox', { name: g('tr', 'grants.editor.fields.reserveValidMonths') })).toHaveValue('9');
  await expect(kavram.getByText(g('tr', 'grants.editor.concept.total', { max: '55' }))).toBeVisible();
  await expectAccessible(tr, 'call editor with the concept-note grid (tr)');
});
