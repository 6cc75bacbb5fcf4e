import { eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { AuthorityProfile, AuthorityProfileUpdate } from '../../../shared/authorities';
import type { Theme } from '../../../shared/themes';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { forbidden, notFound } from '../../platform/errors';
import { authorityOfficers } from '../accounts/accounts.officers';
import { canEditProfile } from './authorities.policy';
import { authorities } from './authorities.schema';
import { toSummary } from './authorities.directory';

type AuthorityRecord = typeof authorities.$inferSelect;

// The directory's in-memory index is made in authorities.directory.ts (buildDirectory).

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
