import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { AuthorityProfile, AuthorityProfileUpdate, AuthoritySummary, AuthorityType } from '../../../shared/authorities';
import type { Theme } from '../../../shared/themes';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { forbidden, notFound } from '../../platform/errors';
import { authorityOfficers } from '../accounts/accounts.officers';
import { canEditProfile } from './authorities.policy';
import { authorities } from './authorities.schema';
import { DirectoryIndex, type DirectoryRows, firstKey } from './authorities.index';
import { searchKeys } from './authorities.rules';
import { decodeSnapshot, encodeSnapshot, snapshotCodeVersion } from './authorities.snapshot';
import { datasetLoad } from '../reference/reference.loads';

type AuthorityRecord = typeof authorities.$inferSelect;

const summaryColumns = {
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

function toSummary(r: Pick<AuthorityRecord, keyof typeof summaryColumns>): AuthoritySummary {
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
type DirectoryRow = Pick<AuthorityRecord, keyof typeof summaryColumns> & { searchKeys?: string | null };

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
   * `detach`: the rows' names are cut from larger texts (a CSV line, itself cut from the file's read
   * chunk) and are copied, else each would keep its text alive as long as the directory (~200 MB
   * at ten times the data). Rows read from the database have names of their own.
   */
  constructor(private detach = false) {}

  get size(): number {
    return this.keyed.length;
  }

  add(r: DirectoryRow): void {
    const keys = r.searchKeys ?? searchKeys(r.name, r.nameLatin, r.code);
    // The summary's fields in the order a read gives them (API answers list them in this order).
    const summary = toSummary({
      code: r.code, name: this.own(r.name), nameLatin: r.nameLatin === null ? null : this.own(r.nameLatin), country: this.once(r.country), type: this.once(r.type),
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

  private once<T extends string | null>(v: T): T {
    return v === null ? v : ((this.shared.get(v) as T | undefined) ?? (this.shared.set(v, v), v));
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
      .select({ ...summaryColumns, searchKeys: authorities.searchKeys })
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

/**
 * Authorities whose profile themes are still the ones the matching demo seeded: a seed audit entry
 * whose themes equal today's, with no profile edit after it. Outside demo mode these themes are not
 * the authority's word, so profiles and matching leave them out.
 */
export async function demoSeededThemeCodes(db: Db, code?: string): Promise<Set<string>> {
  const rows = await db
    .select({ code: authorities.code })
    .from(authorities)
    .where(sql`${code === undefined ? sql`TRUE` : sql`${authorities.code} = ${code}`} AND EXISTS (
      SELECT 1 FROM audit_log s
      WHERE s.action = 'authority.demo_themes_seeded' AND s.entity_type = 'authority' AND s.entity_id = ${authorities.code}
        AND s.after -> 'themes' = ${authorities.themes}
        AND NOT EXISTS (
          SELECT 1 FROM audit_log u
          WHERE u.action = 'authority.profile_updated' AND u.entity_type = 'authority' AND u.entity_id = ${authorities.code} AND u.at >= s.at))`);
  return new Set(rows.map((r) => r.code));
}

/** The full profile of one authority; contact officers only for signed-in readers; demo-seeded themes only in demo mode. */
export async function getProfile(db: Db, code: string, withOfficers: boolean, hideDemoThemes = false): Promise<AuthorityProfile> {
  const [row] = await db.select().from(authorities).where(eq(authorities.code, code)).limit(1);
  if (!row) throw notFound(`No authority with code ${code}`);
  const profile: AuthorityProfile = {
    ...toSummary(row),
    province: row.province,
    district: row.district,
    nuts2: row.nuts2,
    areaKm2: row.areaKm2,
    coordSource: row.coordSource,
    descriptionEn: row.descriptionEn,
    descriptionTr: row.descriptionTr,
    themes: row.themes,
    languages: row.languages,
    website: row.website,
    email: row.email,
    phone: row.phone,
    updatedAt: row.updatedAt.toISOString(),
  };
  if (hideDemoThemes && (await demoSeededThemeCodes(db, code)).has(code)) profile.themes = [];
  if (withOfficers) profile.officers = (await authorityOfficers(db, code)).map(({ name, email, position }) => ({ name, email, position }));
  return profile;
}

/** Apply an officer's or admin's edit to a profile, audited in the same transaction. */
export async function updateProfile(
  db: Db,
  user: SessionUser,
  code: string,
  change: AuthorityProfileUpdate,
): Promise<AuthorityProfile> {
  if (!canEditProfile(user, code)) throw forbidden('Only officers of this authority can edit its profile');
  const actorId = user.id;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(authorities).where(eq(authorities.code, code)).for('update');
    if (!before) throw notFound(`No authority with code ${code}`);
    await tx.update(authorities).set({ ...change, updatedAt: new Date() }).where(eq(authorities.code, code));
    const old = Object.fromEntries(Object.keys(change).map((k) => [k, before[k as keyof AuthorityRecord]]));
    await audit(tx, { actorId, action: 'authority.profile_updated', entityType: 'authority', entityId: code, before: old, after: change });
  });
  return getProfile(db, code, true);
}

/**
 * Give the named profiles these themes where a profile has none yet (the matching demo seed), audited;
 * never overwrites what an officer saved. Returns how many profiles changed.
 */
export async function fillEmptyThemes(db: Db, themes: ReadonlyMap<string, readonly Theme[]>): Promise<number> {
  let changed = 0;
  for (const [code, list] of themes) {
    const rows = await db
      .update(authorities)
      .set({ themes: [...list], updatedAt: new Date() })
      .where(sql`${authorities.code} = ${code} AND jsonb_array_length(${authorities.themes}) = 0`)
      .returning({ code: authorities.code });
    if (!rows.length) continue;
    changed++;
    await audit(db, { actorId: null, action: 'authority.demo_themes_seeded', entityType: 'authority', entityId: code, after: { themes: list } });
  }
  return changed;
}

/** Every authority whose profile names at least one theme, with those themes (the partner recommendations read them). */
export async function authorityThemeRows(db: Db): Promise<{ code: string; themes: string[] }[]> {
  return db
    .select({ code: authorities.code, themes: authorities.themes })
    .from(authorities)
    .where(sql`jsonb_array_length(${authorities.themes}) > 0`);
}
