import type { SessionUser } from '../../../../shared/accounts';

/** Programme managers (and admins) run programmes and calls; mirrors the server's policy. */
export function managesGrants(user: SessionUser | null): boolean {
  return user?.role === 'programme_manager' || user?.role === 'admin';
}

/** The text of a bilingual record in the UI language (English when the Turkish one is empty). */
export function pick(lang: string, en: string, tr: string): string {
  return lang.startsWith('tr') && tr.trim() !== '' ? tr : en;
}

/** The title of anything with titleEn/titleTr in the UI language. */
export function titleOf(lang: string, x: { titleEn: string; titleTr: string }): string {
  return pick(lang, x.titleEn, x.titleTr);
}

/** A grid criterion's guidance for assessors in the UI language ('' when the call gives none). */
export function guidanceOf(lang: string, c: { guidanceEn?: string; guidanceTr?: string }): string {
  return pick(lang, c.guidanceEn ?? '', c.guidanceTr ?? '');
}
