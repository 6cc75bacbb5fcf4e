import type { AuthoritySummary } from '../../../shared/authorities';
import { fold } from '../../../shared/text/fold';
import { NO_EVIDENCE } from './matching.evidence';
import { type Edge, TwinGraph } from './matching.graph';

/** A place outside the EU and Turkey as the world lists give it. */
export interface WorldPlace {
  name: string;
  lat: number | null;
  lon: number | null;
  population: number | null;
}

/** Key of a place outside the directory: its country and folded name (as the graph keys its external nodes). */
export const placeKey = (country: string, name: string) => `${country}:${fold(name)}`;

/**
 * The world seen from one country outside the EU: its towns take Turkey's place, so that every
 * signal (ties with the country's towns, the country's twinnings per EU country, its size pattern,
 * partners of partners, distance) means for a Ukrainian or Moroccan town what it means for a Turkish
 * one. Its towns become directory authorities with the "TR" side's role; Turkey's twinnings are left
 * out altogether, so that nothing learnt here has seen a Turkish pair. Sources: the country's towns
 * of known population and position with at least one EU partner in the directory. The graph carries
 * no evidence: Turkish old names and Turkish minority figures say nothing of a Ukrainian town's
 * partners, so historical_name and minority_share are 0 in every world task (learn:match leaves them out).
 */
export function worldGraph(directory: readonly AuthoritySummary[], edges: readonly Edge[], country: string, places: ReadonlyMap<string, WorldPlace>): { g: TwinGraph; sources: number[] } {
  const turkish = new Set(directory.filter((a) => a.country === 'TR').map((a) => a.code));
  const isTurkey = (code: string | null, c: string | null) => (code !== null ? turkish.has(code) : c === 'TR');
  const euCodes = new Set(directory.filter((a) => a.country !== 'TR').map((a) => a.code));
  const towns = new Map<string, AuthoritySummary>();
  const townOf = (code: string | null, name: string | undefined, c: string | null): string | null => {
    if (code !== null || c !== country || !name) return null;
    const key = placeKey(c, name);
    const place = places.get(key);
    if (!place || place.lat === null || place.lon === null || !place.population) return null;
    if (!towns.has(key)) {
      towns.set(key, { code: `W-${key}`, name: place.name, nameLatin: null, country: 'TR', type: 'district_center', population: place.population, lat: place.lat, lon: place.lon, region: null, regionName: null });
    }
    return towns.get(key)!.code;
  };
  const mapped: Edge[] = [];
  const euPartnered = new Set<string>();
  for (const e of edges) {
    if (isTurkey(e.a, e.aCountry) || isTurkey(e.b, e.bCountry)) continue;
    const [ta, tb] = [townOf(e.a, e.aName, e.aCountry), townOf(e.b, e.bName, e.bCountry)];
    if (ta && e.b !== null && euCodes.has(e.b)) euPartnered.add(ta);
    if (tb && e.a !== null && euCodes.has(e.a)) euPartnered.add(tb);
    mapped.push({ ...e, ...(ta ? { a: ta, aCountry: 'TR' } : {}), ...(tb ? { b: tb, bCountry: 'TR' } : {}) });
  }
  const g = new TwinGraph([...directory.filter((a) => a.country !== 'TR'), ...towns.values()], mapped, NO_EVIDENCE);
  return { g, sources: [...euPartnered].map((code) => g.index.get(code)!).sort((a, b) => a - b) };
}
