import { expect, test } from '@playwright/test';
import applicationsEn from '../web/src/i18n/applications.en.json' with { type: 'json' };
import applicationsTr from '../web/src/i18n/applications.tr.json' with { type: 'json' };
import grantsEn from '../web/src/i18n/grants.en.json' with { type: 'json' };
import grantsTr from '../web/src/i18n/grants.tr.json' with { type: 'json' };
import { expectAccessible, signedIn, textOf } from './support';

// The demo call holds an application found ineligible (grants.demo.plan.ts): its page tells how and
// by when to ask for a review. The call editor offers the per-call EU share floor, minimum duration
// and excluded authorities (the national union by default).

type Lang = 'en' | 'tr';
const apps = (lang: Lang, key: string) => textOf(lang === 'en' ? applicationsEn : applicationsTr, `applications.${key}`, lang);
const grants = (lang: Lang, key: string) => textOf(lang === 'en' ? grantsEn : grantsTr, `grants.${key}`, lang);

for (const lang of ['en', 'tr'] as const) {
  test(`redress on an ineligible application and the call form's limits (${lang})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const page = await signedIn(browser, 'manager@twinbridge.demo', lang, { pinLanguage: true });
    const listed = (await (await page.request.get('/api/applications?status=ineligible')).json()) as { items: { id: string; reference: string }[] };
    const ineligible = listed.items[0]!;
    await page.goto(`/grants/applications/${ineligible.id}`);
    const redress = page.getByTestId('app-redress');
    await expect(redress).toBeVisible();
    await expect(redress).toContainText(apps(lang, 'check.redress.title'));
    await expect(redress).toContainText(apps(lang, 'check.redress.how'));
    await expectAccessible(page, `ineligible application (${lang})`);

    const programmes = (await (await page.request.get('/api/programmes')).json()) as { items: { id: string }[] };
    await page.goto(`/grants/programmes/${programmes.items[0]!.id}/calls/new`);
    await expect(page.getByRole('textbox', { name: grants(lang, 'editor.fields.minEuShareBp') })).toBeVisible();
    await expect(page.getByRole('textbox', { name: grants(lang, 'editor.fields.minDurationMonths') })).toBeVisible();
    await expect(page.getByText('TR-BIR-TBB', { exact: true })).toBeVisible();
    await expectAccessible(page, `call editor (${lang})`);
    await page.context().close();
  });
}
