import type { AuthorityType } from '../../../shared/authorities';
import { toIsoCountry } from '../../../shared/countries';
import { fold, isNonLatin, similarity, trigrams } from '../../../shared/text/fold';
import { coreName } from '../authorities/authorities.rules';
import { distanceKm } from '../authorities/geo';
import { num } from './csv';

/** An authority row as it goes into the database. */
export interface AuthorityRow {
  code: string;
  name: string;
  nameLatin: string | null;
  country: string;
  type: AuthorityType;
  province: string | null;
  district: string | null;
  region: string | null;
  regionName: string | null;
  nuts2: string | null;
  population: number | null;
  areaKm2: number | null;
  lat: number | null;
  lon: number | null;
  coordSource: string | null;
  searchKeys?: string;
}

export interface Place {
  name: string;
  altName: string;
  country: string;
  admin1: string;
  population: number;
  lat: number;
  lon: number;
}

const TR_TYPES = new Set<AuthorityType>(['metropolitan_municipality', 'province_center', 'district_center', 'town']);

/** A Turkish municipality from tr_local_authorities_2025.csv; region is the ISO 3166-2 province code. */
export function turkishAuthority(r: Record<string, string>): AuthorityRow {
  const type = r.type as AuthorityType;
  if (!TR_TYPES.has(type)) throw new Error(`Unknown Turkish authority type ${r.type} for ${r.authority_id}`);
  const plate = String(r.province_id).padStart(2, '0');
  return {
    code: r.authority_id!,
    name: r.name!,
    nameLatin: null,
    country: 'TR',
    type,
    province: r.province_name || null,
    district: r.district_name || null,
    region: `TR-${plate}`,
    regionName: r.province_name || null,
    nuts2: null,
    population: num(r.population_2025),
    areaKm2: null,
    lat: num(r.lat),
    lon: num(r.lon),
    coordSource: r.coord_source && r.coord_source !== 'none' ? r.coord_source : null,
  };
}

/** An EU local administrative unit from eu27_lau2020_nuts2021.csv; region is its NUTS-3 code. */
export function euAuthority(r: Record<string, string>): AuthorityRow {
  const lat = num(r.latitude);
  return {
    code: r.gisco_id!,
    name: r.lau_name!,
    nameLatin: null,
    country: toIsoCountry(r.country!),
    type: 'municipality',
    province: null,
    district: null,
    region: r.nuts_3 || null,
    regionName: null,
    nuts2: r.nuts_2 || null,
    population: num(r.population),
    areaKm2: num(r.area_km2),
    lat,
    lon: num(r.longitude),
    coordSource: lat === null ? null : r.coord_type || null,
  };
}

/** Nearest-place look-ups over GeoNames, on a grid of quarter-degree cells per country. */
export class PlaceGrid {
  /** Per country, the places of each cell by a number (no string to build per look-up: ~1M look-ups at ten times the data). */
  private cells = new Map<string, Map<number, Place[]>>();
  private byName = new Map<string, Place[]>();

  constructor(places: Place[]) {
    for (const p of places) {
      const country = this.cells.get(p.country) ?? this.cells.set(p.country, new Map()).get(p.country)!;
      push(country, cellOf(Math.floor(p.lat * 4), Math.floor(p.lon * 4)), p);
      for (const n of new Set([fold(p.name), fold(p.altName)])) if (n) push(this.byName, `${p.country}:${n}`, p);
    }
  }

  /** Places of a country within `km` of a point (km ≤ ~25 keeps the 3×3 cell search exact enough). */
  near(country: string, lat: number, lon: number, km: number): Place[] {
    const out: Place[] = [];
    const cells = this.cells.get(country);
    if (!cells) return out;
    const cy = Math.floor(lat * 4);
    const cx = Math.floor(lon * 4);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const p of cells.get(cellOf(cy + dy, cx + dx)) ?? [])
          if (distanceKm(lat, lon, p.lat, p.lon) <= km) out.push(p);
    return out;
  }

  /** The place of a country nearest to a point within `km`, measuring each candidate once. */
  nearest(country: string, lat: number, lon: number, km: number): Place | null {
    let best: Place | null = null;
    let bestKm = km;
    const cells = this.cells.get(country);
    if (!cells) return null;
    const cy = Math.floor(lat * 4);
    const cx = Math.floor(lon * 4);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const p of cells.get(cellOf(cy + dy, cx + dx)) ?? []) {
          const d = distanceKm(lat, lon, p.lat, p.lon);
          // Strictly nearer, or as near and first met: the order a stable sort by distance gave.
          if (d < bestKm || (d === bestKm && best === null)) {
            best = p;
            bestKm = d;
          }
        }
    return best;
  }

  named(country: string, foldedName: string): Place[] {
    return this.byName.get(`${country}:${foldedName}`) ?? [];
  }
}

/** Latin-script name for a Greek or Cyrillic unit: the nearby GeoNames place whose name matches its transliteration. */
export function latinName(row: AuthorityRow, grid: PlaceGrid): string | null {
  if (!isNonLatin(row.name) || row.lat === null || row.lon === null) return null;
  const grams = trigrams(coreName(row.name));
  let best: Place | null = null;
  let bestSim = 0.3;
  for (const p of grid.near(row.country, row.lat, row.lon, 15)) {
    const sim = Math.max(similarity(grams, trigrams(fold(p.name))), similarity(grams, trigrams(fold(p.altName))));
    if (sim > bestSim) {
      best = p;
      bestSim = sim;
    }
  }
  return best?.name ?? null;
}

/** For a unit without coordinates (France): the same-named place in its country, closest in population. */
export function placeByName(row: AuthorityRow, grid: PlaceGrid): Place | null {
  const candidates = grid.named(row.country, fold(row.name));
  const pop = row.population ?? 0;
  let best: Place | null = null;
  for (const p of candidates) if (!best || Math.abs(p.population - pop) < Math.abs(best.population - pop)) best = p;
  return best;
}

/** Fill what the LAU file lacks from GeoNames: coordinates (France), Latin name, first-level region name. */
export function enrichEuAuthority(row: AuthorityRow, grid: PlaceGrid, admin1: Map<string, string>): AuthorityRow {
  let { lat, lon, coordSource } = row;
  let regionPlace: Place | null = null;
  if (lat === null || lon === null) {
    const p = placeByName(row, grid);
    if (p) {
      ({ lat, lon } = p);
      coordSource = 'geonames_name';
      regionPlace = p;
    }
  }
  const located = { ...row, lat, lon, coordSource };
  if (!regionPlace && lat !== null && lon !== null) {
    regionPlace = grid.nearest(row.country, lat, lon, 25);
  }
  const regionName = regionPlace ? (admin1.get(`${regionPlace.country}.${regionPlace.admin1}`) ?? null) : null;
  return { ...located, nameLatin: latinName(located, grid), regionName };
}

/** A quarter-degree cell (row cy of latitude, column cx of longitude) as one number: rows and columns stay within ±720. */
function cellOf(cy: number, cx: number): number {
  return (cy + 1024) * 4096 + (cx + 1024);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
