import type { AuthoritySummary } from '../../../shared/authorities';
import type { KeyRanges, TrigramPostings } from './trigram';

/**
 * Past this many runs a country's keys are too scattered for ranges to pay (a binary search per run
 * and list); the lookup then reads whole lists and lets the filter decide, as before.
 */
const MAX_RUNS = 64;

/**
 * The order in which entries' name keys go into the trigram postings: grouped by country, in entry
 * order within a country. Key ids follow it, so a country's keys are one run of ids and a `country=`
 * search reads only that run of each list (issue 20: a TR search never walks EU entries). Entry order
 * within the group (not population) keeps look-alike names (a place and its neighbours in the file)
 * on nearby ids: unfiltered lookups measured 1.5–2× slower with population order at 10× the data.
 */
export function keyOrder(summaries: readonly AuthoritySummary[]): Int32Array {
  const countries = [...new Set(summaries.map((s) => s.country))].sort();
  const rank = new Map(countries.map((c, r) => [c, r]));
  const group = Int32Array.from(summaries, (s) => rank.get(s.country)!);
  const ids = Array.from(summaries.keys());
  ids.sort((a, b) => group[a]! - group[b]! || a - b);
  return Int32Array.from(ids);
}

/**
 * For each country (by its index in the filter columns), the runs of key ids its entries own, as
 * KeyRanges; null where they are too scattered (keys added one by one after many edits). Computed
 * from the postings themselves, so a restored index (snapshot) and an edited one get them right.
 */
export function keyRangesByCountry(grams: TrigramPostings, country: Uint16Array, countries: number): KeyRanges[] {
  const runs: number[][] = Array.from({ length: countries }, () => []);
  const keys = grams.keyCount;
  for (let k = 0; k < keys; ) {
    const c = country[grams.ownerOf(k)]!;
    let end = k + 1;
    while (end < keys && country[grams.ownerOf(end)] === c) end++;
    runs[c]!.push(k, end);
    k = end;
  }
  return runs.map((r) => (r.length / 2 > MAX_RUNS ? null : Int32Array.from(r)));
}
