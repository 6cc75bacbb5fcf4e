import { and, eq } from 'drizzle-orm';
import type { AuthorityProfile, AuthorityProfileUpdate, AuthoritySummary, AuthorityType } from '../../../shared/authorities';
import type { Theme } from '../../../shared/themes';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { officerLinks, users } from '../accounts/accounts.schema';
import { authorities } from './authorities.schema';
import { DirectoryIndex } from './authorities.index';

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

/** Build the in-memory directory from the database (start-up, and after the first load). */
export async function buildDirectory(db: Db): Promise<DirectoryIndex> {
  const rows = await db.select(summaryColumns).from(authorities);
  return new DirectoryIndex(rows.map(toSummary));
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
  if (withOfficers) profile.officers = await officersOf(db, code);
  return profile;
}

async function officersOf(db: Db, code: string) {
  const rows = await db
    .select({ name: users.name, email: users.email, position: officerLinks.position })
    .from(officerLinks)
    .innerJoin(users, eq(users.id, officerLinks.userId))
    .where(and(eq(officerLinks.authorityCode, code), eq(officerLinks.status, 'approved')));
  return rows.map((r) => ({ name: r.name, email: r.email, position: r.position }));
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
