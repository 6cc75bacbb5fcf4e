import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import type { MatchStats } from '../../../shared/twinnings';
import type { DirectoryIndex } from '../authorities/authorities.index';
import { searchKeys } from '../authorities/authorities.rules';
import { buildDirectory } from '../authorities/authorities.service';
import { loadTwinnings } from './twinnings.load';
import { euRegionMembers, insertAuthorities } from '../authorities/authorities.load';
import { KINDS_MARKER, kindsLoaded, readKinds } from './kinds.load';
import { csvRecords, num, parseCsv, readDataFile } from './csv';
import { type AuthorityRow, enrichEuAuthority, euAuthority, type Place, PlaceGrid, turkishAuthority } from './reference.rules';
import { referenceLoads } from './reference.schema';
import { fillRegionNames } from './regions.rules';
import { backfillNames, NAMES_MARKER } from './names.backfill';

export const FILES = {
  turkish: 'tr_local_authorities_2025.csv.gz',
  eu: 'eu27_lau2020_nuts2021.csv.gz',
  places: 'geonames_cities1000_tr_eu27.csv.gz',
  admin1: 'geonames_admin1_tr_eu27.csv',
};

export type Progress = (phase: string, done: number, total: number) => void;
// Rows per insert statement: one JSON parameter each (insertJsonRows), a few MB.
const BATCH = 5000;

/** Read and join the reference files into authority rows (no database involved). */
export function readAuthorities(dir: string, progress: Progress = () => {}): AuthorityRow[] {
  progress('reading', 0, 1);
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
  const grid = new PlaceGrid(places);
  // One record at a time: at ten times the EU municipalities, an array of parsed records was the load's largest garbage.
  const euRaw = csvRecords(readDataFile(path.join(dir, FILES.eu)));
  const eu: AuthorityRow[] = [];
  for (const r of euRaw.records) {
    eu.push(enrichEuAuthority(euAuthority(r), grid, admin1));
    if (eu.length % 10_000 === 0) progress('matching GeoNames', eu.length, euRaw.count);
  }
  progress('matching GeoNames', eu.length, euRaw.count);
  const rows = [...turkish, ...fillRegionNames(eu)];
  // In place: the rows are this function's own (copies would double the directory in memory for a moment).
  for (const r of rows) r.searchKeys = searchKeys(r.name, r.nameLatin, r.code);
  return rows;
}

/** True once the directory has been loaded; restarts never load twice. */
export async function isLoaded(db: Db): Promise<boolean> {
  const rows = await db.select().from(referenceLoads).where(eq(referenceLoads.dataset, 'authorities'));
  return rows.length > 0;
}

/**
 * Load every authority on first start, in one transaction with its marker rows: an interrupted load
 * leaves nothing behind, and the next start simply loads again. A directory loaded before the
 * governorates, provincial administrations, unions and EU regions existed gets them (once, the same way).
 */
export async function loadReferenceData(db: Db, dir: string, progress: Progress = () => {}): Promise<number> {
  const municipalitiesLoaded = await isLoaded(db);
  if (municipalitiesLoaded && (await kindsLoaded(db))) return 0;
  const municipalities = municipalitiesLoaded ? [] : readAuthorities(dir, progress);
  const eu = municipalitiesLoaded ? await euRegionMembers(db) : municipalities.filter((r) => r.country !== 'TR');
  const rows = [...municipalities, ...readKinds(dir, eu)];
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await insertAuthorities(tx, rows.slice(i, i + BATCH));
      progress('inserting', Math.min(i + BATCH, rows.length), rows.length);
    }
    if (!municipalitiesLoaded) {
      await tx.insert(referenceLoads).values({ dataset: 'authorities', rows: rows.length });
      // readAuthorities already names regions and finds exonyms: nothing for backfillNames to do.
      await tx.insert(referenceLoads).values({ dataset: NAMES_MARKER, rows: 0 }).onConflictDoNothing();
    }
    await tx.insert(referenceLoads).values({ dataset: KINDS_MARKER, rows: rows.length - municipalities.length });
  });
  return rows.length;
}

export interface PreparedReference {
  directory: DirectoryIndex;
  authoritiesLoaded: number;
  twinningStats: MatchStats | null;
}

/**
 * Everything the platform needs of the reference data at start: the authorities (loaded on first
 * start), the in-memory directory, then the twinning lists tied to that directory.
 */
export async function prepareReference(db: Db, dir: string, progress: Progress = () => {}, cacheDir?: string): Promise<PreparedReference> {
  // A directory loaded by older code first gets today's region names: the EU regions are measured by them.
  if (await isLoaded(db)) await backfillNames(db);
  const authoritiesLoaded = await loadReferenceData(db, dir, progress);
  const directory = await buildDirectory(db, cacheDir);
  const twinningStats = await loadTwinnings(db, dir, directory, progress);
  return { directory, authoritiesLoaded, twinningStats };
}
