import type { TwinningSource } from '../../../shared/twinnings';
import { fold } from '../../../shared/text/fold';
import type { AuthorityMatcher, Match, RawPair, Side } from './twinnings.rules';

/** A loaded twinning as it goes into the database. */
export interface TwinningRow {
  aCode: string | null;
  aName: string;
  aCountry: string | null;
  aCountryName: string | null;
  aMatch: string | null;
  bCode: string | null;
  bName: string;
  bCountry: string | null;
  bCountryName: string | null;
  bMatch: string | null;
  /** Loaded twinnings' state is not known: the lists only say that two places are (or were) twinned. */
  status: 'unknown';
  source: TwinningSource;
  sources: string[];
}

// When lists disagree about a pair, the most specific source names it: the matched pairs first.
const PRIORITY: TwinningSource[] = ['dev_pairs', 'wikidata', 'wikipedia'];

function sideKey(s: Side, m: Match | null): string {
  return m ? m.code : `${s.country ?? fold(s.countryName)}:${fold(s.name)}`;
}

/**
 * Match both sides of every listed pair and merge the pairs that name the same two sides (lists
 * give A→B and B→A, and several lists give the same pair). Self-pairs are dropped.
 */
export function mergeTwinnings(pairs: RawPair[], matcher: AuthorityMatcher): TwinningRow[] {
  const merged = new Map<string, TwinningRow>();
  for (const p of pairs) {
    const ma = matcher.match(p.a);
    const mb = matcher.match(p.b);
    const ka = sideKey(p.a, ma);
    const kb = sideKey(p.b, mb);
    if (ka === kb) continue;
    const key = ka < kb ? `${ka}~${kb}` : `${kb}~${ka}`;
    const existing = merged.get(key);
    if (existing) {
      if (!existing.sources.includes(p.source)) existing.sources.push(p.source);
      if (PRIORITY.indexOf(p.source) < PRIORITY.indexOf(existing.source)) existing.source = p.source;
      continue;
    }
    merged.set(key, {
      aCode: ma?.code ?? null, aName: p.a.name, aCountry: p.a.country, aCountryName: p.a.countryName, aMatch: ma?.method ?? null,
      bCode: mb?.code ?? null, bName: p.b.name, bCountry: p.b.country, bCountryName: p.b.countryName, bMatch: mb?.method ?? null,
      status: 'unknown', source: p.source, sources: [p.source],
    });
  }
  return [...merged.values()];
}
