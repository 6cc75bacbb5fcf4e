import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, newOfficer, signedIn, t } from './support';

const ISTANBUL = 'TR-BSB-34';
// A mid-size EU town with no twinning with İstanbul in the loaded lists.
const PARTNER = 'BE_24062';
const PARTNER_PASSWORD = 'leuven-officer-2026';


/** The status section of a twinning page. */
const statusPanel = (page: Page, lang: 'en' | 'tr') => page.getByRole('region', { name: t(lang, 'twinnings.lifecycle.title') });

/** A 1×1 PNG for an activity photo. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A tiny valid PDF. */
function pdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
}

test('İstanbul and a new partner take a twinning from proposal to signed; the public sees it and the network', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const partner = await newOfficer(baseURL!, { code: PARTNER, notTwinnedWith: ISTANBUL, person: 'Lotte Peeters', password: PARTNER_PASSWORD });
  const st = (lang: 'en' | 'tr', s: string) => t(lang, `twinnings.status.${s}`);

  // İstanbul's officer (a Turkish account) proposes from the partner's profile.
  const a = await signedIn(browser, 'istanbul@twinbridge.demo', 'tr', { password: DEMO_PASSWORD });
  await a.goto(`/authorities/${PARTNER}`);
  await expect(a.getByRole('heading', { level: 2, name: t('tr', 'twinnings.profile.title') })).toBeVisible();
  const propose = a.getByRole('button', { name: t('tr', 'twinnings.propose.buttonNamed', { name: partner.name }) });
  await expect(propose).toBeVisible();
  await expectAccessible(a, 'partner profile with the proposal button (tr)');
  await propose.click();
  // Proposing cannot be undone alone: a dialog says what happens and who is told, before anything is sent.
  const proposeDialog = a.getByRole('dialog', { name: t('tr', 'twinnings.propose.confirmTitle', { name: partner.name }) });
  await expect(proposeDialog).toContainText(t('tr', 'twinnings.propose.confirmTold', { name: partner.name }));
  await expectAccessible(a, 'proposal confirmation dialog (tr)');
  await proposeDialog.getByRole('button', { name: t('tr', 'twinnings.propose.confirm') }).click();
  await expect(a).toHaveURL(/\/twinnings\/[0-9a-f-]{36}$/);
  const url = new URL(a.url()).pathname;
  await expect(a.getByRole('heading', { level: 1 })).toContainText(partner.name);
  await expect(statusPanel(a, 'tr').getByText(st('tr', 'proposed'), { exact: true })).toBeVisible();
  await expectAccessible(a, 'new twinning (tr)');

  // The proposer cannot take its own proposal on: no button, the page says whose answer it awaits, the API refuses.
  await expect(a.getByText(t('tr', 'twinnings.lifecycle.awaitingAnswer', { name: partner.name }))).toBeVisible();
  await expect(a.getByRole('button', { name: t('tr', 'twinnings.lifecycle.moveTo', { status: st('tr', 'exploring') }) })).toHaveCount(0);
  const own = await a.evaluate(async (path) => {
    const { csrfToken } = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
    const res = await fetch(`/api${path}/move`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify({ to: 'exploring' }) });
    return { status: res.status, reason: ((await res.json()) as { reason?: string }).reason };
  }, url);
  expect(own).toEqual({ status: 409, reason: 'twinning_own_proposal' });
  // Until the partner takes part, the proposal is the two sides' alone (issue 15): a visitor gets a 404.
  const early = await (await browser.newContext()).newPage();
  expect((await early.request.get(`/api${url}`)).status()).toBe(404);
  await early.close();

  // The partner's officer answers: proposed → exploring. Then İstanbul asks for the letter of intent.
  const b = await signedIn(browser, partner.email, 'en', { password: PARTNER_PASSWORD });
  await b.goto(url);
  await b.getByRole('button', { name: t('en', 'twinnings.lifecycle.moveTo', { status: st('en', 'exploring') }) }).click();
  await expect(statusPanel(b, 'en').getByText(st('en', 'exploring'), { exact: true })).toBeVisible();
  await a.reload();
  await expect(statusPanel(a, 'tr').getByText(st('tr', 'exploring'), { exact: true })).toBeVisible();
  await a.getByRole('button', { name: t('tr', 'twinnings.lifecycle.ask', { status: st('tr', 'agreed'), name: partner.name }) }).click();
  await expect(a.getByText(t('tr', 'twinnings.lifecycle.waiting', { name: partner.name, status: st('tr', 'agreed') }))).toBeVisible();
  await expect(a.getByRole('button', { name: t('tr', 'twinnings.lifecycle.withdraw', { status: st('tr', 'agreed') }) })).toBeVisible();
  await expectAccessible(a, 'twinning waiting for the partner (tr)');

  // The partner's officer approves the letter of intent (after the dialog) and asks for the protocol.
  await b.reload();
  const istanbulName = (await a.getByRole('heading', { level: 1 }).textContent())!.split(' – ')[0]!;
  await expect(b.getByText(t('en', 'twinnings.lifecycle.waiting', { name: partner.name, status: st('en', 'agreed') }))).toBeVisible();
  await expectAccessible(b, 'twinning for the partner (en)');
  await b.getByRole('button', { name: t('en', 'twinnings.lifecycle.approve', { status: st('en', 'agreed') }) }).click();
  await b.getByRole('dialog', { name: t('en', 'twinnings.lifecycle.confirmTitle', { status: st('en', 'agreed') }) }).getByRole('button', { name: t('en', 'twinnings.lifecycle.confirm') }).click();
  await expect(statusPanel(b, 'en').getByText(st('en', 'agreed'), { exact: true })).toBeVisible();
  await b.getByRole('button', { name: t('en', 'twinnings.lifecycle.ask', { status: st('en', 'signed'), name: istanbulName }) }).click();
  await expect(b.getByText(t('en', 'twinnings.lifecycle.waiting', { name: istanbulName, status: st('en', 'signed') }))).toBeVisible();

  // İstanbul approves the protocol: the dialog says it cannot be undone and that the partner is told.
  await a.reload();
  await a.getByRole('button', { name: t('tr', 'twinnings.lifecycle.approve', { status: st('tr', 'signed') }) }).click();
  const signDialog = a.getByRole('dialog', { name: t('tr', 'twinnings.lifecycle.confirmTitle', { status: st('tr', 'signed') }) });
  await expect(signDialog).toContainText(t('tr', 'twinnings.lifecycle.confirmFinal'));
  await expect(signDialog).toContainText(t('tr', 'twinnings.lifecycle.confirmTold', { name: partner.name }));
  await expectAccessible(a, 'approval confirmation dialog (tr)');
  await signDialog.getByRole('button', { name: t('tr', 'twinnings.lifecycle.confirm') }).click();
  await expect(statusPanel(a, 'tr').getByText(st('tr', 'signed'), { exact: true })).toBeVisible();
  await expect(a.getByRole('region', { name: t('tr', 'twinnings.timeline.title') }).getByText(`${st('tr', 'agreed')} → ${st('tr', 'signed')}`, { exact: false })).toBeVisible();

  // İstanbul uploads the signed protocol as a public document.
  const docs = a.getByRole('region', { name: t('tr', 'twinnings.files.title') });
  const chooser = a.waitForEvent('filechooser');
  await docs.getByRole('button', { name: t('tr', 'twinnings.files.file') }).click();
  await (await chooser).setFiles({ name: 'protocol.pdf', mimeType: 'application/pdf', buffer: pdf() });
  await docs.getByLabel(t('tr', 'twinnings.files.makePublic')).check();
  await expectAccessible(a, 'document upload form (tr)');
  await docs.getByRole('button', { name: t('tr', 'twinnings.files.upload') }).click();
  await expect(docs.getByRole('link', { name: 'protocol.pdf' })).toHaveAttribute('href', /\/api\/twinnings\/.+\/files\//);

  // İstanbul logs an activity.
  await a.getByRole('button', { name: t('tr', 'twinnings.activities.log') }).click();
  const dialog = a.getByRole('dialog');
  const title = `Gençlik değişimi ${Date.now()}`;
  await dialog.getByLabel(t('tr', 'twinnings.activities.form.title')).fill(title);
  await dialog.getByLabel(t('tr', 'twinnings.activities.form.startsOn')).fill('2026-05-04');
  await dialog.getByLabel(t('tr', 'twinnings.activities.groups.youth')).fill('24');
  await dialog.getByLabel(t('tr', 'twinnings.activities.form.descriptionTr')).fill('İstanbul ve Leuven gençleri bir hafta birlikte çalıştı.');
  const photoChooser = a.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: t('tr', 'twinnings.activities.form.photos') }).click();
  await (await photoChooser).setFiles({ name: 'workshop.png', mimeType: 'image/png', buffer: PNG });
  await dialog.getByLabel(t('tr', 'twinnings.activities.form.photosPublic')).check();
  await expectAccessible(a, 'activity form (tr)');
  await dialog.getByRole('button', { name: t('tr', 'twinnings.activities.form.save') }).click();
  await expect(a.getByRole('heading', { level: 3, name: title })).toBeVisible();

  // A visitor sees the signed twinning, the public protocol and the activity.
  const visitor = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await visitor.goto(url);
  await expect(statusPanel(visitor, 'en').getByText(st('en', 'signed'), { exact: true })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'protocol.pdf' })).toBeVisible();
  await expect(visitor.getByRole('heading', { level: 3, name: title })).toBeVisible();
  // The description exists only in Turkish: shown with a note, and the public photo as a thumbnail.
  await expect(visitor.getByText('İstanbul ve Leuven gençleri bir hafta birlikte çalıştı.')).toHaveAttribute('lang', 'tr');
  await expect(visitor.getByRole('img', { name: t('en', 'twinnings.activities.photoAlt', { title, name: 'workshop.png' }) })).toBeVisible();
  await expect(visitor.getByRole('button', { name: t('en', 'twinnings.activities.log') })).toHaveCount(0);
  // The public timeline has the steps and dates, not who took them nor the file entries.
  const publicTimeline = visitor.getByRole('region', { name: t('en', 'twinnings.timeline.title') });
  await expect(publicTimeline.getByText(`${st('en', 'agreed')} → ${st('en', 'signed')}`, { exact: false })).toBeVisible();
  await expect(publicTimeline).not.toContainText('Lotte Peeters');
  await expect(publicTimeline).not.toContainText(t('en', 'twinnings.timeline.action.file_uploaded'));
  await expectAccessible(visitor, 'public twinning page (en)');

  // The registry: the network map and the figures; then in Turkish.
  await visitor.goto('/twinnings');
  await expect(visitor.getByRole('heading', { level: 1, name: t('en', 'twinnings.registry.title') })).toBeVisible();
  await expect(visitor.getByRole('img', { name: /^Map of Turkey and Europe with [\d,]+ twinnings as lines$/ })).toBeVisible();
  await expect(visitor.getByRole('list', { name: t('en', 'twinnings.registry.legend') }).getByText(new RegExp(`^${st('en', 'signed')}: [1-9]`))).toBeVisible({ timeout: 30_000 });
  await expect(visitor.getByText(/^[\d,]+ twinnings in all$/)).toBeVisible();
  // The default view is Turkey–EU twinnings; loaded ones say their state is not known.
  await expect(visitor.getByRole('textbox', { name: t('en', 'twinnings.registry.scope'), exact: true })).toHaveValue(t('en', 'twinnings.registry.scopeTrEu'));
  const trEu = ((await (await visitor.request.get('/api/twinnings?scope=tr_eu&limit=1')).json()) as { total: number }).total;
  const everywhere = ((await (await visitor.request.get('/api/twinnings?scope=all&limit=1')).json()) as { total: number }).total;
  expect(trEu).toBeLessThan(everywhere);
  await expect(visitor.getByText(`${trEu.toLocaleString('en-GB')} twinnings`, { exact: true })).toBeVisible();
  const list = visitor.getByRole('region', { name: t('en', 'twinnings.registry.listTitle') });
  await expect(list.getByText(st('en', 'unknown'), { exact: true }).first()).toBeVisible();
  await expectAccessible(visitor, 'registry (en)');
  await visitor.getByRole('button', { name: /^TR/ }).click();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(visitor.getByRole('heading', { level: 1, name: t('tr', 'twinnings.registry.title') })).toBeVisible();
  await expect(visitor.getByRole('heading', { level: 2, name: t('tr', 'twinnings.registry.figures') })).toBeVisible();
  await expectAccessible(visitor, 'registry (tr)');

  // Filtered by status: only signed twinnings, the new one among them.
  await visitor.goto('/twinnings?status=signed');
  await expect(visitor.getByRole('link', { name: t('tr', 'twinnings.pair', { a: istanbulName, b: partner.name }) })).toBeVisible();
});

