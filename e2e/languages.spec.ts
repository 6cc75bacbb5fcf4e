import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { findForeign, foreignPhrases, rawKeys, type Lang } from './languages';
import { layoutProblems, nameProblems, open, pageText } from './languages.page';
import { DEMO_PASSWORD, axeProblems, newOfficer, signedIn, t } from './support';
import { REQUEST_TEXTS } from '../server/domains/matching/matching.demo.content';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const demoRequestTitles = Object.values(REQUEST_TEXTS).flatMap((r) => [r.titleTr, r.titleEn]).map(escape);

// Every page of the app, as the roles that see it, in Turkish and in English: no string of the other
// language (visible text and the labels a screen reader reads), no dictionary key shown raw (strings
// that load with their pages), no serious axe finding, no badge cut off, at 1366 px; a few key pages
// again at 390 px with nothing outside the screen.

/** Data shown as typed or loaded, allowed on pages of either language (what, and why). */
const ALLOWED: { text: RegExp; why: string }[] = [
  { text: /Köln looks for a partner[^\n]*/g, why: 'the title of a partner request as Köln typed it (this spec publishes it)' },
  { text: /Guten Tag[^\n]*/g, why: 'messages as the officers wrote them (this spec sends them)' },
  { text: /Demo (Admin|Programme Manager|Assessor|Citizen)/g, why: 'the demo accounts’ person names, as stored' },
  { text: new RegExp(demoRequestTitles.join('|'), 'g'), why: 'demo partner requests’ titles as their (invented) authors typed them, each in its author’s language' },
  { text: /Officials and experts visit the partner\.|A twinning protocol renewed for five years/g, why: 'demo applications’ content as their (invented) applicants typed it, in English' },
  { text: /Open data and smart mobility|Açık veri ve akıllı ulaşım/g, why: 'a demo application’s titles in both languages (shared/grants.demo.content.ts), which the application page shows; its first words are the footer’s “Open data” link' },
];

type Ids = { programme: string; calls: string[]; project: string; twinning: string; istanbulAward: string; applications: { id: string; status: string; lead: { code: string } }[]; assignment: string | null; conversation: string };

/** Visit each path and list what is wrong there: the other language's strings, axe findings, layout faults. */
async function walk(page: Page, lang: Lang, paths: string[], found: string[]): Promise<void> {
  const phrases = foreignPhrases(lang);
  for (const path of paths) {
    await open(page, path);
    await check(page, lang, path, phrases, found);
  }
}

/**
 * One page as it is now. Axe runs on every page in the Turkish walk, and on the open menus in both:
 * the English walk shows the same structure and colours, so it checks text and layout only (time).
 */
async function check(page: Page, lang: Lang, what: string, phrases: Map<string, string>, found: string[], axe = lang === 'tr'): Promise<void> {
  let text = await pageText(page, lang);
  for (const a of ALLOWED) text = text.replace(a.text, ' ');
  const problems = [...findForeign(text, phrases), ...rawKeys(text), ...(axe ? await axeProblems(page) : []).map((p) => `axe ${p}`), ...(await layoutProblems(page)), ...(await nameProblems(page, lang))];
  if (problems.length) found.push(`${what} (${lang}): ${problems.join(' | ')}`);
}

