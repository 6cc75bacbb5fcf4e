import type { SessionUser } from '../../../shared/accounts';
import { QUERY_WORDS_MAX, type SearchLang, type Snippet } from '../../../shared/knowledge';
import { fold } from '../../../shared/text/fold';

// Pure rules of the library: the words of a query, and the highlighted snippet of a hit.

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a search query (letters and digits), at most QUERY_WORDS_MAX; apostrophes split `İstanbul'da`. */
export function queryWords(q: string): string[] {
  return (q.match(WORD) ?? []).slice(0, QUERY_WORDS_MAX);
}

/** The lexemes of a tsquery as PostgreSQL prints it (`'belediye' | 'beledi' & 'sehir'`). */
export function lexemesOf(tsquery: string): string[] {
  return [...new Set([...tsquery.matchAll(/'((?:[^']|'')+)'/g)].map((m) => m[1]!.replace(/''/g, "'")))];
}

/**
 * Whether a word of the text answers one of the query's lexemes: its folded form starts with a lexeme
 * (lexemes are stems, `twin` for `twinning`, or whole folded words). Lexemes under 3 letters must match whole.
 */
export function wordMatches(word: string, lexemes: string[]): boolean {
  const w = fold(word);
  return lexemes.some((l) => (l.length < 3 ? w === l : w.startsWith(l)));
}

/**
 * A snippet of at most `max` characters around the first matching word, as plain text with the
 * [start, end) ranges of every matching word in it; the start of the text when nothing matches.
 * An ellipsis marks a cut at either end; ranges count it.
 */
export function makeSnippet(text: string, lexemes: string[], max = 240): Snippet {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, hit: wordMatches(m[0], lexemes) }));
  const first = words.find((w) => w.hit);
  let from = 0;
  if (first && first.end > max) {
    // Start a few words before the first hit, at a word's start, so it reads in context.
    const before = words.filter((w) => w.start >= first.start - max / 4);
    from = before[0]!.start;
  }
  let to = Math.min(text.length, from + max);
  if (to < text.length) {
    const last = words.filter((w) => w.end <= to).pop();
    if (last && last.start > from) to = last.end;
  }
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const highlights: [number, number][] = words
    .filter((w) => w.hit && w.start >= from && w.end <= to)
    .map((w) => [w.start - from + lead.length, w.end - from + lead.length]);
  return { text: lead + text.slice(from, to) + tail, highlights };
}

/** One language's text, or the other language's when it is empty. */
export function inLang(lang: SearchLang, tr: string, en: string): string {
  return (lang === 'tr' ? tr || en : en || tr) ?? '';
}

/** Officers (of an authority), programme managers and admins propose entries. */
export function canPropose(user: SessionUser | null): boolean {
  return !!user && (canReview(user) || (user.role === 'officer' && !!user.authorityCode));
}

/** Programme managers and admins publish or reject proposed entries and read every entry. */
export function canReview(user: SessionUser | null): boolean {
  return user?.role === 'admin' || user?.role === 'programme_manager';
}