/** Every badge in `scope` shows its whole label and lies inside its card and the window. */
async function expectWholeBadges(scope: Locator, what: string): Promise<void> {
  await expect(scope.locator('.mantine-Badge-root').first()).toBeVisible();
  const badges = await scope.locator('.mantine-Badge-root').evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      const card = (el.closest('li, section') ?? document.body).getBoundingClientRect();
      const label = el.querySelector('.mantine-Badge-label');
      const clipped = (e: Element) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
      const cut = clipped(el) || (label !== null && clipped(label));
      const outside = box.left < card.left - 1 || box.right > card.right + 1 || box.right > window.innerWidth;
      return { text: el.textContent ?? '', cut, outside };
    }),
  );
  expect(badges.filter((b) => b.cut || b.outside), what).toEqual([]);
}

/** A visitor's page in Turkish (the longest state words) at a given width. */
async function turkishVisitor(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('tb.lang', 'tr'));
  return context.newPage();
}

test('status badges are never cut off: registry list, twinning page and profile twinnings at 390 and 1366 px', async ({ browser }) => {
  test.setTimeout(180_000);
  for (const width of [390, 1366]) {
    const page = await turkishVisitor(browser, width);
    await page.goto('/twinnings?scope=all');
    const list = page.getByRole('region', { name: t('tr', 'twinnings.registry.listTitle') });
    await expect(list.getByRole('listitem').first()).toBeVisible();
    await expectWholeBadges(list, `registry list at ${width} px`);
    await page.goto('/twinnings');
    await list.getByRole('listitem').first().getByRole('link').click();
    await expect(page).toHaveURL(/\/twinnings\/[0-9a-f-]{36}$/);
    await expectWholeBadges(statusPanel(page, 'tr'), `twinning page at ${width} px`);
    await page.goto(`/authorities/${ISTANBUL}`);
    await expectWholeBadges(page.getByRole('region', { name: t('tr', 'twinnings.profile.title') }), `profile twinnings at ${width} px`);
    await page.context().close();
  }
});
