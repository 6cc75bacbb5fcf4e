import path from 'node:path';
import { parseCsv, readDataFile } from '../reference/csv';
import type { OldNamePlace } from './matching.history';

/** GeoNames alternate names of Turkish places (data/tr_places_alt_names_geonames.csv), as the matcher needs them. */
export function readOldNamePlaces(dataDir: string): OldNamePlace[] {
  const split = (cell: string | undefined) => (cell ? cell.split('|').map((s) => s.trim()).filter((s) => s.length > 0) : []);
  return parseCsv(readDataFile(path.join(dataDir, 'tr_places_alt_names_geonames.csv')))
    .map((r) => ({ name: r.name ?? '', authorityCodes: split(r.authority_ids), greek: split(r.alt_names_greek), latin: split(r.alt_names_latin) }))
    .filter((p) => p.authorityCodes.length > 0 && p.greek.length + p.latin.length > 0);
}
