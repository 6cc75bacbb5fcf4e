import type { PartnerRequest } from '../../../../shared/matching';

/** The description in the UI language, else the other one (with its language, for `lang=`). */
export function requestDescription(r: Pick<PartnerRequest, 'descriptionEn' | 'descriptionTr'>, lang: 'tr' | 'en'): { text: string; lang: 'tr' | 'en'; fallback: boolean } {
  const own = lang === 'tr' ? r.descriptionTr : r.descriptionEn;
  if (own.trim()) return { text: own, lang, fallback: false };
  const other = lang === 'tr' ? 'en' : 'tr';
  return { text: lang === 'tr' ? r.descriptionEn : r.descriptionTr, lang: other, fallback: true };
}

/** The board's URL parameters: the API's filters plus the list/map view. */
export const REQUEST_KEYS = ['q', 'country', 'theme', 'status', 'offset', 'view'] as const;

export const REQUESTS_PER_PAGE = 20;
