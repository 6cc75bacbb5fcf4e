import { expect, test } from '@playwright/test';
import conflictsEn from '../web/src/i18n/conflicts.en.json' with { type: 'json' };
import { apiAs, openConsultation, p } from './consultations';
import { expectAccessible } from './support';

// Anonymous answers (issue 13, "Who answers"): a signed-out reader answers a public consultation with
// an e-mail address, opens the one-time link the platform mailed, and the answer counts; the same
// link a second time records nothing. Axe on the form and the confirm page.
//
// The link is read where every platform mail lands without SMTP: the outbox, through the admin's
// own route (GET /api/admin/outbox, as the demo admin) — no test-only route.

/** The manager opens a public consultation, open now: one question and one statement. */
async function publicConsultation(baseURL: string): Promise<string> {
  const { id } = await openConsultation(baseURL, {
    title: { tr: 'Liman meydanı', en: 'Harbour square' },
    description: { tr: 'Meydan neye ev sahipliği yapmalı?', en: 'What should the square host?' },
    allowNewStatements: false,
    questions: [{ kind: 'single', prompt: { tr: 'Ana kullanım', en: 'Main use' }, required: true, options: [{ tr: 'Pazar', en: 'Market' }, { tr: 'Konserler', en: 'Concerts' }] }],
    statements: ['Keep the square free of cars'],
  });
  return id;
}

/** The path of the confirmation link in the newest mail to `to`, read from the outbox as the admin. */
async function mailedLink(baseURL: string, to: string): Promise<string> {
  const admin = await apiAs(baseURL, 'admin@twinbridge.demo');
  const res = await admin.api.get('/api/admin/outbox', { params: { limit: 50 } });
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: { to: string; body: string }[] };
  await admin.api.dispose();
  const mail = items.find((m) => m.to === to);
  expect(mail, `a mail to ${to}`).toBeTruthy();
  const path = mail!.body.match(/https?:\/\/[^/\s]+(\/consultations\/[0-9a-f-]{36}\/confirm\?token=\S+)/)?.[1];
  expect(path, 'a confirmation link in the mail').toBeTruthy();
  return path!;
}

test('a signed-out reader answers a public consultation, confirms by the mailed link, and is counted', async ({ browser, baseURL }) => {
  const id = await publicConsultation(baseURL!);
  const email = `anon.${Date.now()}@example.org`;
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => localStorage.setItem('tb.lang', 'en'));
  const page = await context.newPage();

  await page.goto(`/consultations/${id}`);
  await expect(page.getByText(p('en', 'results.intro_other', { formatted: '0' }))).toBeVisible();
  const address = page.getByRole('textbox', { name: p('en', 'anonymous.emailLabel') });
  await expect(address).toBeVisible();
  await expect(page.getByText(p('en', 'anonymous.notKept'))).toBeVisible();
  await page.getByLabel(p('en', 'group')).first().click();
  await page.getByRole('option', { name: p('en', 'groups.citizen') }).click();
  await page.getByRole('radio', { name: p('en', 'sides.TR'), exact: true }).check();
  await page.getByRole('radio', { name: 'Concerts', exact: true }).check();
  await page.getByRole('radio', { name: p('en', 'votes.agree'), exact: true }).check();
  await address.fill(email);
  await expectAccessible(page, 'the answer form, signed out');

  await page.getByRole('button', { name: p('en', 'form.send') }).click();
  await expect(page.getByText(p('en', 'anonymous.sentTitle'))).toBeVisible();
  await expect(page.getByRole('button', { name: p('en', 'form.send') })).toHaveCount(0);

  const link = await mailedLink(baseURL!, email);
  await page.goto(link);
  await expect(page.getByText(p('en', 'confirm.doneTitle'))).toBeVisible();
  await expect(page.getByText(p('en', 'confirm.done_one', { count: '1' }))).toBeVisible();
  await expectAccessible(page, 'the confirm page');

  // The link works once: opened again, it says so and records nothing.
  await page.reload();
  await expect(page.getByText(conflictsEn.conflicts.confirmation_used)).toBeVisible();
  await expectAccessible(page, 'the confirm page of a used link');

  await page.getByRole('link', { name: p('en', 'confirm.back') }).click();
  await expect(page.getByText(p('en', 'results.intro_one', { formatted: '1' }))).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
  await context.close();
});
