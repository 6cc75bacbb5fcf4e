import type { KeyRanges, TrigramPostings } from './trigram';

/** The first band holds the 16,384 most populous entries; each further band twice the one before. */
const FIRST_BAND = 16_384;

/**
 * The population band of a place k in the population order: 0 for the most populous entries, then
 * bands doubling in size. A typo lookup reads band after band and stops once it has enough matches,
 * so its cost follows the bands it reads, whose sizes do not depend on the directory's size.
 */
export function bandOf(k: number): number {
  return k < FIRST_BAND ? 0 : 1 + Math.floor(Math.log2(k / FIRST_BAND));
}

/**
 * The order in which entries' name keys go into the trigram postings: by population band, then by
 * country, in entry order within. Key ids follow it, so a band's keys of one country are one run of
 * ids: a `country=` search reads only its runs of each list (a TR search never walks EU entries), and
 * a typo lookup reads the most populous band first. Entry order within a run (not population) keeps
 * look-alike names (a place and its neighbours in the file) on nearby ids: whole-list walks measured
 * 1.5–2× slower in population order at 10× the data.
 */
export function keyOrder(byPopulation: Int32Array, country: Uint16Array): Int32Array {
  const band = new Int32Array(byPopulation.length);
  byPopulation.forEach((i, k) => (band[i] = bandOf(k)));
  const ids = Array.from(band.keys());
  ids.sort((a, b) => band[a]! - band[b]! || country[a]! - country[b]! || a - b);
  return Int32Array.from(ids);
}

/** Runs of key ids whose entries share a band and a country: [from, to, band, country] × runs, ascending. */
export type KeyRuns = Int32Array;

/**
 * The runs of the postings' keys, computed from the postings themselves (so a restored index and an
 * edited one, whose later keys come last, get them right; an edit only adds runs).
 */
export function keyRuns(grams: TrigramPostings, position: Int32Array, country: Uint16Array): KeyRuns {
  const out: number[] = [];
  const keys = grams.keyCount;
  for (let k = 0; k < keys; ) {
    const owner = grams.ownerOf(k);
    const b = bandOf(position[owner]!);
    const c = country[owner]!;
    let end = k + 1;
    for (; end < keys; end++) {
      const o = grams.ownerOf(end);
      if (country[o] !== c || bandOf(position[o]!) !== b) break;
    }
    out.push(k, end, b, c);
    k = end;
  }
  return Int32Array.from(out);
}

/**
 * The keys a name search may read, band by band (most populous first), each band's runs ascending:
 * every key, or only those of country index `country` (−1 for none: no keys at all).
 */
export function keyBands(runs: KeyRuns, country: number | null): KeyRanges[] {
  const bands: number[][] = [];
  for (let r = 0; r < runs.length; r += 4) {
    if (country !== null && runs[r + 3] !== country) continue;
    const band = (bands[runs[r + 2]!] ??= []);
    // Adjacent runs of one band (countries next to each other when unfiltered) read as one.
    if (band.length && band[band.length - 1] === runs[r]) band[band.length - 1] = runs[r + 1]!;
    else band.push(runs[r]!, runs[r + 1]!);
  }
  return bands.filter((b) => b !== undefined).map((b) => Int32Array.from(b));
}
