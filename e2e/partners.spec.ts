import { expect, test, type Page } from '@playwright/test';
import { displayName, displayNameText } from '../shared/authorityNames';
import { expectAccessible, newOfficer, signedIn, t } from './support';

const ISTANBUL = 'TR-BSB-34';
// İstanbul's recommendations leave out its existing twins, Köln among them; München is a German
// city over a million people with no twinning with İstanbul in the loaded lists.
const PARTNER = 'DE_09162000';
const PARTNER_PASSWORD = 'muenchen-officer-2026';

/** Pick an option of a segmented control (its radio is visually hidden: click its label). */
async function chooseSegment(page: Page, name: string): Promise<void> {
  const id = await page.getByRole('radio', { name, exact: true }).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

/** A country's name as the UI shows it (Intl display names, like the app's formatter). */
const countryName = (lang: 'en' | 'tr', code: string) => new Intl.DisplayNames([lang], { type: 'region' }).of(code)!;


test('İstanbul finds a partner in its recommendations and approaches it from the card; the partner accepts from the notification and replies; İstanbul reads the reply', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const partner = await newOfficer(baseURL!, { code: PARTNER, notTwinnedWith: ISTANBUL, person: 'Lukas Huber', password: PARTNER_PASSWORD });
  const istanbul = await signedIn(browser, 'istanbul@twinbridge.demo', 'tr');
  // A Turkish reader sees München by its Turkish name (Münih), the national one beside it.
  const named = { code: PARTNER, ...((await (await istanbul.request.get(`/api/authorities/${PARTNER}`)).json()) as { name: string; nameLatin: string | null }) };
  const trLabel = displayName(named, 'tr').label;
  const trName = displayNameText(named, 'tr');

  // Recommended partners of the officer's own authority, each with its reasons.
  await istanbul.goto('/partners');
  await expect(istanbul.getByRole('heading', { level: 1, name: t('tr', 'partners.title') })).toBeVisible();
  await expect(istanbul.getByRole('heading', { level: 2, name: t('tr', 'partners.tabs.recommended') })).toBeVisible();
  const first = istanbul.getByRole('listitem').filter({ hasText: t('tr', 'partners.recommended.why') }).first();
  await expect(first).toBeVisible({ timeout: 30_000 });
  await expect(first.getByRole('listitem').first()).not.toBeEmpty();
  await expect(first.getByRole('button', { name: new RegExp(t('tr', 'partners.interest.sendTo', { name: '.+' })) })).toBeVisible();
  await expectAccessible(istanbul, 'recommended partners (tr)');

  // Narrow the candidates with the filters: German cities of at least a million people.
  const germany = countryName('tr', 'DE');
  const country = istanbul.getByRole('textbox', { name: t('tr', 'directory.country'), exact: true });
  await country.click();
  await country.fill(germany);
  await istanbul.getByRole('option', { name: germany, exact: true }).click();
  await expect(istanbul).toHaveURL(/[?&]country=DE\b/);
  const minPopulation = istanbul.getByRole('textbox', { name: t('tr', 'directory.minPopulation'), exact: true });
  await minPopulation.fill('1000000');
  await minPopulation.press('Enter');
  await expect(istanbul).toHaveURL(/[?&]minPopulation=1000000\b/);
  const card = istanbul.getByRole('listitem').filter({ has: istanbul.getByRole('link', { name: trLabel, exact: true }) });
  await expect(card).toBeVisible();
  await expect(card.getByText(germany, { exact: true })).toBeVisible();
  await expectAccessible(istanbul, 'filtered recommendations (tr)');

  // Send the expression of interest from the partner's card.
  await card.getByRole('button', { name: t('tr', 'partners.interest.sendTo', { name: trName }) }).click();
  const dialog = istanbul.getByRole('dialog', { name: t('tr', 'partners.interest.title', { name: trName }) });
  await expect(dialog).toBeVisible();
  const message = `Merhaba! İstanbul olarak iklim ve kültür alanında birlikte çalışmak istiyoruz. ${Date.now()}`;
  await dialog.getByLabel(t('tr', 'partners.interest.message')).fill(message);
  await expectAccessible(istanbul, 'expression of interest form (tr)');
  await dialog.getByRole('button', { name: t('tr', 'partners.interest.send'), exact: true }).click();
  await expect(istanbul.getByText(t('tr', 'partners.interest.sentTitle'), { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();

  // The profile offers the same approach (its button only; the approach above is the one sent).
  await card.getByRole('link', { name: trLabel, exact: true }).click();
  await expect(istanbul).toHaveURL(new RegExp(`/authorities/${PARTNER}$`));
  await expect(istanbul.getByRole('heading', { level: 1 })).toContainText(trLabel);
  await expect(istanbul.getByRole('link', { name: t('tr', 'profile.recommendedPartners') })).toBeVisible();
  await expect(istanbul.getByRole('button', { name: t('tr', 'partners.interest.button') })).toBeVisible();
  await expectAccessible(istanbul, 'partner profile with actions (tr)');

  // The partner's officer sees the notification and accepts in the inbox.
  const other = await signedIn(browser, partner.email, 'en', { password: PARTNER_PASSWORD });
  const bell = other.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const note = other.getByRole('menuitem', { name: new RegExp(t('en', 'notifications.kind.eoi_received', { name: 'İstanbul.*' })) });
  await expect(note.first()).toBeVisible();
  await expectAccessible(other, 'notification menu (en)');
  await note.first().click();
  await expect(other).toHaveURL(/\/partners\/inbox/);
  const eoi = other.getByRole('listitem').filter({ hasText: message });
  await expect(eoi).toBeVisible();
  await expectAccessible(other, 'inbox (en)');
  await eoi.getByRole('button', { name: /^Accept the expression of interest from/ }).click();
  await expect(eoi.getByText(t('en', 'partners.inbox.status.accepted'))).toBeVisible();
  await eoi.getByRole('link', { name: /^Open the conversation with/ }).click();
  await expect(other).toHaveURL(/\/partners\/conversations\/[0-9a-f-]+$/);
  await expect(other.getByRole('heading', { level: 2 })).toContainText('İstanbul');

  // The partner replies with a small text file attached.
  const reply = `Hello İstanbul, München is glad to talk. Here is our outline. ${Date.now()}`;
  await other.getByLabel(t('en', 'partners.conversations.message')).fill(reply);
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: t('en', 'partners.files.attach') }).click();
  await (await chooser).setFiles({ name: 'outline.txt', mimeType: 'text/plain', buffer: Buffer.from('Climate and culture, 2026-2027') });
  await expect(other.getByText('outline.txt')).toBeVisible();
  await expectAccessible(other, 'conversation with a file to send (en)');
  await other.getByRole('button', { name: t('en', 'partners.conversations.send') }).click();
  await expect(other.getByText(reply)).toBeVisible();
  await expect(other.getByRole('link', { name: 'outline.txt' })).toBeVisible();
  await expectAccessible(other, 'conversation after the reply (en)');

  // İstanbul is told and reads the reply in the conversation.
  await istanbul.goto('/partners/conversations');
  await expectAccessible(istanbul, 'conversations (tr)');
  await istanbul.getByRole('link', { name: new RegExp(trLabel) }).first().click();
  await expect(istanbul.getByText(reply)).toBeVisible();
  await expect(istanbul.getByRole('link', { name: 'outline.txt' })).toHaveAttribute('href', /\/api\/conversations\/.+\/attachments\//);
  await expectAccessible(istanbul, 'conversation (tr)');
  await istanbul.reload();
  await expect(istanbul.getByRole('button', { name: /^Bildirimler, \d+ okunmamış$/ })).toBeVisible();
});

test('the partner-request board: publish, find on the board and the map, close', async ({ browser }) => {
  const koln = await signedIn(browser, 'koln@twinbridge.demo', 'en');
  await koln.goto('/partners/requests');
  // The demo's seeded requests are on the board, each marked as demo.
  await expect(koln.getByRole('listitem').filter({ hasText: t('en', 'partners.requests.demo') }).first()).toBeVisible();
  await expectAccessible(koln, 'request board (en)');
  await koln.getByRole('link', { name: t('en', 'partners.requests.new') }).click();
  await expect(koln).toHaveURL(/\/partners\/requests\/new/);
  const title = `Climate partner on the Bosphorus ${Date.now()}`;
  await koln.getByLabel(t('en', 'partners.form.title')).fill(title);
  await koln.getByRole('textbox', { name: t('en', 'partners.form.themes') }).click();
  await koln.getByRole('option', { name: t('en', 'themes.climate_change') }).click();
  await koln.keyboard.press('Escape');
  await koln.getByLabel(t('en', 'profile.edit.descriptionEn')).fill('Köln looks for a Turkish city to share climate adaptation work.');
  await expectAccessible(koln, 'new request form (en)');
  await koln.getByRole('button', { name: t('en', 'partners.form.publish') }).click();
  await expect(koln).toHaveURL(/\/partners\/requests$/);
  const card = koln.getByRole('listitem').filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByText(t('en', 'themes.climate_change'))).toBeVisible();

  await chooseSegment(koln, t('en', 'partners.requests.viewMap'));
  await expect(koln).toHaveURL(/view=map/);
  await expect(koln.getByRole('img', { name: /partner requests/ })).toBeVisible();
  await expectAccessible(koln, 'request map (en)');

  await chooseSegment(koln, t('en', 'partners.requests.viewList'));
  await card.getByRole('button', { name: `Close request ${title}` }).click();
  await expect(card).toHaveCount(0);
});

test('İstanbul answers Köln\'s partner request from the board; Köln finds the answer in its inbox', async ({ browser }) => {
  // Köln publishes a request (through the API: the board test covers the form).
  const koln = await signedIn(browser, 'koln@twinbridge.demo', 'en');
  const { csrfToken } = (await (await koln.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const title = `Culture exchange on the Rhine ${Date.now()}`;
  const made = await koln.request.post('/api/partner-requests', {
    data: { title, themes: ['culture'], descriptionEn: 'Köln looks for a Turkish city for a yearly exchange of artists.' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(made.status()).toBe(201);
  const { id } = (await made.json()) as { id: string };

  // İstanbul's officer answers it from its card on the board.
  const istanbul = await signedIn(browser, 'istanbul@twinbridge.demo', 'tr');
  await istanbul.goto('/partners/requests');
  const request = istanbul.getByRole('listitem').filter({ hasText: title });
  await expect(request).toBeVisible();
  await expectAccessible(istanbul, 'request board (tr)');
  await request.getByRole('button', { name: t('tr', 'partners.requests.answerNamed', { title }) }).click();
  const dialog = istanbul.getByRole('dialog', { name: /Köln/ });
  await expect(dialog.getByRole('textbox', { name: t('tr', 'partners.interest.request') })).toHaveValue(title);
  const message = `Merhaba Köln! Sanatçı değişimi talebinize İstanbul olarak katılmak isteriz. ${Date.now()}`;
  await dialog.getByLabel(t('tr', 'partners.interest.message')).fill(message);
  await expectAccessible(istanbul, 'answering a request (tr)');
  await dialog.getByRole('button', { name: t('tr', 'partners.interest.send'), exact: true }).click();
  await expect(istanbul.getByText(t('tr', 'partners.interest.sentTitle'), { exact: true })).toBeVisible();

  // Köln's inbox shows it as an answer to a request; Köln declines, so no approach stays pending.
  await koln.goto('/partners/inbox');
  const eoi = koln.getByRole('listitem').filter({ hasText: message });
  await expect(eoi).toBeVisible();
  await expect(eoi.getByText(new RegExp(t('en', 'partners.inbox.fromName', { name: 'İstanbul.*' })))).toBeVisible();
  await expect(eoi).toContainText(`${t('en', 'partners.inbox.answersRequest')}: “${title}”`);
  await expectAccessible(koln, 'inbox with an answer to a request (en)');
  await eoi.getByRole('button', { name: /^Decline the expression of interest from/ }).click();
  await expect(eoi.getByText(t('en', 'partners.inbox.status.declined'))).toBeVisible();

  const closed = await koln.request.patch(`/api/partner-requests/${id}`, { data: { status: 'closed' }, headers: { 'x-csrf-token': csrfToken } });
  expect(closed.status()).toBe(200);

  // The admin oversees the approaches of all authorities, read-only.
  const admin = await signedIn(browser, 'admin@twinbridge.demo', 'tr', { pinLanguage: true });
  await admin.goto('/partners/inbox');
  await expect(admin.getByRole('heading', { name: new RegExp(t('tr', 'partners.inbox.all_other', { count: '0' }).replace('(0)', '\\(\\d+\\)')) })).toBeVisible();
  const overseen = admin.getByRole('listitem').filter({ hasText: message });
  await expect(overseen.getByText(new RegExp(`^İstanbul.* → Köln`))).toBeVisible();
  await expect(overseen.getByRole('button')).toHaveCount(0);
  await expectAccessible(admin, 'all expressions of interest, for the admin (tr)');
});

test('an empty list of recommendations says why and offers the list without the filter that empties it', async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  // No EU authority has five million people: the population range alone leaves nobody.
  await page.goto(`/partners?authority=${ISTANBUL}&country=LU&minPopulation=5000000`);
  await expect(page.getByText(t('en', 'partners.recommended.emptyWhy.population'))).toBeVisible({ timeout: 30_000 });
  const remove = page.getByRole('button', { name: new RegExp(`^Remove “${t('en', 'partners.recommended.emptyWhy.populationLabel')}”: \\d+ candidates?$`) });
  await expectAccessible(page, 'empty recommendations (en)');
  await remove.click();
  await expect(page).not.toHaveURL(/minPopulation/);
  await expect(page.getByRole('listitem').filter({ hasText: t('en', 'partners.recommended.why') }).first()).toBeVisible();
});
