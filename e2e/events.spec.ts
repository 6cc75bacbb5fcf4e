import { expect, test, type Page } from '@playwright/test';
import { pdfLines } from '../server/platform/pdf.testkit';
import { toZonedLocal } from '../shared/zoned';
import eventsEn from '../web/src/i18n/events.en.json' with { type: 'json' };
import eventsTr from '../web/src/i18n/events.tr.json' with { type: 'json' };
import { expectAccessible, signedIn, t } from './support';

// Trainings and events (issue 14): a manager publishes a one-seat training through the form; a first
// person takes the seat, a second waits; the first cancels and the second is moved up; the organiser
// marks attendance and the attendee downloads a PDF certificate. Axe on the list, the calendar, the
// form, the edit form, the event page (with its comments) and the organiser's tools; the first
// participant reads it all in Turkish.

type Tree = { [key: string]: string | Tree };

/** A string of the events dictionary (events.{en,tr}.json). */
function ev(lang: 'en' | 'tr', key: string, vars: Record<string, string> = {}): string {
  let node: string | Tree = (lang === 'en' ? eventsEn : eventsTr) as Tree;
  for (const part of `events.${key}`.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No ${lang} string events.${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a string`);
  return Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), node);
}

const ZONE = 'Europe/Istanbul';
const TITLE = `Project cycle management ${Date.now()}`;

/** The manager fills the creation form: started an hour ago (so attendance can be marked), registration open two more hours. */
async function publish(page: Page): Promise<string> {
  const now = Date.now();
  const local = (ms: number) => toZonedLocal(new Date(ms).toISOString(), ZONE);
  await page.goto('/events/new');
  await expect(page.getByRole('heading', { level: 1, name: ev('en', 'create.title') })).toBeVisible();
  await expectAccessible(page, 'the creation form');
  await page.getByRole('button', { name: ev('en', 'create.submit') }).click();
  await expect(page.getByText(ev('en', 'form.problems.address_required'))).toBeVisible();
  await expectAccessible(page, 'the creation form with its problems shown');
  await page.getByLabel(ev('en', 'form.titleEn')).fill(TITLE);
  await page.getByLabel(ev('en', 'form.titleTr')).fill('Proje döngüsü yönetimi');
  await page.getByLabel(ev('en', 'form.descriptionEn')).fill('Planning, monitoring and reporting an EU-funded project.');
  await page.getByLabel(ev('en', 'form.startsAt'), { exact: true }).fill(local(now - 3_600_000));
  await page.getByLabel(ev('en', 'form.endsAt'), { exact: true }).fill(local(now + 3 * 3_600_000));
  await page.getByLabel(ev('en', 'form.deadline')).fill(local(now + 2 * 3_600_000));
  await page.getByLabel(ev('en', 'form.capacity')).fill('1');
  await page.getByText(ev('en', 'place.online'), { exact: true }).click();
  await page.getByLabel(ev('en', 'form.link')).fill('https://meet.example.org/pcm');
  await page.getByRole('checkbox', { name: 'Environment' }).check();
  await page.getByRole('button', { name: ev('en', 'create.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const id = /\/events\/([^/?#]+)$/.exec(page.url())?.[1];
  expect(id, 'the form leads to the new event').toBeTruthy();
  return id!;
}

test('a training fills up, the waiting person moves up on a cancellation and downloads a certificate after attendance', async ({ browser }) => {
  const manager = await signedIn(browser, 'manager@twinbridge.demo', 'en');
  const id = await publish(manager);
  await expect(manager.getByText('1 seat left of 1')).toBeVisible();
  await expectAccessible(manager, 'the event page with the organiser’s tools');

  // The organiser edits it in the same form, filled with the event: the description changes, the rest stays.
  await manager.getByRole('link', { name: ev('en', 'edit.button') }).click();
  await expect(manager.getByRole('heading', { level: 1, name: ev('en', 'edit.title') })).toBeVisible();
  await expect(manager.getByLabel(ev('en', 'form.titleEn'))).toHaveValue(TITLE);
  await expectAccessible(manager, 'the edit form');
  await manager.getByLabel(ev('en', 'form.descriptionEn')).fill('Planning, monitoring and reporting an EU-funded project, with exercises.');
  await manager.getByRole('button', { name: ev('en', 'edit.submit') }).click();
  await expect(manager.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(manager.getByText('Planning, monitoring and reporting an EU-funded project, with exercises.')).toBeVisible();
  await expect(manager.getByText('1 seat left of 1')).toBeVisible();

  // The first person (a Turkish reader) takes the only seat.
  const first = await signedIn(browser, 'citizen@twinbridge.demo', 'tr');
  await first.goto(`/events/${id}`);
  await first.getByRole('button', { name: ev('tr', 'registration.register') }).click();
  await expect(first.getByRole('status').filter({ hasText: ev('tr', 'registration.doneRegistered') })).toBeVisible();
  await expect(first.getByText(ev('tr', 'registration.registered'))).toBeVisible();
  // A registered participant sees the online link.
  await expect(first.getByRole('link', { name: 'https://meet.example.org/pcm' })).toBeVisible();
  await expectAccessible(first, 'the event page in Turkish, registered');

  // The second waits, first on the list.
  const second = await signedIn(browser, 'koln@twinbridge.demo', 'en');
  await second.goto(`/events/${id}`);
  await expect(second.getByText(ev('en', 'place.linkForRegistered'), { exact: false })).toBeVisible();
  await second.getByRole('button', { name: ev('en', 'registration.joinWaiting') }).click();
  await expect(second.getByRole('status').filter({ hasText: ev('en', 'registration.doneWaiting') })).toBeVisible();
  await expect(second.getByText(ev('en', 'registration.waiting', { position: '1' }))).toBeVisible();

  // The first cancels; the second is moved up.
  await first.getByRole('button', { name: ev('tr', 'registration.cancel') }).click();
  await expect(first.getByRole('status').filter({ hasText: ev('tr', 'registration.doneCancelled') })).toBeVisible();
  await second.reload();
  await expect(second.getByText(ev('en', 'registration.registered'))).toBeVisible();

  // The organiser marks attendance.
  await manager.reload();
  const participants = manager.getByRole('table', { name: ev('en', 'organiser.participants') });
  await expect(participants.getByRole('row').filter({ hasText: 'Demo Citizen' })).toContainText(ev('en', 'organiser.statuses.cancelled'));
  await participants.getByRole('checkbox', { name: ev('en', 'organiser.attendedLabel', { name: 'Jonas Becker' }) }).check();
  await manager.getByRole('button', { name: ev('en', 'organiser.saveAttendance') }).click();
  await expect(manager.getByRole('status').filter({ hasText: ev('en', 'organiser.attendanceSaved') })).toBeVisible();
  await expectAccessible(manager, 'the organiser’s tools after marking attendance');

  // The attendee downloads the certificate: a PDF.
  await second.reload();
  await expect(second.getByText(ev('en', 'registration.attended'))).toBeVisible();
  const link = second.getByRole('link', { name: ev('en', 'certificate.download') });
  const href = await link.getAttribute('href');
  expect(href).toBe(`/api/events/${id}/certificate?lang=en`);
  const res = await second.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  const pdf = await res.body();
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Read through the embedded font's ToUnicode map, as a PDF reader does (the text is drawn in glyph codes).
  const text = (await pdfLines(pdf)).join('\n');
  expect(text).toContain('Jonas Becker');

  // Anyone can check the certificate's code on the public verification page.
  const code = /TB-[A-Z0-9]{12}/.exec(text)?.[0];
  expect(code, 'the certificate prints its verification code').toBeTruthy();
  // Axe needs a page of a context of its own (browser.newPage() is refused).
  const visitor = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByText(ev('en', 'verify.valid'))).toBeVisible();
  await expect(visitor.getByRole('table', { name: ev('en', 'verify.details') })).toContainText('Jonas Becker');
  await expect(visitor.getByRole('link', { name: TITLE })).toBeVisible();
  await expectAccessible(visitor, 'the verification page');
  await visitor.context().close();
  await Promise.all([manager.context().close(), first.context().close(), second.context().close()]);
});

test('the events list and its month calendar are accessible and reachable from the keyboard', async ({ browser }) => {
  const page = await signedIn(browser, 'koln@twinbridge.demo', 'en');
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1, name: ev('en', 'title') })).toBeVisible();
  await expect(page.getByRole('article').or(page.getByText(ev('en', 'none'))).first()).toBeVisible();
  await expectAccessible(page, 'the events list');
  await page.getByText(ev('en', 'view.calendar'), { exact: true }).click();
  const calendar = page.getByRole('table');
  await expect(calendar.getByRole('columnheader').first()).toContainText('Monday');
  await expectAccessible(page, 'the month calendar');
  // Keyboard: the month buttons and the events are in the tab order.
  await page.getByRole('button', { name: ev('en', 'calendar.next') }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  await page.context().close();
});

test('the header keeps the new Events entry and the account menu whole on a laptop screen, in both languages', async ({ browser }) => {
  for (const [email, lang] of [['citizen@twinbridge.demo', 'tr'], ['koln@twinbridge.demo', 'en']] as const) {
    const page = await signedIn(browser, email, lang);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/events');
    const nav = page.getByRole('banner').getByRole('navigation', { name: t(lang, 'nav.main') });
    await expect(nav.getByRole('link', { name: t(lang, 'nav.events') })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: new RegExp(t(lang, 'nav.accountMenu')) })).toBeInViewport({ ratio: 1 });
    await page.context().close();
  }
});
