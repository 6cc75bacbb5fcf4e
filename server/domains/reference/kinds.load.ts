import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { searchKeys } from '../authorities/authorities.rules';
import { regionLabel } from '../../../shared/regionNames';
import { fold } from '../../../shared/text/fold';
import { parseCsv, readDataFile } from './csv';
import { type Admin1, euRegions, type RegionMember } from './euRegions.rules';
import { districtOf, provinceOf, turkishStateAuthorities, unionOf } from './kinds.rules';
import type { AuthorityRow } from './reference.rules';
import { referenceLoads } from './reference.schema';

export const KIND_FILES = {
  provinces: 'turkiyeapi_provinces_2025.json.gz',
  districts: 'tr_districts_2025_with_coords.csv.gz',
  unions: 'tr_unions_of_local_authorities.csv',
  admin1: 'geonames_admin1_tr_eu27.csv',
};

/** Marks a directory that holds the governorates, provincial administrations, unions and EU regions. */
export const KINDS_MARKER = 'authority-kinds-v1';

/**
 * The authorities that are not municipalities (no database involved): Turkish governorates,
 * district governorates, special provincial administrations and unions, and the EU regions,
 * measured by the EU municipalities given.
 */
export function readKinds(dir: string, eu: readonly RegionMember[]): AuthorityRow[] {
  const read = (file: string) => readDataFile(path.join(dir, file));
  const provinces = (JSON.parse(read(KIND_FILES.provinces)) as Parameters<typeof provinceOf>[0][]).map(provinceOf);
  const districts = parseCsv(read(KIND_FILES.districts)).map(districtOf);
  const unions = parseCsv(read(KIND_FILES.unions)).map((r) => unionOf(r, provinces));
  const admin1: Admin1[] = parseCsv(read(KIND_FILES.admin1)).map((r) => ({ country: r.country!, admin1: r.admin1_code!, name: r.name! }));
  const rows = [...turkishStateAuthorities(provinces, districts), ...unions, ...euRegions(admin1, eu)];
  return rows.map((r) => ({ ...r, searchKeys: keysOf(r) }));
}

/** Search keys; a region is found by its Turkish name as well (Bavyera). */
function keysOf(r: AuthorityRow): string {
  const keys = searchKeys(r.name, r.nameLatin, r.code);
  const turkish = r.type === 'region' ? regionLabel(r.name, r.country, 'tr') : null;
  return turkish && !keys.split('|').includes(fold(turkish)) ? `${keys}|${fold(turkish)}` : keys;
}

/** True once the kinds are in the directory. */
export async function kindsLoaded(db: Db): Promise<boolean> {
  return (await db.select().from(referenceLoads).where(eq(referenceLoads.dataset, KINDS_MARKER))).length > 0;
}
