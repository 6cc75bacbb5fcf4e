import { fold } from '../../../shared/text/fold';
import { num } from './csv';
import type { AuthorityRow } from './reference.rules';

// Turkey's state and provincial authorities, derived from the province and district files. The
// Turkish name goes in `name`, the English one in `nameLatin` (the Latin-script name an English
// reader sees), so search finds both and the display rule needs nothing new.

/** A province as turkiyeapi_provinces_2025.json gives it. */
export interface Province {
  plate: number;
  name: string;
  population: number | null;
  areaKm2: number | null;
  metropolitan: boolean;
  lat: number | null;
  lon: number | null;
}

/** A district as tr_districts_2025_with_coords.csv gives it. */
export interface District {
  name: string;
  plate: number;
  population: number | null;
  areaKm2: number | null;
  lat: number | null;
  lon: number | null;
  coordSource: string | null;
}

interface ProvinceJson {
  id: number;
  name: string;
  population?: number;
  area?: { value?: number };
  isMetropolitan?: boolean;
  coordinates?: { latitude?: number; longitude?: number };
}

/** A province from one entry of turkiyeapi_provinces_2025.json. */
export function provinceOf(p: ProvinceJson): Province {
  return {
    plate: p.id,
    name: p.name,
    population: p.population ?? null,
    areaKm2: p.area?.value ?? null,
    metropolitan: p.isMetropolitan === true,
    lat: p.coordinates?.latitude ?? null,
    lon: p.coordinates?.longitude ?? null,
  };
}

/** A district from one row of tr_districts_2025_with_coords.csv. */
export function districtOf(r: Record<string, string>): District {
  return {
    name: r.district_name!,
    plate: Number(r.province_id),
    population: num(r.population_2025),
    areaKm2: num(r.area_km2),
    lat: num(r.lat),
    lon: num(r.lon),
    coordSource: r.coord_source && r.coord_source !== 'none' ? r.coord_source : null,
  };
}

/** The two-digit plate code that every Turkish provincial code carries ("01" for Adana). */
export function plateCode(plate: number): string {
  return String(plate).padStart(2, '0');
}

/** A district name as a readable code part: folded to ASCII, upper case, words joined by "-" ("Kocasinan" → "KOCASINAN"). */
export function districtSlug(name: string): string {
  return fold(name).toUpperCase().replace(/ /g, '-');
}

// Where the province's own coordinates come from: the same source as the metropolitan rows.
const PROVINCE_COORDS = 'turkiyeapi_province_osm_admin_centre';

function provincial(p: Province, code: string, name: string, nameEn: string, type: AuthorityRow['type']): AuthorityRow {
  return {
    code, name, nameLatin: nameEn, country: 'TR', type,
    province: p.name, district: null, region: `TR-${plateCode(p.plate)}`, regionName: p.name, nuts2: null,
    population: p.population, areaKm2: p.areaKm2, lat: p.lat, lon: p.lon,
    coordSource: p.lat === null ? null : PROVINCE_COORDS,
  };
}

/** The governorate (valilik) of a province: TR-VAL-<plate>, its territory the whole province. */
export function governorate(p: Province): AuthorityRow {
  return provincial(p, `TR-VAL-${plateCode(p.plate)}`, `${p.name} Valiliği`, `Governorship of ${p.name}`, 'governorate');
}

/**
 * The special provincial administration (il özel idaresi) of a province: TR-IOI-<plate>. Only the
 * provinces without a metropolitan municipality keep one (Law 6360 closed the others in 2014).
 */
export function specialProvincialAdministration(p: Province): AuthorityRow | null {
  if (p.metropolitan) return null;
  const name = `${p.name} İl Özel İdaresi`;
  return provincial(p, `TR-IOI-${plateCode(p.plate)}`, name, `Special Provincial Administration of ${p.name}`, 'special_provincial_administration');
}

/**
 * The district governorate (kaymakamlık) of a district: TR-KAY-<plate>-<DISTRICT>. The central
 * district ("Merkez") of a non-metropolitan province has none: its governor runs it directly.
 */
export function districtGovernorate(d: District, p: Province): AuthorityRow | null {
  if (!p.metropolitan && fold(d.name) === 'merkez') return null;
  return {
    code: `TR-KAY-${plateCode(p.plate)}-${districtSlug(d.name)}`,
    name: `${d.name} Kaymakamlığı`,
    nameLatin: `District Governorship of ${d.name}`,
    country: 'TR',
    type: 'district_governorate',
    province: p.name, district: d.name, region: `TR-${plateCode(p.plate)}`, regionName: p.name, nuts2: null,
    population: d.population, areaKm2: d.areaKm2, lat: d.lat, lon: d.lon, coordSource: d.lat === null ? null : d.coordSource,
  };
}

/** Every governorate, special provincial administration and district governorate of Turkey. */
export function turkishStateAuthorities(provinces: readonly Province[], districts: readonly District[]): AuthorityRow[] {
  const byPlate = new Map(provinces.map((p) => [p.plate, p]));
  const out: AuthorityRow[] = [];
  for (const p of provinces) {
    out.push(governorate(p));
    const spa = specialProvincialAdministration(p);
    if (spa) out.push(spa);
  }
  for (const d of districts) {
    const p = byPlate.get(d.plate);
    if (!p) throw new Error(`District ${d.name} names an unknown province ${d.plate}`);
    const kay = districtGovernorate(d, p);
    if (kay) out.push(kay);
  }
  return out;
}

/**
 * A union of local authorities from tr_unions_of_local_authorities.csv, placed at its seat
 * province (unions have no territory of their own, so no population).
 */
export function unionOf(r: Record<string, string>, provinces: readonly Province[]): AuthorityRow {
  const seat = provinces.find((p) => p.plate === Number(r.seat_province_id));
  if (!seat) throw new Error(`Union ${r.code} names an unknown seat province ${r.seat_province_id}`);
  return {
    code: r.code!, name: r.name!, nameLatin: r.name_en || null, country: 'TR', type: 'union_of_municipalities',
    province: seat.name, district: null, region: `TR-${plateCode(seat.plate)}`, regionName: seat.name, nuts2: null,
    population: null, areaKm2: null, lat: seat.lat, lon: seat.lon, coordSource: seat.lat === null ? null : PROVINCE_COORDS,
  };
}
