import { expect, request, test } from '@playwright/test';
import participationEn from '../web/src/i18n/participation.en.json' with { type: 'json' };
import conflictsEn from '../web/src/i18n/conflicts.en.json' with { type: 'json' };
import { DEMO_PASSWORD, expectAccessible } from './support';

// Anonymous answers (issue 13, "Who answers"): a signed-out reader answers a public consultation with
// an e-mail address, opens the one-time link the platform mailed, and the answer counts; the same
// link a second time records nothing. Axe on the form and the confirm page.
//
// The link is read where every platform mail lands without SMTP: the outbox, through the admin's
// own route (GET /api/admin/outbox, as the demo admin) — no test-only route.

type Tree = { [key: string]: string | Tree };

/** A string of the participation dictionary, with its {{variables}} filled. */
function p(key: string, vars: Record<string, string> = {}): string {
  let node: string | Tree = participationEn as Tree;
  for (const part of `participation.${key}`.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No en string participation.${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), node);
}

async function signedInApi(baseURL: string, email: string) {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/auth/signin', { data: { email, password: DEMO_PASSWORD } });
  expect(res.status(), `sign in ${email}`).toBe(200);
  return { api, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** The manager opens a public consultation, open now: one question and one statement. */
async function publicConsultation(baseURL: string): Promise<string> {
  const manager = await signedInApi(baseURL, 'manager@twinbridge.demo');
  const now = Date.now();
  const res = await manager.api.post('/api/consultations', {
    headers: { 'x-csrf-token': manager.csrf },
    data: {
      title: { tr: 'Liman meydanı', en: 'Harbour square' },
      description: { tr: 'Meydan neye ev sahipliği yapmalı?', en: 'What should the square host?' },
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 7 * 86_400_000).toISOString(),
      audience: 'public',
      allowNewStatements: false,
      questions: [{ kind: 'single', prompt: { tr: 'Ana kullanım', en: 'Main use' }, required: true, options: [{ tr: 'Pazar', en: 'Market' }, { tr: 'Konserler', en: 'Concerts' }] }],
      statements: ['Keep the square free of cars'],
    },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await manager.api.dispose();
  return id;
}

/** The path of the confirmation link in the newest mail to `to`, read from the outbox as the admin. */
async function mailedLink(baseURL: string, to: string): Promise<string> {
  const admin = await signedInApi(baseURL, 'admin@twinbridge.demo');
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
  await expect(page.getByText(p('results.intro_other', { formatted: '0' }))).toBeVisible();
  const address = page.getByRole('textbox', { name: p('anonymous.emailLabel') });
  await expect(address).toBeVisible();
  await expect(page.getByText(p('anonymous.notKept'))).toBeVisible();
  await page.getByLabel(p('group')).first().click();
  await page.getByRole('option', { name: p('groups.citizen') }).click();
  await page.getByRole('radio', { name: p('sides.TR'), exact: true }).check();
  await page.getByRole('radio', { name: 'Concerts', exact: true }).check();
  await page.getByRole('radio', { name: p('votes.agree'), exact: true }).check();
  await address.fill(email);
  await expectAccessible(page, 'the answer form, signed out');

  await page.getByRole('button', { name: p('form.send') }).click();
  await expect(page.getByText(p('anonymous.sentTitle'))).toBeVisible();
  await expect(page.getByRole('button', { name: p('form.send') })).toHaveCount(0);

  const link = await mailedLink(baseURL!, email);
  await page.goto(link);
  await expect(page.getByText(p('confirm.doneTitle'))).toBeVisible();
  await expect(page.getByText(p('confirm.done_one', { count: '1' }))).toBeVisible();
  await expectAccessible(page, 'the confirm page');

  // The link works once: opened again, it says so and records nothing.
  await page.reload();
  await expect(page.getByText(conflictsEn.conflicts.confirmation_used)).toBeVisible();
  await expectAccessible(page, 'the confirm page of a used link');

  await page.getByRole('link', { name: p('confirm.back') }).click();
  await expect(page.getByText(p('results.intro_one', { formatted: '1' }))).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
  await context.close();
});