/** The account menu and the notifications popover, open: their text and axe. */
async function menus(page: Page, lang: Lang, found: string[]): Promise<void> {
  const phrases = foreignPhrases(lang);
  await page.getByRole('button', { name: new RegExp(t(lang, 'nav.accountMenu')) }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await check(page, lang, 'account menu', phrases, found, true);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await page.getByRole('button', { name: new RegExp(`^${t(lang, 'notifications.bell')}`) }).click();
  await expect(page.getByText(t(lang, 'notifications.title'), { exact: true })).toBeVisible();
  await check(page, lang, 'notifications', phrases, found, true);
  await page.keyboard.press('Escape');
}

async function api(baseURL: string, email: string, password = DEMO_PASSWORD) {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post('/api/auth/signin', { data: { email, password } });
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  const get = async <T>(url: string) => (await (await ctx.get(url)).json()) as T;
  const post = async <T>(url: string, data: object) => {
    const r = await ctx.post(url, { data, headers: { 'x-csrf-token': csrf } });
    expect(r.ok(), `${url}: ${await r.text()}`).toBe(true);
    return (await r.json()) as T;
  };
  const patch = async (url: string, data: object) => {
    const r = await ctx.patch(url, { data, headers: { 'x-csrf-token': csrf } });
    expect(r.ok(), `${url}: ${await r.text()}`).toBe(true);
  };
  const put = async (url: string) => {
    const r = await ctx.put(url, { headers: { 'x-csrf-token': csrf } });
    expect(r.ok(), `${url}: ${await r.text()}`).toBe(true);
  };
  return { get, post, patch, put, dispose: () => ctx.dispose() };
}

let id: Ids;
const ANKARA = 'TR-BSB-06';
const ANKARA_PASSWORD = 'walk-every-page-2026!';

test.beforeAll(async ({ baseURL }) => {
  // Köln publishes a request and approaches Ankara (a new officer), Ankara accepts, Köln writes: every
  // partner page then has something to show. Not İstanbul: the partners spec has İstanbul approach Köln
  // afresh, which an open conversation between the two would rightly refuse.
  const koln = await api(baseURL!, 'koln@twinbridge.demo');
  const manager = await api(baseURL!, 'manager@twinbridge.demo');
  const assessor = await api(baseURL!, 'assessor@twinbridge.demo');
  // A failed test restarts the worker and this hook: make the data once.
  const talks = (await koln.get<{ items: { id: string; a: { code: string }; b: { code: string } }[] }>('/api/conversations')).items;
  let conversation = talks.find((c) => c.a.code === ANKARA || c.b.code === ANKARA)?.id;
  if (!conversation) {
    const officer = await newOfficer(baseURL!, { code: ANKARA, notTwinnedWith: ANKARA, person: 'Ayla Demir', password: ANKARA_PASSWORD });
    const ankara = await api(baseURL!, officer.email, ANKARA_PASSWORD);
    await koln.post('/api/partner-requests', { title: 'Köln looks for a partner in climate adaptation', themes: ['climate_change'], descriptionEn: 'Guten Tag! We share our heat plan.' });
    const eoi = await koln.post<{ id: string }>('/api/expressions-of-interest', { toCode: ANKARA, message: 'Guten Tag! Shall we talk about climate adaptation?' });
    conversation = (await ankara.post<{ conversationId: string }>(`/api/expressions-of-interest/${eoi.id}/decision`, { decision: 'accepted' })).conversationId;
    await koln.post(`/api/conversations/${conversation}/messages`, { body: 'Guten Tag, Ankara! Here is our plan.' });
    // A closed request too: its badge must keep its contrast.
    const closed = await koln.post<{ id: string }>('/api/partner-requests', { title: 'Köln looks for a partner in youth sports', themes: ['youth_and_sports'], descriptionEn: 'Guten Tag! Found one already.' });
    await koln.patch(`/api/partner-requests/${closed.id}`, { status: 'closed' });
    // A hidden candidate, so Köln's recommendations offer "Show again".
    await koln.put('/api/authorities/DE_05315000/hidden-candidates/TR-BSB-35');
    await ankara.dispose();
  }

  const programme = (await manager.get<{ items: { id: string }[] }>('/api/programmes')).items[0]!.id;
  const calls = (await manager.get<{ calls: { id: string }[] }>(`/api/programmes/${programme}`)).calls.map((c) => c.id);
  const projects = (await manager.get<{ items: { id: string; lead: { code: string } }[] }>('/api/projects?limit=100')).items;
  const twinning = (await manager.get<{ items: { id: string }[] }>('/api/twinnings?limit=1&country=TR')).items[0]!.id;
  const applications = (await manager.get<{ items: Ids['applications'] }>('/api/applications')).items;
  const assignment = (await assessor.get<{ items: { id: string }[] }>('/api/assessments')).items[0]?.id ?? null;
  id = {
    programme, calls, twinning, applications, assignment, conversation,
    project: projects[0]!.id, istanbulAward: projects.find((p) => p.lead.code === 'TR-BSB-34')!.id,
  };
  await Promise.all([koln, manager, assessor].map((c) => c.dispose()));
});

async function visitor(browser: Browser, lang: Lang): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'tr' ? 'tr-TR' : 'en-GB', viewport: { width: 1366, height: 768 } });
  await context.addInitScript((l) => localStorage.setItem('tb.lang', l), lang);
  return context.newPage();
}

