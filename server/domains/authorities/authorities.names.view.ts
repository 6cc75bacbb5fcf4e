import { bandOf } from './authorities.keyranges';
import type { KeyRanges, TrigramPostings } from './trigram';

/** Relevance tiers of a name match, best first; typo matches rank below all of them. */
export const EXACT = 4;
export const PREFIX = 3;
export const WORD_PREFIX = 2;
export const SUBSTRING = 1;
export const MIN_SIMILARITY = 0.35;
/**
 * Typos are read by population band, most populous first (authorities.keyranges.ts), and the reading
 * stops after the band in which ENOUGH matches reaching GOOD similarity have been found: a short query
 * ("vila") at ten times the directory then reads what it read before, not ten times as much (issue 20).
 * A close match in a later band is lost only when ENOUGH close matches outrank it in population, more
 * than two pages; weak matches never stop the reading. Exact, prefix and substring matches are never cut.
 */
export const GOOD = 0.5;
export const ENOUGH = 50;

/** What ranking by name reads of a directory index (its own arrays: do not modify them). */
export interface NameView {
  size: number;
  /**
   * Every entry's text (' ' + its '|'-separated name forms, then '\n'), in population order. Its words
   * are the text with '|' read as a space (entryWords): one copy of the text, not two (issue 20).
   */
  keysText: string;
  /** Where entry byPopulation[k]'s text starts in keysText; size + 1 values. */
  starts: Int32Array;
  byPopulation: Int32Array;
  /** Each entry's place in byPopulation. */
  position: Int32Array;
  population: Float64Array;
  grams: TrigramPostings;
  /** An entry's '|'-separated name forms. */
  keysOf(i: number): string;
}

/**
 * Where needle first occurs in the words of keysText[from, to) (the text with '|' read as a space),
 * relative to `from`; -1 when it does not. A folded query holds only a–z, 0–9 and spaces, so without
 * a space it is found in the text itself, at the same places; only one with a space in an entry of
 * several forms needs the '|' replaced.
 */
export function indexInWords(keysText: string, from: number, to: number, needle: string): number {
  const text = keysText.slice(from, to);
  return needle.includes(' ') && text.includes('|') ? text.replaceAll('|', ' ').indexOf(needle) : text.indexOf(needle);
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

/**
 * Authorities whose name is a likely typo of q (trigram Jaccard, as pg_trgm), as typoRanking keeps
 * them. `bands` are the keys to read, most populous band first (IndexState's key order).
 */
export function similarNames(view: NameView, q: string, skip: (i: number) => boolean, accept: (i: number) => boolean, bands: readonly KeyRanges[] = [null]): number[] {
  const best = new Map<number, number>();
  let good = 0;
  const found = (owner: number, sim: number) => {
    const before = best.get(owner) ?? 0;
    if (before >= sim || skip(owner) || !accept(owner)) return;
    best.set(owner, sim);
    if (before < GOOD && sim >= GOOD) good++;
  };
  for (const keys of bands) {
    view.grams.similar(q, MIN_SIMILARITY, found, keys);
    if (good >= ENOUGH) break; // typoRanking would drop every later band
  }
  return typoRanking(best, view.position);
}

/**
 * Typo matches (entry → best similarity) as a search lists them: those of the population bands up to
 * the one where ENOUGH of them reach GOOD, best similarity first, then in population order. The one
 * rule for the banded lookup (which stops there) and the tests' full scan (which cuts there).
 */
export function typoRanking(best: ReadonlyMap<number, number>, position: Int32Array): number[] {
  const byPlace = [...best.keys()].sort((a, b) => position[a]! - position[b]!);
  let good = 0;
  let end = byPlace.length;
  for (let k = 0; k < byPlace.length; k++) {
    if (best.get(byPlace[k]!)! >= GOOD && ++good === ENOUGH) {
      const band = bandOf(position[byPlace[k]!]!);
      end = k + 1;
      while (end < byPlace.length && bandOf(position[byPlace[end]!]!) === band) end++;
      break;
    }
  }
  return byPlace.slice(0, end).sort((a, b) => best.get(b)! - best.get(a)! || position[a]! - position[b]!);
}
