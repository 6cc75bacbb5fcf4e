import type { KeyRanges, TrigramPostings } from './trigram';

/** Relevance tiers of a name match, best first; typo matches rank below all of them. */
export const EXACT = 4;
export const PREFIX = 3;
export const WORD_PREFIX = 2;
export const SUBSTRING = 1;
export const MIN_SIMILARITY = 0.35;

/** What ranking by name reads of a directory index (its own arrays: do not modify them). */
export interface NameView {
  size: number;
  /** Every entry's words (' ' + its name forms with '|' read as a space, then '\n'), in population order. */
  haystack: string;
  /** Where entry byPopulation[k]'s text starts in haystack; size + 1 values. */
  starts: Int32Array;
  byPopulation: Int32Array;
  /** Each entry's place in byPopulation. */
  position: Int32Array;
  population: Float64Array;
  grams: TrigramPostings;
  /** An entry's '|'-separated name forms. */
  keysOf(i: number): string;
}

/** Exact: a name form is q; prefix: a form starts with q; word prefix: a word of the text does. */
export function tierOf(view: NameView, i: number, q: string): number {
  const keys = view.keysOf(i);
  if (keys === q || keys.startsWith(`${q}|`) || keys.endsWith(`|${q}`) || keys.includes(`|${q}|`)) return EXACT;
  if (keys.startsWith(q) || keys.includes(`|${q}`)) return PREFIX;
  // Without a space, q cannot span two forms, so the text's word starts are the keys' own.
  const wordStart = q.includes(' ') ? ` ${keys.replaceAll('|', ' ')}`.includes(` ${q}`) : keys.includes(` ${q}`);
  return wordStart ? WORD_PREFIX : SUBSTRING;
}

/** Authorities whose name is a likely typo of q, best similarity first (trigram Jaccard, as pg_trgm). */
export function similarNames(view: NameView, q: string, skip: (i: number) => boolean, accept: (i: number) => boolean, keys: KeyRanges = null): number[] {
  const best = new Map<number, number>();
  view.grams.similar(
    q,
    MIN_SIMILARITY,
    (owner, sim) => {
      if ((best.get(owner) ?? 0) < sim && !skip(owner) && accept(owner)) best.set(owner, sim);
    },
    keys,
  );
  const pop = (i: number) => (Number.isNaN(view.population[i]!) ? -1 : view.population[i]!);
  return [...best.keys()].sort((a, b) => best.get(b)! - best.get(a)! || pop(b) - pop(a));
}
