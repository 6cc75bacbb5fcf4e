import path from 'node:path';
import { searchKeys } from '../authorities/authorities.rules';
import { csvFileLines, type CsvLines, csvLines, num, parseCsv, readDataFile, recordOf } from './csv';
import type { RegionMember } from './euRegions.rules';
import { type AuthorityRow, enrichEuAuthority, euAuthority, type Place, PlaceGrid, turkishAuthority } from './reference.rules';
import { lacksRegionName, RegionNameTally } from './regions.rules';

export const FILES = {
  turkish: 'tr_local_authorities_2025.csv.gz',
  eu: 'eu27_lau2020_nuts2021.csv.gz',
  places: 'geonames_cities1000_tr_eu27.csv.gz',
  admin1: 'geonames_admin1_tr_eu27.csv',
};

/** What the municipalities are made of: the Turkish rows, GeoNames, and the EU file's header. */
export interface MunicipalitySources {
  turkish: AuthorityRow[];
  grid: PlaceGrid;
  admin1: Map<string, string>;
  euHeader: string[];
}

/** The EU file's lines, unparsed, read as they are needed, or already in memory. */
export type EuLines = Pick<CsvLines, 'header' | 'count'> & { lines: AsyncIterable<string> | Iterable<string> };

/** Read the reference files the municipalities come from, but the EU file's lines (no database involved). */
function readGeo(dir: string): Omit<MunicipalitySources, 'euHeader'> {
  const turkish = parseCsv(readDataFile(path.join(dir, FILES.turkish))).map(turkishAuthority);
  const places: Place[] = parseCsv(readDataFile(path.join(dir, FILES.places))).map((r) => ({
    name: r.name!,
    altName: r.alt_name ?? '',
    country: r.country!,
    admin1: r.admin1_code ?? '',
    population: num(r.population) ?? 0,
    lat: num(r.latitude) ?? 0,
    lon: num(r.longitude) ?? 0,
  }));
  const admin1 = new Map(parseCsv(readDataFile(path.join(dir, FILES.admin1))).map((r) => [r.code!, r.name!]));
  return { turkish, grid: new PlaceGrid(places), admin1 };
}

/** The sources with the EU file's text in memory, its lines cut out one at a time. */
export function readSources(dir: string): { src: MunicipalitySources; eu: CsvLines } {
  const eu = csvLines(readDataFile(path.join(dir, FILES.eu)));
  return { src: { ...readGeo(dir), euHeader: eu.header }, eu };
}

/**
 * The sources with the EU file read line by line as the load goes: at ten times the EU
 * municipalities its text alone is ~190 MB (Greek and Cyrillic names make it two bytes a character).
 */
export async function openSources(dir: string): Promise<{ src: MunicipalitySources; eu: EuLines }> {
  const eu = await csvFileLines(path.join(dir, FILES.eu));
  return { src: { ...readGeo(dir), euHeader: eu.header }, eu };
}

/** One EU municipality from its line, matched to GeoNames (coordinates, Latin name, region name). */
export function euMunicipality(src: MunicipalitySources, line: string): AuthorityRow {
  return enrichEuAuthority(euAuthority(recordOf(src.euHeader, line)), src.grid, src.admin1);
}

/** What euRegions measures of a municipality, without its names and keys. */
function memberOf(r: AuthorityRow): RegionMember {
  return { country: r.country, region: r.region, regionName: r.regionName, population: r.population, areaKm2: r.areaKm2, lat: r.lat, lon: r.lon };
}

/**
 * The municipalities one at a time, each with its search keys, so a load can insert them as they
 * come and never hold them all: the Turkish ones, then the EU ones as they are matched to GeoNames.
 * An EU one without a region name waits for its NUTS-3 region's name, which only the whole file
 * gives (fillRegionNames): only its line is kept, and it is matched again and given at the end.
 * The rows are those of readAuthorities, in another order. `members` receives every EU
 * municipality's region facts in file order (region names filled by the end), for euRegions.
 */
export async function* municipalities(src: MunicipalitySources, eu: EuLines, members: RegionMember[]): AsyncGenerator<AuthorityRow> {
  for (const r of src.turkish) yield withKeys(r);
  const tally = new RegionNameTally();
  const waiting: { line: string; member: RegionMember }[] = [];
  for await (const line of eu.lines) {
    const row = euMunicipality(src, line);
    const member = memberOf(row);
    members.push(member);
    tally.add(row);
    if (lacksRegionName(row)) waiting.push({ line, member });
    else yield withKeys(row);
  }
  const byNuts = tally.names();
  for (const { line, member } of waiting) {
    member.regionName = byNuts.get(member.region!) ?? null;
    yield withKeys({ ...euMunicipality(src, line), regionName: member.regionName });
  }
}

/** The row with its search keys; in place, as the row is the caller's own. */
export function withKeys(r: AuthorityRow): AuthorityRow {
  r.searchKeys = searchKeys(r.name, r.nameLatin, r.code);
  return r;
}
