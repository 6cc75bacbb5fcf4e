import { EXACT, indexInWords, type NameView, PREFIX, similarNames, SUBSTRING, tierOf, WORD_PREFIX } from './authorities.names.view';
import { type KeyRanges, substringCodes } from './trigram';

/**
 * Name matches in relevance order: exact, prefix, word prefix, substring (each by population), then
 * typos. An index lookup, not a scan: the entries holding q are among those of q's rarest required
 * trigram (one posting list), each confirmed in its own text; typos come from the rarest lists too
 * (TrigramPostings.similar). The same results as reading every name (authorities.scan.ts, the tests'
 * reference), at a cost that follows the matches, not the directory. `bands` are the keys to read,
 * most populous band first (DirectoryIndex.keyBands): a country filter's own keys, or all of them;
 * they must hold every key that `accept` can accept.
 */
export function rankByLookup(view: NameView, q: string, accept: (i: number) => boolean, bands: readonly KeyRanges[] = [null]): number[] {
  const tiers: number[][] = [[], [], [], [], []];
  // One or two letters match word starts only: "a" inside every name would rank nothing useful.
  const short = q.length < 3;
  const needle = short ? ` ${q}` : q;
  // The filters first: they read typed columns, cheaper than confirming the text of an entry they refuse.
  const found = entriesHolding(view, needle, (k) => accept(view.byPopulation[k]!), bands);
  const matched = new Set<number>();
  for (const [k, p] of found) {
    const i = view.byPopulation[k]!;
    matched.add(i);
    tiers[short ? (p === view.starts[k] ? PREFIX : WORD_PREFIX) : tierOf(view, i, q)]!.push(i);
  }
  const fuzzy = q.length >= 3 ? similarNames(view, q, (i) => matched.has(i), accept, bands) : [];
  return [...tiers[EXACT]!, ...tiers[PREFIX]!, ...tiers[WORD_PREFIX]!, ...tiers[SUBSTRING]!, ...fuzzy];
}

/**
 * Population places k of the entries that `keep` accepts and whose text holds needle, ascending, each
 * with the needle's first position in keysText (its words: '|' read as a space).
 */
function entriesHolding(view: NameView, needle: string, keep: (k: number) => boolean, bands: readonly KeyRanges[]): [number, number][] {
  const { grams, keysText, starts } = view;
  const codes = substringCodes(needle);
  const out: [number, number][] = [];
  const check = (k: number) => {
    if (!keep(k)) return;
    const from = starts[k]!;
    const at = indexInWords(keysText, from, starts[k + 1]! - 1, needle);
    if (at >= 0) out.push([k, from + at]);
  };
  if (!codes.length) {
    for (let k = 0; k < view.size; k++) check(k); // no trigram to look up (never for folded text): read all
    return out;
  }
  let rarest: Int32Array[] = [];
  let size = Infinity;
  for (const g of codes) {
    const views = bands.flatMap((keys) => grams.keysIn(g, keys));
    const n = views.reduce((sum, v) => sum + v.length, 0);
    if (n < size) [rarest, size] = [views, n];
  }
  const places: number[] = [];
  let last = -1;
  for (const run of rarest) {
    for (const key of run) {
      const owner = grams.ownerOf(key);
      if (owner === last) continue; // an entry's keys are consecutive
      last = owner;
      places.push(view.position[owner]!);
    }
  }
  for (const k of Int32Array.from(places).sort()) check(k);
  return out;
}
