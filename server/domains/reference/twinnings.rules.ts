import type { AuthoritySummary, AuthorityType } from '../../../shared/authorities';
import type { TwinningSource } from '../../../shared/twinnings';
import { exonymsOf } from '../../../shared/authorityNames';
import { fold } from '../../../shared/text/fold';
import { searchKeys } from '../authorities/authorities.rules';
import { distanceKm } from '../authorities/geo';
import { countryCode } from './countries.rules';
import { regionKey } from './euRegions.rules';
import { num } from './csv';

/** One side of a twinning as a list names it. */
export interface Side {
  name: string;
  countryName: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** Set when the list already names the authority (the dev pairs). */
  code?: string | null;
}

export interface RawPair {
  a: Side;
  b: Side;
  source: TwinningSource;
}

export type MatchMethod = 'code' | 'name_unique' | 'name_nearest' | 'name_region' | 'nearest_5km';
export interface Match {
  code: string;
  method: MatchMethod;
}

function side(name: string, countryName: string, lat?: string, lon?: string): Side {
  return { name: name.trim(), countryName: countryName.trim(), country: countryCode(countryName), lat: num(lat), lon: num(lon) };
}

/** Pairs from world_twinnings_wikipedia.csv (city1,country1,lat1,lng1,city2,...). */
export function wikipediaPairs(rows: Record<string, string>[]): RawPair[] {
  return rows.map((r) => ({
    a: side(r.city1!, r.country1!, r.lat1, r.lng1),
    b: side(r.city2!, r.country2!, r.lat2, r.lng2),
    source: 'wikipedia' as const,
  }));
}

/** Pairs from eu_twinnings_wikidata2017.tsv (origin in an EU country, sister city anywhere). */
export function wikidataPairs(rows: Record<string, string>[]): RawPair[] {
  return rows.map((r) => ({
    a: side(r.origincityLabel!, r.origincountry!, r.originlat, r.originlong),
    b: side(r.sistercityLabel!, r.destination_countryLabel!, r.destinationlat, r.destinationlong),
    source: 'wikidata' as const,
  }));
}

/** Pairs from tr_eu_twinning_pairs_dev.csv, already tied to codes; Northern Cyprus sides stay external. */
export function devPairs(rows: Record<string, string>[]): RawPair[] {
  return rows.map((r) => {
    const trnc = r.flag?.startsWith('cyprus_trnc') ?? false;
    const b = side(r.eu_name!, trnc ? 'Northern Cyprus' : r.eu_country_iso2!, r.eu_lat, r.eu_lon);
    return {
      a: { ...side(r.tr_name!, 'Turkey', r.tr_lat, r.tr_lon), code: r.tr_authority_id || null },
      b: { ...b, country: trnc ? null : b.country, code: trnc ? null : r.eu_gisco_id || null },
      source: 'dev_pairs' as const,
    };
  });
}

const CELL = 10; // 0.1° cells: a 3×3 look-up covers more than 5 km everywhere in Europe and Turkey

// The kinds a town-twinning list means by a place's name; the others are tied only by a province's or region's name.
const MUNICIPAL = new Set<AuthorityType>(['metropolitan_municipality', 'province_center', 'district_center', 'town', 'municipality']);

/**
 * Ties a listed side to a directory authority: by code, by unique name, by name and nearest, by the
 * name of a province (its governorate) or region, or by nearest centre. Names and centres find
 * municipalities first, so a town is never tied to the governorate or region that shares its name.
 */
export class AuthorityMatcher {
  private byName = new Map<string, AuthoritySummary[]>();
  private byTerritory = new Map<string, AuthoritySummary>();
  private cells = new Map<string, AuthoritySummary[]>();
  private codes = new Set<string>();

  /**
   * `storedKeys(i)`, when given, is the search keys the directory already holds for `all[i]`
   * (searchKeys with the code), so ~1M names are not folded again at a large directory's first start.
   */
  constructor(all: readonly AuthoritySummary[], storedKeys?: (i: number) => string) {
    for (let i = 0; i < all.length; i++) {
      const a = all[i]!;
      this.codes.add(a.code);
      const territory = a.type === 'region' ? a.name : a.type === 'governorate' ? a.regionName : null;
      if (territory) this.byTerritory.set(`${a.country}:${regionKey(territory)}`, a);
      if (!MUNICIPAL.has(a.type)) continue;
      for (const key of nameKeys(a, storedKeys?.(i)).split('|')) push(this.byName, `${a.country}:${key}`, a);
      if (a.lat !== null && a.lon !== null) push(this.cells, cell(a.country, a.lat, a.lon), a);
    }
  }

  match(s: Side): Match | null {
    if (s.code) return this.codes.has(s.code) ? { code: s.code, method: 'code' } : null;
    if (!s.country) return null;
    const named = this.byName.get(`${s.country}:${fold(s.name.split(',')[0] ?? s.name)}`) ?? [];
    if (named.length === 1) return { code: named[0]!.code, method: 'name_unique' };
    if (named.length > 1) return { code: this.pick(named, s).code, method: 'name_nearest' };
    const key = regionKey(s.name);
    const territory = this.byTerritory.get(`${s.country}:${key}`);
    // "Maramureș County" says it is the region; a bare "Vienna" or "Prague" is first the town near its point.
    const saysRegion = key !== fold(s.name.split(',')[0] ?? s.name);
    if (territory && saysRegion) return { code: territory.code, method: 'name_region' };
    const near = this.nearest(s);
    if (near) return { code: near.code, method: 'nearest_5km' };
    return territory ? { code: territory.code, method: 'name_region' } : null;
  }

  /** Among same-named authorities: the nearest to the listed point, else the most populous. */
  private pick(named: AuthoritySummary[], s: Side): AuthoritySummary {
    const score = (a: AuthoritySummary) =>
      s.lat !== null && s.lon !== null && a.lat !== null && a.lon !== null ? distanceKm(s.lat, s.lon, a.lat, a.lon) : 1e6 - (a.population ?? 0) / 1e3;
    return named.reduce((best, a) => (score(a) < score(best) ? a : best));
  }

  private nearest(s: Side): AuthoritySummary | null {
    if (s.lat === null || s.lon === null || !s.country) return null;
    let best: AuthoritySummary | null = null;
    let bestKm = 5;
    const cy = Math.floor(s.lat * CELL);
    const cx = Math.floor(s.lon * CELL);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const a of this.cells.get(`${s.country}:${cy + dy}:${cx + dx}`) ?? []) {
          const km = distanceKm(s.lat, s.lon, a.lat!, a.lon!);
          if (km <= bestKm) {
            best = a;
            bestKm = km;
          }
        }
    return best;
  }
}

/**
 * The keys a listed name is matched by: the authority's own name forms, searchKeys without the
 * exonyms its code adds (as matching always did). Stored keys are searchKeys(name, nameLatin, code):
 * for a code without exonyms (nearly all) exactly these forms, so they are taken as they are.
 */
function nameKeys(a: AuthoritySummary, stored: string | undefined): string {
  return stored !== undefined && exonymsOf(a.code).length === 0 ? stored : searchKeys(a.name, a.nameLatin);
}

function cell(country: string, lat: number, lon: number): string {
  return `${country}:${Math.floor(lat * CELL)}:${Math.floor(lon * CELL)}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
