import { EXACT, MIN_SIMILARITY, type NameView, PREFIX, SUBSTRING, tierOf, typoRanking, WORD_PREFIX } from './authorities.names.view';
import { trigramCodes } from './trigram';

/**
 * The name ranking as a scan of every name and of q's whole trigram lists: what search did before
 * the index lookup (authorities.lookup.ts). Kept as the tests' reference, which the lookup must
 * equal result for result; the platform does not call it.
 */
export function rankByScan(view: NameView, q: string, accept: (i: number) => boolean): number[] {
  const tiers: number[][] = [[], [], [], [], []];
  const matched = new Uint8Array(view.size);
  const { starts } = view;
  const haystack = view.keysText.replaceAll('|', ' ');
  const short = q.length < 3;
  const needle = short ? ` ${q}` : q;
  let k = 0;
  for (let p = haystack.indexOf(needle); p >= 0; p = haystack.indexOf(needle, starts[k + 1]!)) {
    while (starts[k + 1]! <= p) k++;
    const i = view.byPopulation[k]!;
    matched[i] = 1;
    if (!accept(i)) continue;
    tiers[short ? (p === starts[k] ? PREFIX : WORD_PREFIX) : tierOf(view, i, q)]!.push(i);
  }
  const fuzzy = q.length >= 3 ? similarByScan(view, q, matched, accept) : [];
  return [...tiers[EXACT]!, ...tiers[PREFIX]!, ...tiers[WORD_PREFIX]!, ...tiers[SUBSTRING]!, ...fuzzy];
}

/** Typos as before: every key of every one of q's trigram lists counted. */
function similarByScan(view: NameView, q: string, skip: Uint8Array, accept: (i: number) => boolean): number[] {
  const { grams } = view;
  const codes = trigramCodes(q);
  const counts = new Map<number, number>();
  for (const g of codes) for (const key of grams.keys(g)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const best = new Map<number, number>();
  for (const [key, shared] of counts) {
    const sim = shared / (codes.length + grams.sizeOf(key) - shared);
    const owner = grams.ownerOf(key);
    if (sim >= MIN_SIMILARITY && !skip[owner] && (best.get(owner) ?? 0) < sim) best.set(owner, sim);
  }
  for (const owner of best.keys()) if (!accept(owner)) best.delete(owner);
  return typoRanking(best, view.position);
}
