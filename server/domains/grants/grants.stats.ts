import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { tableFingerprint } from '../../platform/fingerprint';
import { applicationPartners, applications, awards } from './grants.schema';

// What the public dashboard (stats domain) reads of the grants: funded projects with their grant and
// the authorities they involve, and a fingerprint that changes whenever those change.

/** The award states of a funded project (the same list the public projects page shows). */
export const FUNDED = ['awarded', 'contracted', 'closed'];

/** Each funded project's grant and the codes of its lead and confirmed partners. */
export async function fundedProjectRows(db: Db): Promise<{ grantCents: number; codes: string[] }[]> {
  const rows = await db
    .select({ applicationId: awards.applicationId, grantCents: awards.grantCents, lead: applications.leadCode })
    .from(awards)
    .innerJoin(applications, eq(applications.id, awards.applicationId))
    .where(inArray(awards.status, FUNDED));
  if (!rows.length) return [];
  const partners = await db
    .select({ applicationId: applicationPartners.applicationId, code: applicationPartners.authorityCode })
    .from(applicationPartners)
    .where(and(inArray(applicationPartners.applicationId, rows.map((r) => r.applicationId)), isNotNull(applicationPartners.confirmedAt)));
  return rows.map((r) => ({ grantCents: r.grantCents, codes: [r.lead, ...partners.filter((p) => p.applicationId === r.applicationId).map((p) => p.code)] }));
}

/** Changes with any committed change to awards, or to awarded applications and their partners (a draft's autosave does not). */
export async function grantsFingerprint(db: Db): Promise<string> {
  const awardedApplications = tableFingerprint('applications', sql`id in (select application_id from awards)`);
  const awardedPartners = tableFingerprint('application_partners', sql`application_id in (select application_id from awards)`);
  const [row] = await db
    .select({ f: sql<string>`concat_ws('|', ${tableFingerprint('awards')}, ${awardedApplications}, ${awardedPartners})` })
    .from(sql`(select 1) as one`);
  return row?.f ?? '';
}
