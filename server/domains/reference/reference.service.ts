import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import type { MatchStats } from '../../../shared/twinnings';
import type { DirectoryIndex } from '../authorities/authorities.index';
import { buildDirectory, DirectoryGatherer } from '../authorities/authorities.directory';
import { loadTwinnings } from './twinnings.load';
import { copyAuthorities, directoryIsEmpty, euRegionMembers, insertAuthorities, withDirectoryIndexesAfter } from '../authorities/authorities.load';
import type { RegionMember } from './euRegions.rules';
import { KINDS_MARKER, kindsLoaded, readKinds } from './kinds.load';
import { type AuthorityRow } from './reference.rules';
import { euMunicipality, municipalities, openSources, readSources, withKeys } from './reference.stream';
import { referenceLoads } from './reference.schema';
import { fillRegionNames } from './regions.rules';
import { backfillNames, NAMES_MARKER } from './names.backfill';

export { FILES } from './reference.stream';

export type Progress = (phase: string, done: number, total: number) => void;
// Rows per insert statement: one JSON parameter each (insertJsonRows), a few MB.
const BATCH = 5000;

/** Read and join the reference files into authority rows, all at once and in file order (no database involved). */
export function readAuthorities(dir: string, progress: Progress = () => {}): AuthorityRow[] {
  progress('reading', 0, 1);
  const { src, eu: file } = readSources(dir);
  const eu: AuthorityRow[] = [];
  for (const line of file.lines) {
    eu.push(euMunicipality(src, line));
    if (eu.length % 10_000 === 0) progress('matching GeoNames', eu.length, file.count);
  }
  progress('matching GeoNames', eu.length, file.count);
  // In place: the rows are this function's own (copies would double the directory in memory for a moment).
  return [...src.turkish, ...fillRegionNames(eu)].map(withKeys);
}

/** True once the directory has been loaded; restarts never load twice. */
export async function isLoaded(db: Db): Promise<boolean> {
  const rows = await db.select().from(referenceLoads).where(eq(referenceLoads.dataset, 'authorities'));
  return rows.length > 0;
}

/**
 * Load every authority on first start, in one transaction with its marker rows: an interrupted load
 * leaves nothing behind, and the next start simply loads again. The municipalities are inserted in
 * batches as they are read and matched, so the ~1M rows of a large directory are never all held.
 * A directory loaded before the governorates, provincial administrations, unions and EU regions
 * existed gets them (once, the same way). Returns the number of rows loaded.
 */
export async function loadReferenceData(db: Db, dir: string, progress: Progress = () => {}, batch = BATCH): Promise<number> {
  return (await loadDirectory(db, dir, progress, batch)).count;
}

/** What a load stored: its rows' number and, when it stored the whole directory, those rows for the index. */
interface DirectoryLoad {
  count: number;
  gathered: DirectoryGatherer | null;
}

async function loadDirectory(db: Db, dir: string, progress: Progress, batch: number): Promise<DirectoryLoad> {
  const municipalitiesLoaded = await isLoaded(db);
  if (municipalitiesLoaded && (await kindsLoaded(db))) return { count: 0, gathered: null };
  if (!municipalitiesLoaded) progress('reading', 0, 1);
  return db.transaction(async (tx) => {
    // The kinds' number does not depend on the municipalities (one EU region per GeoNames region): known up front.
    const kinds = readKinds(dir, []).length;
    const sources = municipalitiesLoaded ? null : await openSources(dir);
    // Into an empty table every row is new: COPY, the secondary indexes made after, and the rows stored are the whole directory.
    const fresh = sources !== null && (await directoryIsEmpty(tx));
    const inserter = new Batches(tx, batch, fresh, (done) => progress('inserting', done, kinds + (sources ? sources.src.turkish.length + sources.eu.count : 0)));
    const members: RegionMember[] = [];
    const store = async () => {
      if (sources) for await (const row of municipalities(sources.src, sources.eu, members)) await inserter.add(row);
      const municipalityCount = inserter.added;
      for (const row of readKinds(dir, sources ? members : await euRegionMembers(tx))) await inserter.add(row);
      await inserter.flush();
      return municipalityCount;
    };
    const municipalityCount = fresh ? await withDirectoryIndexesAfter(tx, store) : await store();
    if (sources) {
      await tx.insert(referenceLoads).values({ dataset: 'authorities', rows: inserter.done });
      // municipalities() already names regions and finds exonyms: nothing for backfillNames to do.
      await tx.insert(referenceLoads).values({ dataset: NAMES_MARKER, rows: 0 }).onConflictDoNothing();
    }
    await tx.insert(referenceLoads).values({ dataset: KINDS_MARKER, rows: inserter.added - municipalityCount });
    return { count: inserter.done, gathered: inserter.gathered };
  });
}

/**
 * Rows gathered into insert statements of `size` rows; each full batch is inserted and dropped.
 * `fresh` (an empty table): batches are copied (COPY), a code met again is skipped as an
 * insert's ON CONFLICT DO NOTHING would, and each row's summary is kept for the directory index.
 */
class Batches {
  private rows: AuthorityRow[] = [];
  private codes = new Set<string>();
  /** Rows given so far, and rows inserted so far. */
  added = 0;
  done = 0;
  readonly gathered: DirectoryGatherer | null;

  constructor(
    private db: Db,
    private size: number,
    private fresh: boolean,
    private progress: (done: number) => void,
  ) {
    this.gathered = fresh ? new DirectoryGatherer(true) : null;
  }

  async add(row: AuthorityRow): Promise<void> {
    this.added++;
    if (this.fresh && this.codes.size === this.codes.add(row.code).size) this.done++; // a code met again: not stored
    else this.rows.push(row);
    if (this.rows.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.rows.length) return;
    const rows = this.rows;
    this.rows = [];
    if (this.fresh) await copyAuthorities(this.db, rows);
    else await insertAuthorities(this.db, rows);
    for (const r of rows) this.gathered?.add(r);
    this.done += rows.length;
    this.progress(this.done);
  }
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
  const { count: authoritiesLoaded, gathered } = await loadDirectory(db, dir, progress, BATCH);
  if (gathered) progress('indexing the directory', 0, 1);
  const directory = await buildDirectory(db, cacheDir, gathered ?? undefined);
  const twinningStats = await loadTwinnings(db, dir, directory, progress);
  return { directory, authoritiesLoaded, twinningStats };
}
