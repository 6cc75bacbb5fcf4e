import type { SessionUser } from '../../../../shared/accounts';
import type { Consultation } from '../../../../shared/participation';

/** Text given in both languages, in the UI language (the other one when that is empty). */
export function textOf(lang: string, text: { tr: string; en: string }): string {
  const tr = lang.startsWith('tr');
  const first = tr ? text.tr : text.en;
  return first.trim() !== '' ? first : tr ? text.en : text.tr;
}

/**
 * A share (fraction 0–1) as a percentage in the reader's format ('45%' in English, '%45' in Turkish;
 * with `digits` 1, '45.5%' and '%45,5').
 */
export function percent(share: number, locale: string, digits = 0): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** Who may open a consultation: managers, and officers for their own authority's pages (the server checks the link). */
export function mayCreateConsultation(user: SessionUser | null): boolean {
  return user?.role === 'programme_manager' || user?.role === 'admin' || user?.role === 'officer';
}

/** The page a consultation is linked to. */
export function linkHref(link: NonNullable<Consultation['link']>): string {
  switch (link.kind) {
    case 'twinning':
      return `/twinnings/${link.id}`;
    case 'project':
      return `/grants/projects/${link.id}`;
    case 'call':
      return `/grants/calls/${link.id}`;
    case 'request':
      return `/partners/requests/${link.id}`;
  }
}
