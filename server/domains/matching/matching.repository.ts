import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { authorityThemeRows, demoSeededThemeCodes } from '../authorities/authorities.service';
import { projectThemesByAuthority } from '../grants/awards/grants.projects.service';
import { activityThemesByAuthority, twinningEdges } from '../twinnings/twinnings.service';
import type { Edge } from './matching.graph';
import { partnerRequests } from './matching.schema';

/** An open partner request as stored: the fields the recommendations weigh, keyed by authority code. */
export interface OpenRequestRow {
  authorityCode: string;
  themes: string[];
  targetCountries: string[];
  authorityTypes: string[];
  minPopulation: number | null;
  maxPopulation: number | null;
}

/** Everything the platform says about authorities' interests, as plain rows keyed by authority code. */
export interface PlatformSignalRows {
  /** Profiles' themes (outside demo mode, demo-seeded themes left out). */
  profiles: { code: string; themes: string[] }[];
  openRequests: OpenRequestRow[];
  /** One row per authority and theme of an awarded project it leads or joined. */
  projects: { code: string; theme: string }[];
  /** One row per authority and twinning activity with themes. */
  activities: { code: string; themes: string[] }[];
}

/** The twinnings the graph is built from (all but ended ones). */
export async function graphEdges(db: Db): Promise<Edge[]> {
  return twinningEdges(db);
}

/**
 * The platform's signals, read in one go. Outside demo mode, demo requests and demo-seeded profile
 * themes do not count: they would steer real officers towards invented interests.
 */
export async function platformSignalRows(db: Db, demo: boolean): Promise<PlatformSignalRows> {
  const seeded = demo ? new Set<string>() : await demoSeededThemeCodes(db);
  const profiles = (await authorityThemeRows(db)).filter((r) => !seeded.has(r.code));
  const openRequests = await openRequestRows(db, demo);
  const projects = await projectThemesByAuthority(db);
  const activities = await activityThemesByAuthority(db);
  return { profiles, openRequests, projects, activities };
}

/** Open partner requests; demo ones only in demo mode. */
async function openRequestRows(db: Db, demo: boolean): Promise<OpenRequestRow[]> {
  return db
    .select({
      authorityCode: partnerRequests.authorityCode,
      themes: partnerRequests.themes,
      targetCountries: partnerRequests.targetCountries,
      authorityTypes: partnerRequests.authorityTypes,
      minPopulation: partnerRequests.minPopulation,
      maxPopulation: partnerRequests.maxPopulation,
    })
    .from(partnerRequests)
    .where(demo ? sql`${partnerRequests.status} = 'open'` : sql`${partnerRequests.status} = 'open' AND NOT ${partnerRequests.demo}`);
}
