import { expect, type Page } from '@playwright/test';
import type { Lang } from './languages';

/**
 * The visible text of the page and the labels a screen reader reads (aria-label, placeholder, title),
 * less text inside an element marked as another language (`lang`), which is announced as such.
 * Visually hidden text counts: it is what a screen reader says.
 */
export async function pageText(page: Page, lang: Lang): Promise<string> {
  return page.evaluate((lang) => {
    const out: string[] = [];
    const foreign = (el: Element) => !(el.closest('[lang]')?.getAttribute('lang') ?? lang).startsWith(lang);
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true }) || el.closest('.visually-hidden, .mantine-VisuallyHidden-root') !== null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName) || foreign(el) || !shown(el)) continue;
      out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (foreign(el) || !el.checkVisibility()) continue;
      for (const a of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out.join('\n');
  }, lang);
}

/**
 * Layout faults a reader sees: a badge whose label is cut off, a button or badge reaching out of the
 * viewport (unless inside a scrolling box), a card whose content runs out of it.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => `${el.className.toString().split(' ').find((c) => c.startsWith('mantine-')) ?? el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const scrolls = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && a.scrollWidth > a.clientWidth) return true;
      }
      return false;
    };
    for (const label of document.querySelectorAll('.mantine-Badge-label, .mantine-Button-label')) {
      if (label.checkVisibility() && label.scrollWidth > label.clientWidth + 1) problems.push(`cut off: ${name(label.parentElement!)}`);
    }
    for (const el of document.querySelectorAll('.mantine-Badge-root, .mantine-Button-root, .mantine-ActionIcon-root')) {
      if (!el.checkVisibility() || scrolls(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > width + 1) problems.push(`outside the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${width}): ${name(el)}`);
    }
    for (const card of document.querySelectorAll('.mantine-Paper-root, .mantine-Card-root')) {
      if (card.checkVisibility() && getComputedStyle(card).overflowX === 'visible' && card.scrollWidth > card.clientWidth + 1) problems.push(`runs out of its card: ${name(card)}`);
    }
    return problems;
  });
}

/**
 * Controls whose accessible name does not contain their visible text (WCAG 2.5.3 label in name): a
 * speech user says what they see, so "Close request" must be in the name, not reworded around a title.
 */
export async function nameProblems(page: Page, lang: string): Promise<string[]> {
  return page.evaluate((lang) => {
    const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase(lang);
    const problems: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button[aria-label], a[aria-label], [role="button"][aria-label], [role="menuitem"][aria-label]')) {
      if (!el.checkVisibility()) continue;
      const seen = fold(el.innerText);
      const name = fold(el.getAttribute('aria-label')!);
      if (seen && !name.includes(seen)) problems.push(`name "${name}" lacks the visible "${seen}"`);
    }
    return problems;
  }, lang);
}

/** Open a page and wait until it has loaded its data (no pending request, no spinner, a heading). */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main [role="status"] .mantine-Loader-root')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}
