import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { asc, gt, sql } from 'drizzle-orm';
import type { AuthoritySummary, AuthorityType } from '../../../shared/authorities';
import type { Db } from '../../platform/db';
import { authorities } from './authorities.schema';
import { DirectoryIndex, type DirectoryRows, firstKey } from './authorities.index';
import { searchKeys } from './authorities.rules';
import { decodeSnapshot, encodeSnapshot, snapshotCodeVersion } from './authorities.snapshot';
import { datasetLoad } from '../reference/reference.loads';

// The in-memory directory's making: from the database or a first start's load, and its snapshot.

type AuthorityRecord = typeof authorities.$inferSelect;

/** The columns of a directory summary, in the order answers list them. */
export const summarySelection = {
  code: authorities.code,
  name: authorities.name,
  nameLatin: authorities.nameLatin,
  country: authorities.country,
  type: authorities.type,
  population: authorities.population,
  lat: authorities.lat,
  lon: authorities.lon,
  region: authorities.region,
  regionName: authorities.regionName,
};

/** A summary of a row of those columns. */
export function toSummary(r: Pick<AuthorityRecord, keyof typeof summarySelection>): AuthoritySummary {
  return { ...r, type: r.type as AuthorityType };
}

/**
 * Build the in-memory directory from the database. With a cache folder (the embedded database),
 * the built index is kept in a snapshot file named after the directory's version, because reading
 * ~100k rows out of PGlite and indexing them costs seconds at every start, restoring a snapshot
 * tens of milliseconds.
 *
 * The version is the reference load (its row count and time), the latest `updated_at` (rows change
 * only through that load and through edits that stamp `updated_at`; inserts stamp it too) and the
 * code that builds the index. Both database values are index or tiny-table lookups: a count(*)
 * would read the whole table at every start.
 *
 * `loaded`: the rows a first start has just stored, when they are the whole directory; they are not
 * read back (at ten times the data that read alone took ~50 s, mostly decoding rows in JavaScript).
 */
export async function buildDirectory(db: Db, cacheDir?: string, loaded?: DirectoryGatherer): Promise<DirectoryIndex> {
  const rows = async () => (loaded ? loaded.rows() : readDirectory(db));
  const code = cacheDir ? snapshotCodeVersion() : null;
  if (!cacheDir || !code) return DirectoryIndex.fromRows(await rows());
  const file = path.join(cacheDir, `directory-${await directoryVersion(db, code)}.bin`);
  const restored = readSnapshot(file);
  if (restored) return restored;
  const index = DirectoryIndex.fromRows(await rows());
  writeSnapshot(cacheDir, file, index);
  return index;
}

/** A short name for the directory's version (timestamps to the microsecond, as stored). */
async function directoryVersion(db: Db, code: string): Promise<string> {
  const load = await datasetLoad(db, 'authorities');
  const [latest] = await db.select({ at: sql<string | null>`max(${authorities.updatedAt})::text` }).from(authorities);
  const version = `${load?.rows ?? 0}|${load?.at ?? ''}|${latest?.at ?? ''}|${code}`;
  return createHash('sha256').update(version).digest('hex').slice(0, 16);
}

/** Rows per read of the directory: the driver's raw rows of one page at a time, not of ~1M authorities at once. */
const READ_PAGE = 20_000;

/** A directory row as read: its summary columns and stored search keys. */
type DirectoryRow = Pick<AuthorityRecord, keyof typeof summarySelection> & { searchKeys?: string | null };

/**
 * Directory rows gathered one at a time (the database's pages, or a first start's rows as it stores
 * them), then given in the index's order: by name key then code, an order that depends on the data
 * alone (not on where the database keeps rows), so the index's ties are the same at every start,
 * and its name sort finds the rows already sorted. The few distinct countries, types and regions
 * are kept once, not once per row.
 */
export class DirectoryGatherer {
  private keyed: { summary: AuthoritySummary; keys: string; name: string }[] = [];
  private shared = new Map<string, string>();

  /**
   * `detach`: the rows' codes and names are cut from larger texts (a CSV line, itself cut from the
   * file's read chunk) and are copied, else each would keep its text alive as long as the directory
   * (~200 MB at ten times the data for the names; the codes of the grown copies, 13 characters and
   * more, ~40 MB). Rows read from the database have texts of their own.
   */
  constructor(private detach = false) {}

  get size(): number {
    return this.keyed.length;
  }

  add(r: DirectoryRow): void {
    const keys = r.searchKeys ?? searchKeys(r.name, r.nameLatin, r.code);
    // The summary's fields in the order a read gives them (API answers list them in this order).
    const summary = toSummary({
      code: this.own(r.code), name: this.own(r.name), nameLatin: r.nameLatin === null ? null : this.own(r.nameLatin), country: this.once(r.country), type: this.once(r.type),
      population: r.population, lat: r.lat, lon: r.lon, region: this.once(r.region), regionName: this.once(r.regionName),
    });
    this.keyed.push({ summary, keys, name: firstKey(keys) });
  }

  /** The rows gathered, in the index's order; the gatherer is empty afterwards. */
  rows(): DirectoryRows {
    const keyed = this.keyed;
    this.keyed = [];
    this.shared.clear();
    keyed.sort((a, b) => compare(a.name, b.name) || compare(a.summary.code, b.summary.code));
    return { summaries: keyed.map((k) => k.summary), keys: keyed.map((k) => k.keys) };
  }

  /** A copy that holds no larger text (UTF-16 both ways: lossless for any string). */
  private own(v: string): string {
    return this.detach ? Buffer.from(v, 'utf16le').toString('utf16le') : v;
  }

  /** The one copy of a repeated value (detached too: the first one met would keep its line's chunk). */
  private once<T extends string | null>(v: T): T {
    if (v === null) return v;
    const known = this.shared.get(v);
    if (known !== undefined) return known as T;
    const own = this.own(v);
    this.shared.set(own, own);
    return own as T;
  }
}

/**
 * Every directory row, in the index's order (DirectoryGatherer). Read in pages by code, so the
 * driver's result rows (and, on PostgreSQL, the query's) are never all held beside the summaries
 * made of them.
 */
async function readDirectory(db: Db): Promise<DirectoryRows> {
  const gathered = new DirectoryGatherer();
  for (let after: string | null = null; ; ) {
    const page = await db
      .select({ ...summarySelection, searchKeys: authorities.searchKeys })
      .from(authorities)
      .where(after === null ? undefined : gt(authorities.code, after))
      .orderBy(asc(authorities.code))
      .limit(READ_PAGE);
    for (const r of page) gathered.add(r);
    if (page.length < READ_PAGE) break;
    after = page[page.length - 1]!.code;
  }
  return gathered.rows();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readSnapshot(file: string): DirectoryIndex | null {
  try {
    const state = decodeSnapshot(fs.readFileSync(file));
    return state && DirectoryIndex.fromState(state);
  } catch {
    return null; // missing, unreadable or inconsistent: rebuild from the database
  }
}

function writeSnapshot(dir: string, file: string, index: DirectoryIndex): void {
  try {
    const bytes = encodeSnapshot(index.state());
    fs.mkdirSync(dir, { recursive: true });
    for (const old of fs.readdirSync(dir)) if (old.startsWith('directory-')) fs.rmSync(path.join(dir, old), { force: true });
    fs.writeFileSync(`${file}.tmp`, bytes);
    fs.renameSync(`${file}.tmp`, file);
  } catch (err) {
    // Only a cache: the directory is right without it, the next start just reads the database again.
    console.warn(`TwinBridge: directory snapshot not written (${err instanceof Error ? err.message : String(err)})`);
  }
}
