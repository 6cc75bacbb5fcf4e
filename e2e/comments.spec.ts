import { expect, test, type Browser, type Page } from '@playwright/test';
import commentsEn from '../web/src/i18n/comments.en.json' with { type: 'json' };
import commentsTr from '../web/src/i18n/comments.tr.json' with { type: 'json' };
import { openConsultation } from './consultations';
import { expectAccessible, signedIn, t, textOf } from './support';

// Comments and their moderation (issue 13): a comment reported by three different users is held —
// gone for other readers, seen by its author with a notice — and lands in the moderators' queue; a
// programme manager restores it with a reason and everyone reads it again. In Turkish and English,
// axe on the page with comments, the report dialog, the queue and the decision dialog.

type Lang = 'en' | 'tr';
/** A string of the comments dictionary (comments.{en,tr}.json). */
function c(lang: Lang, key: string, vars: Record<string, string> = {}): string {
  return textOf(lang === 'en' ? commentsEn : commentsTr, `comments.${key}`, lang, vars);
}

const AUTHOR = { email: 'citizen@twinbridge.demo', name: 'Demo Citizen' };
const REPORTERS = [
  { email: 'assessor@twinbridge.demo', reason: 'Insults the other side' },
  { email: 'assessor2@twinbridge.demo', reason: 'Personal attack on a mayor' },
  { email: 'assessor3@twinbridge.demo', reason: 'Hakaret içeriyor' },
];
const READER = 'koln@twinbridge.demo';
const MODERATOR = 'manager@twinbridge.demo';

/** A public consultation opened by the programme manager, one per language so each test starts with no comments. */
async function consultationFor(baseURL: string, title: string): Promise<string> {
  const { id } = await openConsultation(baseURL, {
    title: { tr: title, en: title },
    description: { tr: 'Meydan ne olmalı?', en: 'What should the square become?' },
    questions: [{ kind: 'single', prompt: { tr: 'Ana kullanım', en: 'Main use' }, required: true, options: [{ tr: 'Pazar', en: 'Market' }, { tr: 'Park', en: 'Park' }] }],
  });
  return id;
}

/** The comments block of the page (a region named by its heading). */
const commentsOf = (page: Page, lang: Lang) => page.getByRole('region', { name: c(lang, 'title') });

async function openAs(browser: Browser, email: string, lang: Lang, path: string): Promise<Page> {
  const page = await signedIn(browser, email, lang, { pinLanguage: true });
  await page.goto(path);
  return page;
}

for (const lang of ['en', 'tr'] as const) {
  test(`a comment reported three times is held until a moderator restores it (${lang})`, async ({ browser, baseURL }) => {
    const path = `/consultations/${await consultationFor(baseURL!, `Town square (${lang})`)}`;
    const text = `The market should stay on the square (${lang}).`;

    // The author posts a comment against, with a stance.
    const author = await openAs(browser, AUTHOR.email, lang, path);
    const block = commentsOf(author, lang);
    await expect(block.getByText(c(lang, 'none'))).toBeVisible();
    await block.getByRole('radio', { name: c(lang, 'stance.against') }).check();
    await block.getByRole('textbox', { name: c(lang, 'form.body') }).fill(text);
    await block.getByRole('button', { name: c(lang, 'form.post') }).click();
    const posted = block.getByRole('listitem').filter({ hasText: text });
    await expect(posted).toBeVisible();
    await expect(posted.getByText(c(lang, 'stance.against'))).toBeVisible();
    await expect(posted.getByRole('button', { name: c(lang, 'editLabel') })).toBeVisible();
    await expectAccessible(author, `page with comments (${lang})`);

    // Three different users report it, each with a reason; the first checks the dialog asks for one.
    for (const [i, r] of REPORTERS.entries()) {
      const page = await openAs(browser, r.email, lang, path);
      const item = commentsOf(page, lang).getByRole('listitem').filter({ hasText: text });
      await item.getByRole('button', { name: c(lang, 'reportLabel', { name: AUTHOR.name }) }).click();
      const dialog = page.getByRole('dialog', { name: c(lang, 'reportTitle') });
      await expect(dialog).toBeVisible();
      if (i === 0) {
        await dialog.getByRole('button', { name: c(lang, 'reportSend') }).click();
        await expect(dialog.getByText(c(lang, 'reasonRequired', { min: '3' }))).toBeVisible();
        await expectAccessible(page, `report dialog (${lang})`);
      }
      await dialog.getByRole('textbox', { name: c(lang, 'reason') }).fill(r.reason);
      await dialog.getByRole('button', { name: c(lang, 'reportSend') }).click();
      await expect(dialog).toBeHidden();
      // The third report holds the comment: the reporter no longer reads it.
      if (i < REPORTERS.length - 1) await expect(item.getByText(c(lang, 'reportedByMe'))).toBeVisible();
      else await expect(commentsOf(page, lang).getByText(text)).toBeHidden();
      await page.context().close();
    }

    // A fourth reader does not see it; its author does, with a notice.
    const reader = await openAs(browser, READER, lang, path);
    await expect(commentsOf(reader, lang).getByText(c(lang, 'none'))).toBeVisible();
    await expect(reader.getByText(text)).toHaveCount(0);
    await author.reload();
    await expect(commentsOf(author, lang).getByText(c(lang, 'onlyYou.held'))).toBeVisible();

    // The programme manager finds it in the queue (through the account menu) and restores it with a reason.
    const moderator = await openAs(browser, MODERATOR, lang, '/');
    await moderator.getByRole('button', { name: new RegExp(t(lang, 'nav.accountMenu')) }).click();
    await moderator.getByRole('menuitem', { name: c(lang, 'moderation.nav') }).click();
    await expect(moderator.getByRole('heading', { level: 1, name: c(lang, 'moderation.title') })).toBeVisible();
    const queued = moderator.getByRole('listitem').filter({ hasText: text });
    for (const r of REPORTERS) await expect(queued.getByText(r.reason, { exact: false })).toBeVisible();
    await expect(queued.getByRole('button', { name: c(lang, 'moderation.actions.keep'), exact: true })).toHaveCount(0);
    await expectAccessible(moderator, `moderation queue (${lang})`);
    const restore = c(lang, 'moderation.actions.restore');
    await queued.getByRole('button', { name: c(lang, 'moderation.actionLabel', { action: restore, name: AUTHOR.name }) }).click();
    const dialog = moderator.getByRole('dialog', { name: c(lang, 'moderation.decisionTitle.restore') });
    await expect(dialog).toBeVisible();
    await expectAccessible(moderator, `decision dialog (${lang})`);
    await dialog.getByRole('textbox', { name: c(lang, 'reason') }).fill('Sharp, but within the rules');
    await dialog.getByRole('button', { name: restore, exact: true }).click();
    await expect(moderator.getByText(c(lang, 'moderation.decided'))).toBeVisible();
    await expect(moderator.getByText(text)).toHaveCount(0);

    // Everyone reads it again.
    await reader.reload();
    await expect(commentsOf(reader, lang).getByRole('listitem').filter({ hasText: text })).toBeVisible();
    await author.reload();
    await expect(commentsOf(author, lang).getByText(text)).toBeVisible();
    await expect(commentsOf(author, lang).getByText(c(lang, 'onlyYou.held'))).toHaveCount(0);
    await Promise.all([author, reader, moderator].map((p) => p.context().close()));
  });
}
