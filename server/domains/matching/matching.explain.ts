import type { EmptyExplanation, RecommendationQuery, RelaxableFilter, Standing } from '../../../shared/matching';
import { RELAXABLE_FILTERS } from '../../../shared/matching';

/** The filters a query sets, in the order the UI offers to remove them. */
export function activeFilters(q: RecommendationQuery): RelaxableFilter[] {
  return RELAXABLE_FILTERS.filter((f) => (f === 'population' ? q.minPopulation !== undefined || q.maxPopulation !== undefined : f === 'onlyWithRequest' ? q.onlyWithRequest === true : q[f] !== undefined));
}

/** The query without one filter. */
export function withoutFilter(q: RecommendationQuery, f: RelaxableFilter): RecommendationQuery {
  const next = { ...q };
  if (f === 'population') {
    delete next.minPopulation;
    delete next.maxPopulation;
  } else delete next[f];
  return next;
}

/** The query with only one of its filters (and its other settings: k, language). */
export function onlyFilter(q: RecommendationQuery, f: RelaxableFilter): RecommendationQuery {
  return activeFilters(q).filter((g) => g !== f).reduce(withoutFilter, q);
}

/**
 * Why a list came out empty: for each active filter, how many candidates meet it on its own (0 says
 * that filter alone empties it) and how many the list would hold without it (the nearest useful view).
 */
export function explainEmpty(q: RecommendationQuery, count: (q: RecommendationQuery) => number): EmptyExplanation {
  return { filters: activeFilters(q).map((filter) => ({ filter, alone: count(onlyFilter(q, filter)), without: count(withoutFilter(q, filter)) })) };
}

/**
 * A recommendation's rank said as a share: the top-k are exactly the best k of the `of` candidates the
 * query admits, so rank i is among the best ceil(100·i/of) percent (at least 1: "among the best 1%").
 */
export function standingOf(rank: number, of: number): Standing {
  const total = Math.max(of, rank);
  return { rank, of: total, topPercent: Math.min(100, Math.max(1, Math.ceil((100 * rank) / total))) };
}
