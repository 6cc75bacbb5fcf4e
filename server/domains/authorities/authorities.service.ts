import fs from 'node:fs';
import path from 'node:path';
import { count, eq, max } from 'drizzle-orm';
import type { AuthorityProfile, AuthorityProfileUpdate, AuthoritySummary, AuthorityType } from '../../../shared/authorities';
import type { Theme } from '../../../shared/themes';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { authorityOfficers } from '../accounts/accounts.officers';
import { authorities } from './authorities.schema';
import { DirectoryIndex, type IndexRow } from './authorities.index';

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
 * the rows are kept in a snapshot file named after the table's version, because reading ~100k
 * rows out of PGlite costs seconds at every start while the file takes a tenth of that.
 */
export async function buildDirectory(db: Db, cacheDir?: string): Promise<DirectoryIndex> {
  if (!cacheDir) return new DirectoryIndex(await readSummaries(db));
  const [v] = await db.select({ n: count(), at: max(authorities.updatedAt) }).from(authorities);
  const file = path.join(cacheDir, `directory-${v?.n ?? 0}-${v?.at?.getTime() ?? 0}.json`);
  const cached = readSnapshot(file);
  if (cached) return new DirectoryIndex(cached);
  const rows = await readSummaries(db);
  writeSnapshot(cacheDir, file, rows);
  return new DirectoryIndex(rows);
}

async function readSummaries(db: Db): Promise<IndexRow[]> {
  const rows = await db.select({ ...summaryColumns, searchKeys: authorities.searchKeys }).from(authorities);
  return rows.map((r) => ({ ...toSummary(r), searchKeys: r.searchKeys }));
}

const SNAPSHOT_FIELDS = [...Object.keys(summaryColumns), 'searchKeys'] as (keyof IndexRow)[];

/** Snapshots are stored column by column: half the size of row objects and quicker to parse. */
function readSnapshot(file: string): IndexRow[] | null {
  let columns: unknown[][];
  try {
    columns = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[][];
  } catch {
    return null; // missing or unreadable: rebuild from the database
  }
  const n = columns[0]?.length ?? 0;
  const rows: IndexRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    SNAPSHOT_FIELDS.forEach((f, c) => (row[f] = columns[c]![i]));
    rows[i] = row as IndexRow;
  }
  return rows;
}

function writeSnapshot(dir: string, file: string, rows: IndexRow[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir)) if (old.startsWith('directory-')) fs.rmSync(path.join(dir, old), { force: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(SNAPSHOT_FIELDS.map((f) => rows.map((r) => r[f] ?? null))));
  fs.renameSync(`${file}.tmp`, file);
}

/** The full profile of one authority; contact officers only for signed-in readers. */
export async function getProfile(db: Db, code: string, withOfficers: boolean): Promise<AuthorityProfile> {
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
    themes: row.themes as Theme[],
    languages: row.languages,
    website: row.website,
    email: row.email,
    phone: row.phone,
    updatedAt: row.updatedAt.toISOString(),
  };
  if (withOfficers) profile.officers = (await authorityOfficers(db, code)).map(({ name, email, position }) => ({ name, email, position }));
  return profile;
}

/** Apply an officer's or admin's edit to a profile, audited in the same transaction. */
export async function updateProfile(
  db: Db,
  code: string,
  change: AuthorityProfileUpdate,
  actorId: string,
): Promise<AuthorityProfile> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(authorities).where(eq(authorities.code, code)).for('update');
    if (!before) throw notFound(`No authority with code ${code}`);
    await tx.update(authorities).set({ ...change, updatedAt: new Date() }).where(eq(authorities.code, code));
    const old = Object.fromEntries(Object.keys(change).map((k) => [k, before[k as keyof AuthorityRecord]]));
    await audit(tx, { actorId, action: 'authority.profile_updated', entityType: 'authority', entityId: code, before: old, after: change });
  });
  return getProfile(db, code, true);
}
