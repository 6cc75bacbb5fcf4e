import { and, count, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { AuthorityTwinning, MatchStats, TwinningSource, TwinningStatus } from '../../../shared/twinnings';
import { insertJsonRows } from '../../platform/bulkInsert';
import type { Db } from '../../platform/db';
import { twinningActivities } from './twinnings.activities.schema';
import { byName, REGISTRY_ORDER, turkeyEu, turkishFirst } from './twinnings.order';
import { twinnings } from './twinnings.schema';

type Row = typeof twinnings.$inferSelect;

/**
 * The SQL of shownPublicly (twinnings.rules.ts): loaded twinnings, and platform ones the partner took
 * part in. `viewer`: the authority an officer acts for, who also sees the twinnings of its own side.
 */
export function publiclyShown(viewer: string | null = null): SQL {
  const shown = sql`(${twinnings.source} <> 'platform' OR ${twinnings.status} <> 'proposed' OR ${twinnings.pendingApprovals} @> '["b"]'::jsonb)`;
  return viewer ? or(shown, eq(twinnings.aCode, viewer), eq(twinnings.bCode, viewer))! : shown;
}

/** A twinning seen from one of its sides: the other side is the partner. */
export function fromSide(row: Row, code: string): AuthorityTwinning {
  const aIsMe = row.aCode === code;
  return {
    id: row.id,
    partner: aIsMe
      ? { code: row.bCode, name: row.bName, country: row.bCountry, countryName: row.bCountryName }
      : { code: row.aCode, name: row.aName, country: row.aCountry, countryName: row.aCountryName },
    status: row.status as TwinningStatus,
    since: row.sinceYear,
    source: row.source as TwinningSource,
    sources: row.sources,
  };
}

/** Every twinning of an authority shown to this viewer (see publiclyShown), loaded or made on the platform, by partner name. */
export async function twinningsOf(db: Db, code: string, viewer: string | null = null): Promise<AuthorityTwinning[]> {
  const rows = await db
    .select()
    .from(twinnings)
    .where(and(or(eq(twinnings.aCode, code), eq(twinnings.bCode, code)), publiclyShown(viewer)));
  return rows.map((r) => fromSide(r, code)).sort((x, y) => byName(x.partner.name, y.partner.name) || x.id.localeCompare(y.id));
}

export interface TwinningFilter {
  /** `tr_eu`: only twinnings between a Turkish authority and one in the EU-27. */
  scope?: 'tr_eu' | 'all';
  country?: string;
  /** Codes of the authorities in a province or region, resolved by the caller through the directory. */
  codes?: string[];
  status?: TwinningStatus;
  source?: TwinningSource;
  /** Twinnings with at least one activity on this theme. */
  theme?: string;
}

/** The SQL condition of a registry filter (the exports); registryPredicate (twinnings.registry.rules.ts) is the same in memory for the list, the counts and the map. */
function registryWhere(f: TwinningFilter): SQL | undefined {
  // The registry is public: a bare proposal stays with its two sides (shownPublicly).
  const where: SQL[] = [publiclyShown()];
  if (f.scope === 'tr_eu') where.push(turkeyEu());
  if (f.country) where.push(or(eq(twinnings.aCountry, f.country), eq(twinnings.bCountry, f.country))!);
  if (f.codes) where.push(f.codes.length ? or(inArray(twinnings.aCode, f.codes), inArray(twinnings.bCode, f.codes))! : sql`false`);
  if (f.status) where.push(eq(twinnings.status, f.status));
  if (f.source) where.push(eq(twinnings.source, f.source));
  if (f.theme)
    where.push(sql`EXISTS (SELECT 1 FROM ${twinningActivities} WHERE ${twinningActivities.twinningId} = ${twinnings.id} AND ${twinningActivities.themes} @> jsonb_build_array(${f.theme}::text))`);
  return where.length ? and(...where) : undefined;
}

/** A registry row with the Turkish side first. */
function toListItem(r: Row) {
  return turkishFirst({
    id: r.id,
    a: { code: r.aCode, name: r.aName, country: r.aCountry, countryName: r.aCountryName },
    b: { code: r.bCode, name: r.bName, country: r.bCountry, countryName: r.bCountryName },
    status: r.status as TwinningStatus,
    since: r.sinceYear,
    source: r.source as TwinningSource,
    sources: r.sources,
  });
}
export type RegistryItem = ReturnType<typeof toListItem>;

/** The whole filtered registry, for exports. */
export async function exportTwinnings(db: Db, f: TwinningFilter): Promise<RegistryItem[]> {
  const rows = await db.select().from(twinnings).where(registryWhere(f)).orderBy(...REGISTRY_ORDER);
  return rows.map(toListItem);
}

/** Match counts of the loaded twinnings, computed from the table. */
export async function matchStats(db: Db): Promise<MatchStats> {
  const rows = await db
    .select({ aMatch: twinnings.aMatch, bMatch: twinnings.bMatch, source: twinnings.source, n: count() })
    .from(twinnings)
    .where(sql`${twinnings.source} <> 'platform'`)
    .groupBy(twinnings.aMatch, twinnings.bMatch, twinnings.source);
  const stats: MatchStats = { pairs: 0, sides: 0, matchedSides: 0, bothMatched: 0, byMethod: {}, bySource: {} };
  for (const r of rows) {
    stats.pairs += r.n;
    stats.sides += 2 * r.n;
    for (const m of [r.aMatch, r.bMatch]) {
      stats.byMethod[m ?? 'external'] = (stats.byMethod[m ?? 'external'] ?? 0) + r.n;
      if (m) stats.matchedSides += r.n;
    }
    if (r.aMatch && r.bMatch) stats.bothMatched += r.n;
    stats.bySource[r.source] = (stats.bySource[r.source] ?? 0) + r.n;
  }
  return stats;
}

/** Insert one batch of twinnings from the public lists (the reference load runs it inside its transaction); every row sets the same columns. */
export async function insertTwinnings(db: Db, rows: readonly (typeof twinnings.$inferInsert)[]): Promise<void> {
  await insertJsonRows(db, twinnings, rows);
}

/** Both codes of every twinning tied to the directory on both sides (the grant demo's pairs). */
export async function tiedPairs(db: Db): Promise<{ a: string; b: string }[]> {
  const rows = await db.select({ a: twinnings.aCode, b: twinnings.bCode }).from(twinnings).where(and(isNotNull(twinnings.aCode), isNotNull(twinnings.bCode)));
  return rows.flatMap(({ a, b }) => (a && b ? [{ a, b }] : []));
}

/** Pairs of matched codes for the twinning graph (recommendations, network): public ones only, as its reasons are shown to anyone. */
export async function twinningEdges(db: Db) {
  return db
    .select({ a: twinnings.aCode, b: twinnings.bCode, aName: twinnings.aName, bName: twinnings.bName, aCountry: twinnings.aCountry, bCountry: twinnings.bCountry })
    .from(twinnings)
    .where(and(sql`${twinnings.status} <> 'ended'`, publiclyShown()));
}

/** Activities per theme per year (an activity with several themes counts once for each). */
export async function activitiesByThemeYear(db: Db): Promise<{ theme: string; year: number; count: number }[]> {
  // Both drivers answer execute() with { rows }; the shared base type cannot say so.
  const rows = (await db.execute(sql`
    SELECT t.theme AS theme, EXTRACT(YEAR FROM a.starts_on)::int AS year, COUNT(*)::int AS count
    FROM twinning_activities a JOIN ${twinnings} ON ${twinnings.id} = a.twinning_id, jsonb_array_elements_text(a.themes) AS t(theme)
    WHERE ${publiclyShown()}
    GROUP BY 1, 2 ORDER BY 2, 1`)) as unknown as { rows: { theme: string; year: number; count: number }[] };
  return rows.rows.map((r) => ({ theme: r.theme, year: Number(r.year), count: Number(r.count) }));
}

/** Both authorities of every twinning with the themes of its activities, for the partner recommendations. */
export async function activityThemesByAuthority(db: Db): Promise<{ code: string; themes: string[] }[]> {
  const rows = await db
    .select({ a: twinnings.aCode, b: twinnings.bCode, themes: twinningActivities.themes })
    .from(twinningActivities)
    .innerJoin(twinnings, eq(twinnings.id, twinningActivities.twinningId))
    .where(and(sql`jsonb_array_length(${twinningActivities.themes}) > 0`, publiclyShown()));
  return rows.flatMap((r) => [r.a, r.b].filter((c): c is string => c !== null).map((code) => ({ code, themes: r.themes })));
}

/**
 * The two sides' codes of a twinning (null for a side outside the directory) and whether the public
 * sees it (shownPublicly), or null for no such twinning.
 */
export async function twinningSides(db: Db, id: string): Promise<{ aCode: string | null; bCode: string | null; shownPublicly: boolean } | null> {
  const [row] = await db.select({ aCode: twinnings.aCode, bCode: twinnings.bCode, shownPublicly: sql<boolean>`${publiclyShown()}` }).from(twinnings).where(eq(twinnings.id, id));
  return row ?? null;
}
