import { expect, test, type Page } from '@playwright/test';
import evaluationEn from '../web/src/i18n/evaluation.en.json' with { type: 'json' };
import evaluationTr from '../web/src/i18n/evaluation.tr.json' with { type: 'json' };
import applicationsTr from '../web/src/i18n/applications.tr.json' with { type: 'json' };
import { expectAccessible, signedIn } from './support';

// Demo data (server/domains/grants/demo/): the open call TWIN-DEMO/02 has two applications
// in evaluation, each with assessor@ assigned and no declaration yet; the closed call
// TWIN-2018-DEMO/01 is awarded, with contracted awards that got their pre-financing.
const OPEN_CALL = 'TWIN-DEMO/02';
const AWARDED_CALL = 'TWIN-2018-DEMO/01';

type Tree = { [key: string]: string | Tree };
type Lang = 'en' | 'tr';

/** A string of the evaluation dictionary by key below 'evaluation.', with {{vars}} filled in. */
function e(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree = (lang === 'en' ? evaluationEn : evaluationTr) as Tree;
  for (const part of `evaluation.${key}`.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string ${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), node);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label with variables as a pattern ('Score for {{name}} (0 to {{max}})' → /^Score for .* \(0 to .*\)$/). */
const startOf = (lang: Lang, key: string) => new RegExp(`^${e(lang, key).split(/\{\{\w+\}\}/).map(escape).join('.*')}$`);

async function callId(page: Page, reference: string): Promise<string> {
  const calls = ((await (await page.request.get('/api/calls')).json()) as { items: { id: string; reference: string }[] }).items;
  return calls.find((c) => c.reference === reference)!.id;
}

let scored = '';

test('an assessor declares no conflict, scores and submits (Turkish); the manager sees the committee view', async ({ browser }) => {
  test.setTimeout(240_000);
  const as = await signedIn(browser, 'assessor@twinbridge.demo', 'tr', { pinLanguage: true });
  await as.goto('/grants');
  await as.getByRole('link', { name: e('tr', 'mine.title') }).click();
  await expect(as.getByRole('heading', { level: 1, name: e('tr', 'mine.title') })).toBeVisible();
  const row = as.getByRole('row').filter({ hasText: OPEN_CALL }).filter({ hasText: e('tr', 'status.assigned') }).first();
  await expect(row).toBeVisible();
  await expectAccessible(as, 'my assessments (assessor, tr)');
  const link = row.getByRole('link');
  scored = (await link.textContent())!.trim();
  await link.click();

  // The application opens only after the declaration of no conflict.
  await expect(as.getByRole('region', { name: e('tr', 'declaration.title') })).toBeVisible();
  await expect(as.getByRole('region', { name: e('tr', 'assess.application') })).toHaveCount(0);
  await expectAccessible(as, 'declaration (assessor, tr)');
  await as.getByRole('button', { name: e('tr', 'declaration.noConflict') }).click();
  // The whole application as submitted: the authorities, the budget and the attachments, read-only.
  const application = as.getByRole('region', { name: e('tr', 'assess.application') });
  await expect(application).toBeVisible();
  await expect(application.getByRole('region', { name: e('tr', 'assess.authorities') })).toBeVisible();
  await expect(application.getByRole('region', { name: applicationsTr.applications.budget.title })).toBeVisible();
  await expect(application.getByRole('region', { name: applicationsTr.applications.files.title })).toBeVisible();
  await expect(application.getByRole('textbox')).toHaveCount(0);
  const sheet = as.getByRole('region', { name: e('tr', 'sheet.title') });

  // Submitting asks first, saying what follows; an empty sheet is then refused, naming the gaps criterion by criterion.
  await sheet.getByRole('button', { name: e('tr', 'sheet.submit') }).click();
  const dialog = as.getByRole('dialog');
  await expect(dialog.getByText(e('tr', 'submitSheet.final'))).toBeVisible();
  await expectAccessible(as, 'score sheet submit confirmation (assessor, tr)');
  await dialog.getByRole('button', { name: e('tr', 'submitSheet.confirm') }).click();
  await expect(sheet.getByRole('alert')).toBeVisible();
  await expect(sheet.getByText(e('tr', 'errors.required')).first()).toBeVisible();

  // Every criterion scored with a comment; the section totals follow; a draft saves, then the sheet goes in.
  const scores = sheet.getByRole('textbox', { name: startOf('tr', 'sheet.scoreOf') });
  const comments = sheet.getByRole('textbox', { name: startOf('tr', 'sheet.commentOf') });
  const n = await scores.count();
  expect(n).toBeGreaterThan(3);
  for (let i = 0; i < n; i++) {
    await scores.nth(i).fill('3');
    await comments.nth(i).fill('Gerekçeli değerlendirme yorumu.');
  }
  const call = (await (await as.request.get(`/api/calls/${await callId(as, OPEN_CALL)}`)).json()) as { rules: { grid: { sections: { criteria: { maxScore: number; weight: number }[] }[] } } };
  const criteria = call.rules.grid.sections.flatMap((s) => s.criteria);
  const total = e('tr', 'sheet.sectionTotal', { points: criteria.reduce((sum, c) => sum + 3 * c.weight, 0), max: criteria.reduce((sum, c) => sum + c.maxScore * c.weight, 0) });
  await expect(sheet.locator('tfoot')).toContainText(total);
  await sheet.getByRole('button', { name: e('tr', 'sheet.save') }).click();
  await expect(as.getByText(e('tr', 'sheet.savedNote'))).toBeVisible();
  await expectAccessible(as, 'score sheet (assessor, tr)');
  await sheet.getByRole('button', { name: e('tr', 'sheet.submit') }).click();
  await as.getByRole('dialog').getByRole('button', { name: e('tr', 'submitSheet.confirm') }).click();
  await expect(sheet.getByText(e('tr', 'sheet.readOnly'))).toBeVisible();
  await expect(sheet.getByRole('button', { name: e('tr', 'sheet.submit') })).toHaveCount(0);
  await as.context().close();

  // The programme manager opens the call's evaluation and the committee view of that application.
  const pm = await signedIn(browser, 'manager@twinbridge.demo', 'en', { pinLanguage: true });
  await pm.goto(`/grants/calls/${await callId(pm, OPEN_CALL)}`);
  await pm.getByRole('link', { name: e('en', 'call.heading') }).click();
  await expect(pm.getByRole('heading', { level: 1, name: e('en', 'call.title', { reference: OPEN_CALL }) })).toBeVisible();
  await pm.getByRole('button', { name: new RegExp(`^${escape(scored)}`) }).click();
  const sheets = pm.getByRole('table', { name: e('en', 'committee.sheetsCaption', { reference: scored }) });
  await expect(sheets).toBeVisible();
  await expect(sheets.getByText(e('en', 'status.submitted')).first()).toBeVisible();
  await expect(pm.getByRole('region', { name: e('en', 'consensus.title') })).toBeVisible();
  // No award before the committee's evaluation report is approved: the call has no committee yet, so the manager is asked to appoint one.
  await expect(pm.getByRole('region', { name: e('en', 'ranking.title') }).getByText(e('en', 'ranking.awaitsReport'))).toBeVisible();
  const board = pm.getByRole('region', { name: e('en', 'board.title') });
  await expect(board.getByText(e('en', 'board.none'))).toBeVisible();
  await expect(board.getByRole('button', { name: e('en', 'board.appoint') })).toBeVisible();
  await expectAccessible(pm, 'call evaluation with the committee view (manager, en)');
  await pm.context().close();
});

test('the manager opens a settled award of the awarded demo call: payments approved by a second manager, reports due and the ledger', async ({ browser }) => {
  const pm = await signedIn(browser, 'manager@twinbridge.demo', 'en', { pinLanguage: true });
  const id = await callId(pm, AWARDED_CALL);
  const projects = ((await (await pm.request.get('/api/projects')).json()) as { items: { id: string; callId: string; status: string }[] }).items;
  // Every demo contract ended in 2020: none sits 'contracted' for ever; each was settled.
  expect(projects.filter((p) => p.callId === id && p.status === 'contracted')).toEqual([]);
  const closed = projects.find((p) => p.callId === id && p.status === 'closed')!;
  await pm.goto(`/grants/projects/${closed.id}`);
  await pm.getByRole('link', { name: e('en', 'award.open') }).click();
  await expect(pm).toHaveURL(new RegExp(`/grants/awards/${closed.id}$`));
  const payments = pm.getByRole('region', { name: e('en', 'award.payments') });
  await expect(payments.getByRole('cell', { name: e('en', 'payment.pre_financing') }).first()).toBeVisible();
  await expect(payments.getByRole('cell', { name: e('en', 'payment.status.paid') }).first()).toBeVisible();
  await expect(pm.getByRole('region', { name: e('en', 'schedule.title') }).getByRole('cell', { name: e('en', 'schedule.done') }).first()).toBeVisible();
  await expect(pm.getByRole('region', { name: e('en', 'award.contract') }).getByText(e('en', 'award.rate'))).toBeVisible();
  await expect(pm.getByRole('region', { name: e('en', 'ledger.title') }).getByText(/€/).first()).toBeVisible();
  await expect(pm.getByRole('region', { name: e('en', 'report.title') })).toBeVisible();
  await expectAccessible(pm, 'award page (manager, en)');
});
