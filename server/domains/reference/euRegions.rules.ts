import { toIsoCountry } from '../../../shared/countries';
import { fold } from '../../../shared/text/fold';
import type { AuthorityRow } from './reference.rules';

/** One row of geonames_admin1_tr_eu27.csv. */
export interface Admin1 {
  country: string;
  admin1: string;
  name: string;
}

/** What a region needs of the EU municipalities it holds. */
export type RegionMember = Pick<AuthorityRow, 'country' | 'region' | 'regionName' | 'population' | 'areaKm2' | 'lat' | 'lon'>;

/**
 * Countries whose GeoNames first level is no regional authority, with the reason: there it is
 * either the municipalities themselves (already in the directory as LAUs) or a division without an
 * administration of its own.
 */
export const NO_REGIONAL_AUTHORITY: Readonly<Record<string, string>> = {
  SI: 'municipalities (občine), already LAUs',
  MT: 'local councils, already LAUs',
  LV: 'municipalities (novadi), already LAUs',
  IE: 'the four historic provinces, without administration',
  LU: 'cantons, without administration',
  EE: 'counties, without administration since 2017',
  LT: 'counties, without administration since 2010',
  CY: 'districts, offices of the central government',
  PT: 'districts, without administration since 2011 (the autonomous regions are kept)',
};

/** First-level regions kept where their country's are not authorities: Portugal's two autonomous regions. */
const AUTONOMOUS = new Set(['PT.10', 'PT.23']);

// The share of a region's people whose NUTS-3 code must start with the region's NUTS code.
const NUTS_SHARE = 0.9;

/**
 * The NUTS code of a region: the longest NUTS prefix (NUTS-1 to NUTS-3) under which at least 90% of
 * its municipalities' people live, or null when none holds them (GeoNames and NUTS drew the lines
 * differently). Bavaria → DE2, Île-de-France → FR10, Lombardy → ITC4.
 */
export function regionNuts(members: readonly Pick<RegionMember, 'region' | 'population'>[]): string | null {
  const total = members.reduce((s, m) => s + (m.population ?? 0), 0);
  if (total <= 0) return null;
  for (const length of [5, 4, 3]) {
    const byPrefix = new Map<string, number>();
    for (const m of members) {
      if (!m.region || m.region.length < length) continue;
      const prefix = m.region.slice(0, length);
      byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + (m.population ?? 0));
    }
    for (const [prefix, people] of byPrefix) if (people >= NUTS_SHARE * total) return prefix;
  }
  return null;
}

/** The readable, stable code of an EU region: country, "REG", GeoNames admin1 code (DE-REG-02 for Bavaria). */
export function regionCode(a: Admin1): string {
  return `${toIsoCountry(a.country)}-REG-${a.admin1}`;
}

/** Population-weighted centre of the members that have coordinates, or null when none has. */
function centre(members: readonly RegionMember[]): { lat: number; lon: number } | null {
  let w = 0;
  let lat = 0;
  let lon = 0;
  for (const m of members) {
    if (m.lat === null || m.lon === null) continue;
    const weight = Math.max(m.population ?? 0, 1);
    w += weight;
    lat += m.lat * weight;
    lon += m.lon * weight;
  }
  return w > 0 ? { lat: lat / w, lon: lon / w } : null;
}

/**
 * The EU first-level regional authorities: one per GeoNames admin1 region of a country that has
 * them, with the population, area and centre of the municipalities the directory places in it
 * (by their region name) and the NUTS code those municipalities share.
 */
export function euRegions(admin1: readonly Admin1[], eu: readonly RegionMember[]): AuthorityRow[] {
  const members = new Map<string, RegionMember[]>();
  for (const m of eu) {
    if (!m.regionName) continue;
    const key = `${m.country}:${m.regionName}`;
    const list = members.get(key);
    if (list) list.push(m);
    else members.set(key, [m]);
  }
  const out: AuthorityRow[] = [];
  for (const a of admin1) {
    const country = toIsoCountry(a.country);
    if (country === 'TR' || (country in NO_REGIONAL_AUTHORITY && !AUTONOMOUS.has(`${a.country}.${a.admin1}`))) continue;
    const held = members.get(`${country}:${a.name}`) ?? [];
    const nuts = regionNuts(held);
    const at = centre(held);
    const sum = (f: (m: RegionMember) => number | null) => (held.length ? held.reduce((s, m) => s + (f(m) ?? 0), 0) : null);
    out.push({
      code: regionCode(a), name: a.name, nameLatin: null, country, type: 'region',
      province: null, district: null, region: nuts, regionName: a.name, nuts2: nuts && nuts.length >= 4 ? nuts.slice(0, 4) : null,
      population: sum((m) => m.population), areaKm2: sum((m) => m.areaKm2),
      lat: at?.lat ?? null, lon: at?.lon ?? null, coordSource: at ? 'population_weighted_lau_centre' : null,
    });
  }
  return out;
}

// Generic words a list puts around a region's name ("Maramureș County", "Province of Zeeland").
const REGION_WORDS = /^(county|region|province|voivodeship|oblast|land|state|district)( of)? | (county|region|province|voivodeship|oblast|district|ili)$/;

/** A region's or province's name as a twinning list may give it, folded and without its generic word. */
export function regionKey(name: string): string {
  const folded = fold(name.split(',')[0] ?? name);
  return folded.replace(REGION_WORDS, '').trim() || folded;
}
