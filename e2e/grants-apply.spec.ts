import { expect, request, test } from '@playwright/test';
import applicationsEn from '../web/src/i18n/applications.en.json' with { type: 'json' };
import applicationsTr from '../web/src/i18n/applications.tr.json' with { type: 'json' };
import grantsEn from '../web/src/i18n/grants.en.json' with { type: 'json' };
import grantsTr from '../web/src/i18n/grants.tr.json' with { type: 'json' };
import conflictsEn from '../web/src/i18n/conflicts.en.json' with { type: 'json' };
import { expectAccessible, signedIn } from './support';

// The demo programme's open call TWIN-DEMO/03 holds a draft led by İstanbul with Köln as a
// partner that has not confirmed yet; TWIN-DEMO/02 closed a week ago, and İstanbul's application to
// it waits for the administrative check (server/domains/grants/demo/grants.demo.open.ts).
const REFERENCE = 'TWIN-DEMO/03-001';
const CLOSED = 'TWIN-DEMO/02-001';
const KOLN = 'DE_05315000';

type Tree = { [key: string]: string | Tree };
type Lang = 'en' | 'tr';

/** A string of the applications dictionaries by key below 'applications.' (or a full 'grants.…' key), with {{vars}} filled in. */
function a(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const grants = key.startsWith('grants.');
  const root = grants ? (lang === 'en' ? grantsEn : grantsTr) : lang === 'en' ? applicationsEn : applicationsTr;
  let node: string | Tree = root as Tree;
  for (const part of (grants ? key : `applications.${key}`).split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string ${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), node);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('İstanbul submits a joint application once Köln confirms; the secretariat finds it eligible', async ({ browser, baseURL }) => {
  test.setTimeout(360_000);
  const api = await request.newContext({ baseURL });
  const koln = ((await (await api.get(`/api/authorities/${KOLN}`)).json()) as { name: string }).name;
  await api.dispose();

  // İstanbul's officer (a Turkish account) finds the draft among the authority's applications.
  const ist = await signedIn(browser, 'istanbul@twinbridge.demo', 'tr');
  await ist.goto('/grants/applications');
  await expect(ist.getByRole('heading', { level: 1, name: a('tr', 'list.title') })).toBeVisible();
  const row = ist.getByRole('row').filter({ hasText: REFERENCE });
  await expect(row.getByText(a('tr', 'grants.applicationStatus.draft'))).toBeVisible();
  // The demo call's entry: another spec's call may be open at the same time with an application of İstanbul's.
  const demoCall = ist.getByRole('region', { name: a('tr', 'list.openCalls') }).getByRole('listitem').filter({ hasText: 'TWIN-DEMO/03' });
  await expect(demoCall.getByRole('link', { name: a('tr', 'apply.open') })).toBeVisible();
  await expectAccessible(ist, 'my applications (İstanbul, tr)');

  // The call page offers the authority's own application rather than a second one.
  await demoCall.getByRole('heading').getByRole('link').click();
  const applyBox = ist.getByRole('region', { name: a('tr', 'apply.title') });
  await expect(applyBox.getByText(a('tr', 'apply.haveOne'))).toBeVisible();
  await expectAccessible(ist, 'open call with the applicant box (İstanbul, tr)');
  await applyBox.getByRole('link', { name: a('tr', 'apply.open') }).click();
  await expect(ist).toHaveURL(/\/grants\/applications\/[0-9a-f-]{36}$/);
  const title = ist.getByLabel(a('tr', 'fields.titleEn'));
  await expect(title).toBeVisible();
  const missing = ist.getByRole('region', { name: a('tr', 'missing.title') });
  await expect(missing.getByRole('link', { name: a('tr', 'fields.partner', { name: koln }) })).toBeVisible();
  await expect(missing.getByText(a('tr', 'problems.partner_not_confirmed', { name: koln }))).toBeVisible();
  await expectAccessible(ist, 'draft editor (İstanbul, tr)');

  // An edit is saved on its own, and the status says when.
  await title.fill('Open data and smart mobility: İstanbul and Köln together');
  await expect(ist.getByRole('status').getByText(new RegExp(`^${escape(a('tr', 'save.savedAt', { time: 'TIME' })).replace('TIME', '\\d\\d:\\d\\d')}$`))).toBeVisible();

  // Submitting now is refused, naming the partner that has not confirmed, with a link to it.
  const submit = ist.getByRole('button', { name: a('tr', 'submit.button') });
  await submit.click();
  const refusal = ist.getByRole('alert').filter({ hasText: a('tr', 'problems.partner_not_confirmed', { name: koln }) });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole('link', { name: a('tr', 'fields.partner', { name: koln }) })).toBeVisible();
  await expectAccessible(ist, 'refused submission (İstanbul, tr)');

  // Köln's officer (English) confirms from the list of the authority's applications.
  const kol = await signedIn(browser, 'koln@twinbridge.demo', 'en');
  await kol.goto('/grants/applications');
  const kRow = kol.getByRole('row').filter({ hasText: REFERENCE });
  await expect(kRow.getByText(a('en', 'role.partner'))).toBeVisible();
  await expectAccessible(kol, 'my applications (Köln, en)');
  await kRow.getByRole('button', { name: a('en', 'partner.confirmNamed', { reference: REFERENCE }) }).click();
  await expect(kRow.getByText(a('en', 'partnerState.confirmed'), { exact: true })).toBeVisible();
  await expect(kRow.getByRole('button', { name: a('en', 'partner.confirmNamed', { reference: REFERENCE }) })).toHaveCount(0);

  // İstanbul submits; the application is frozen with its version and submission time.
  await submit.click();
  await expect(ist.getByText(a('tr', 'read.frozenTitle'))).toBeVisible();
  await expect(ist.getByText(`${a('tr', 'header.version', { version: 1 })} · ${a('tr', 'header.submitted')}`)).toContainText(a('tr', 'grants.time.istanbul', { when: '' }).trim());
  await expect(ist.getByRole('region', { name: a('tr', 'versions.title') }).getByText(a('tr', 'versions.n', { version: 1 }))).toBeVisible();
  await expect(ist.getByLabel(a('tr', 'fields.titleEn'))).toHaveCount(0);
  await expect(ist.getByText('Open data and smart mobility: İstanbul and Köln together').first()).toBeVisible();
  await expectAccessible(ist, 'submitted application (İstanbul, tr)');

  // The secretariat's check waits for the deadline: the open call's application is refused for now.
  const mgr = await signedIn(browser, 'manager@twinbridge.demo', 'en');
  await mgr.goto('/grants/applications');
  await expect(mgr.getByRole('heading', { level: 1, name: a('en', 'list.managerTitle') })).toBeVisible();
  await expectAccessible(mgr, 'all applications (manager, en)');
  await mgr.getByRole('link', { name: a('en', 'check.linkNamed', { reference: REFERENCE }) }).click();
  await expect(mgr.getByRole('heading', { level: 1, name: a('en', 'check.titleNamed', { reference: REFERENCE }) })).toBeVisible();
  for (const group of await mgr.getByRole('radiogroup').all()) await group.getByRole('radio', { name: a('en', 'check.answer.yes') }).check();
  await mgr.getByRole('button', { name: a('en', 'check.save') }).click();
  const afterDeadline = conflictsEn.conflicts.deadline_not_passed.split('{{at}}')[1]!;
  await expect(mgr.getByRole('alert').filter({ hasText: afterDeadline })).toBeVisible();
  await expectAccessible(mgr, 'administrative check refused before the deadline (manager, en)');

  // The closed call's application is checked: every item met, on to evaluation.
  await mgr.goto('/grants/applications');
  await mgr.getByRole('link', { name: a('en', 'check.linkNamed', { reference: CLOSED }) }).click();
  await expect(mgr.getByRole('heading', { level: 1, name: a('en', 'check.titleNamed', { reference: CLOSED }) })).toBeVisible();
  await expectAccessible(mgr, 'administrative check (manager, en)');
  for (const group of await mgr.getByRole('radiogroup').all()) await group.getByRole('radio', { name: a('en', 'check.answer.yes') }).check();
  await expect(mgr.getByText(a('en', 'check.outcome.evaluation'))).toBeVisible();
  await mgr.getByRole('button', { name: a('en', 'check.save') }).click();
  await expect(mgr.getByText(a('en', 'grants.applicationStatus.evaluation'), { exact: true }).first()).toBeVisible();
  await expect(mgr.getByRole('button', { name: a('en', 'check.save') })).toHaveCount(0);
  await expectAccessible(mgr, 'administrative check recorded (manager, en)');

  // İstanbul reads the result on that application.
  await ist.goto('/grants/applications');
  await ist.getByRole('row').filter({ hasText: CLOSED }).getByRole('link', { name: CLOSED }).click();
  await expect(ist.getByRole('heading', { level: 2, name: a('tr', 'check.resultTitle') })).toBeVisible();
  await expect(ist.getByText(a('tr', 'check.outcome.evaluation'))).toBeVisible();
  await expect(ist.getByText(a('tr', 'grants.applicationStatus.evaluation'), { exact: true }).first()).toBeVisible();
  await expectAccessible(ist, 'application with its check result (İstanbul, tr)');
});