async function as(browser: Browser, email: string, lang: Lang): Promise<Page> {
  const page = await signedIn(browser, email, lang, { pinLanguage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

const app = (status: string) => id.applications.find((a) => a.status === status)!.id;

/** The pages each role walks (paths are built once the data is known). */
const ROLES: { who: string; email: string | null; paths: () => string[] }[] = [
  {
    who: 'a visitor', email: null,
    paths: () => [
      '/', '/authorities', '/authorities/TR-BSB-34', '/authorities/DE_05315000', '/map', '/twinnings', `/twinnings/${id.twinning}`,
      '/partners', '/partners/requests', '/partners/requests?status=closed', '/grants', `/grants/programmes/${id.programme}`, ...id.calls.map((c) => `/grants/calls/${c}`),
      `/grants/projects/${id.project}`, '/signin', '/signup', '/forgot-password', '/no-such-page',
    ],
  },
  {
    who: 'İstanbul’s officer', email: 'istanbul@twinbridge.demo',
    paths: () => [
      '/partners', '/partners/requests', '/partners/requests/new', '/partners/inbox', '/partners/conversations',
      '/grants/applications', ...id.applications.filter((a) => a.lead.code === 'TR-BSB-34').map((a) => `/grants/applications/${a.id}`),
      `/grants/awards/${id.istanbulAward}`, '/authorities/TR-BSB-34', '/account',
    ],
  },
  {
    who: 'Köln’s officer', email: 'koln@twinbridge.demo',
    paths: () => ['/partners', '/partners/requests', '/partners/inbox', `/partners/conversations/${id.conversation}`],
  },
  {
    who: 'the programme manager', email: 'manager@twinbridge.demo',
    paths: () => [
      '/grants', '/grants/applications', `/grants/applications/${app('submitted')}/check`, `/grants/applications/${app('evaluation')}`,
      ...id.calls.map((c) => `/grants/calls/${c}/evaluation`), `/grants/awards/${id.project}`, `/grants/programmes/${id.programme}/calls/new`,
    ],
  },
  { who: 'an assessor', email: 'assessor@twinbridge.demo', paths: () => ['/grants/assessments', ...(id.assignment ? [`/grants/assessments/${id.assignment}`] : [])] },
  { who: 'the admin', email: 'admin@twinbridge.demo', paths: () => ['/admin', '/account'] },
];

for (const role of ROLES) {
  for (const lang of ['tr', 'en'] as const) {
    test(`${role.who} reads every page in ${lang === 'tr' ? 'Turkish' : 'English'} only, accessible`, async ({ browser }) => {
      test.setTimeout(240_000);
      const page = role.email ? await as(browser, role.email, lang) : await visitor(browser, lang);
      const found: string[] = [];
      await walk(page, lang, role.paths(), found);
      if (role.email) await menus(page, lang, found);
      expect(found, `on ${lang} pages: strings of the other language, axe findings, layout faults`).toEqual([]);
      await page.context().close();
    });
  }
}

const PHONE = { width: 390, height: 844 };

test('on a phone (390 px) badges, buttons and money stay whole on the screen, the sign-in button included', async ({ browser }) => {
  test.setTimeout(240_000);
  const found: string[] = [];
  const look = async (page: Page, lang: Lang, paths: string[]) => {
    for (const path of paths) {
      await open(page, path);
      const problems = await layoutProblems(page);
      if (problems.length) found.push(`${path} (${lang}, 390 px): ${problems.join(' | ')}`);
    }
  };
  for (const lang of ['tr', 'en'] as const) {
    const context = await browser.newContext({ locale: lang === 'tr' ? 'tr-TR' : 'en-GB', viewport: PHONE });
    await context.addInitScript((l) => localStorage.setItem('tb.lang', l), lang);
    const page = await context.newPage();
    await look(page, lang, ['/', '/twinnings', `/grants/programmes/${id.programme}`, `/grants/projects/${id.project}`]);
    const signIn = page.getByRole('banner').getByRole('link', { name: t(lang, 'nav.signIn') });
    await expect(signIn).toBeInViewport({ ratio: 1 });
    await context.close();
  }
  const officer = await signedIn(browser, 'istanbul@twinbridge.demo', 'tr', { pinLanguage: true });
  await officer.setViewportSize(PHONE);
  await look(officer, 'tr', ['/grants/applications', `/grants/awards/${id.istanbulAward}`, '/partners/inbox']);
  await expect(officer.getByRole('button', { name: new RegExp(t('tr', 'nav.accountMenu')) })).toBeInViewport({ ratio: 1 });
  await officer.context().close();
  expect(found, 'layout faults on a phone').toEqual([]);
});

test('the authority picker works with the keyboard alone, and its open list passes axe', async ({ browser }) => {
  const page = await as(browser, 'citizen@twinbridge.demo', 'tr');
  await open(page, '/account');
  const picker = page.getByRole('textbox', { name: t('tr', 'accounts.officer.authority') });
  await picker.focus();
  await page.keyboard.type('Köln', { delay: 50 });
  const first = page.getByRole('option').filter({ hasText: 'Köln, Stadt' });
  await expect(first).toBeVisible();
  expect(await axeProblems(page), 'the open list of authorities').toEqual([]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option')).toHaveCount(0);
  await expect(picker).toHaveValue(/^Köln, Stadt · /);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: t('tr', 'accounts.officer.position') })).toBeFocused();
  await page.context().close();
});
