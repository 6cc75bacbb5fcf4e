import type { QueryValue } from '../../api/client';
import type { Params } from './urlState';

/** The recommendation page's URL parameters: `authority` picks whose partners, the rest filter. */
export const RECOMMENDATION_KEYS = ['authority', 'country', 'type', 'theme', 'minPopulation', 'maxPopulation', 'onlyWithRequest'] as const;
export type RecommendationKey = (typeof RECOMMENDATION_KEYS)[number];
export type RecommendationParams = Params<RecommendationKey>;

export const FILTER_KEYS = ['country', 'type', 'theme', 'minPopulation', 'maxPopulation', 'onlyWithRequest'] as const;

/** How many candidates to ask for. */
export const CANDIDATES = 20;

/** The authority whose partners are shown: the URL's, else the officer's own, else none. */
export function sourceCode(params: RecommendationParams, ownCode: string | null): string | null {
  return params.authority ?? ownCode;
}

/** The API query for the URL state: only known filters, population digits only, the UI language. */
export function recommendationQuery(params: RecommendationParams, lang: 'tr' | 'en'): Record<string, QueryValue> {
  const digits = (v?: string) => (v ? v.replace(/[\s.,']/g, '') : undefined);
  return {
    k: CANDIDATES,
    country: params.country,
    type: params.type,
    theme: params.theme,
    minPopulation: digits(params.minPopulation),
    maxPopulation: digits(params.maxPopulation),
    onlyWithRequest: params.onlyWithRequest === 'true' ? 'true' : undefined,
    lang,
  };
}

/** How many filters are set (for the phones' "Filters (n)" button). */
export function activeFilters(params: RecommendationParams): number {
  return FILTER_KEYS.filter((k) => params[k]).length;
}
