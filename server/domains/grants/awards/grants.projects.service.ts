import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { projectPhase } from '../money/payments.schedule.rules';
import type { ProjectView } from '../../../../shared/grants.api';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { notFound } from '../../../platform/errors';
import { tableFingerprint } from '../../../platform/fingerprint';
import { applicationPartners, applications, awards, calls, grantReports, payments } from '../grants.schema';

export interface ProjectFilter {
  programme?: string;
  call?: string;
  theme?: string;
  /** A country of the lead or of any partner. */
  country?: string;
  /** The lead authority's Turkish province (name). */
  province?: string;
}

const LIVE = ['awarded', 'contracted', 'closed'];

/** An authority of a project as the public pages show it (province for Turkish ones). */
function authorityOf(ctx: AppContext, code: string) {
  const a = ctx.directory.get(code);
  return {
    code, name: a?.name ?? code, nameLatin: a?.nameLatin ?? null, country: a?.country ?? '',
    province: a?.country === 'TR' ? (a.regionName ?? null) : null, lat: a?.lat ?? null, lon: a?.lon ?? null,
  };
}

/** Awarded projects with partners, money paid and indicator progress; public results. */
export async function listProjects(ctx: AppContext, f: ProjectFilter): Promise<ProjectView[]> {
  const projects = await allProjects(ctx);
  return projects.filter(
    (p) =>
      (!f.programme || p.programmeId === f.programme) &&
      (!f.call || p.callId === f.call) &&
      (!f.theme || p.theme === f.theme) &&
      (!f.country || p.lead.country === f.country || p.partners.some((q) => q.country === f.country)) &&
      (!f.province || p.lead.province?.toLocaleLowerCase('tr') === f.province.toLocaleLowerCase('tr')),
  );
}

/** Changes with any committed change to what a project's page shows (the tables listProjects reads). */
async function projectsFingerprint(db: Db): Promise<string> {
  // Only awarded applications and their partners show: a draft's autosave leaves the copy as it is.
  const awarded = sql`application_id in (select application_id from awards)`;
  const tables = [
    tableFingerprint('awards'),
    tableFingerprint('applications', sql`id in (select application_id from awards)`),
    tableFingerprint('application_partners', awarded),
    ...['payments', 'grant_reports', 'calls'].map((t) => tableFingerprint(t)),
  ];
  const [row] = await db.select({ f: sql<string>`concat_ws('|', ${sql.join(tables, sql`, `)})` }).from(sql`(select 1) as one`);
  return row?.f ?? '';
}

const kept = new WeakMap<AppContext, { key: string; projects: Promise<ProjectView[]> }>();

/**
 * Every awarded project, computed once per state of the data: the fingerprint of the tables it comes
 * from (a few small tables: checked on every call, no time window), today's date (the phase) and the
 * directory's size. The fingerprint is read before the rows, so a write in between leaves a copy that
 * misses next time. Readers of the same state share one computation.
 */
async function allProjects(ctx: AppContext): Promise<ProjectView[]> {
  const key = `${await projectsFingerprint(ctx.db)}#${new Date().toISOString().slice(0, 10)}#${ctx.directory.size}`;
  const known = kept.get(ctx);
  if (known?.key === key) return known.projects;
  const projects = readProjects(ctx);
  const entry = { key, projects };
  kept.set(ctx, entry);
  projects.catch(() => kept.get(ctx) === entry && kept.delete(ctx)); // a failed read is tried again
  return projects;
}

/** Every awarded project, read and computed from the tables. */
async function readProjects(ctx: AppContext): Promise<ProjectView[]> {
  const rows = await ctx.db
    .select({ award: awards, app: applications, programmeId: calls.programmeId })
    .from(awards)
    .innerJoin(applications, eq(applications.id, awards.applicationId))
    .innerJoin(calls, eq(calls.id, awards.callId))
    .where(inArray(awards.status, LIVE))
    .orderBy(awards.callId, awards.rank);
  if (!rows.length) return [];
  const appIds = rows.map((r) => r.app.id);
  const awardIds = rows.map((r) => r.award.id);
  const partnerRows = await ctx.db.select().from(applicationPartners).where(inArray(applicationPartners.applicationId, appIds));
  const paidRows = await ctx.db.select().from(payments).where(and(inArray(payments.awardId, awardIds), eq(payments.status, 'paid')));
  const reportRows = await ctx.db.select().from(grantReports).where(and(inArray(grantReports.awardId, awardIds), eq(grantReports.status, 'approved'))).orderBy(desc(grantReports.submittedAt));
  const projects = rows.map(({ award, app, programmeId }): ProjectView => {
    const paid = paidRows.filter((p) => p.awardId === award.id).reduce((s, p) => s + (p.kind === 'recovery' ? -p.amountCents : p.amountCents), 0);
    const latest = reportRows.find((r) => r.awardId === award.id);
    return {
      id: award.id,
      applicationId: app.id,
      reference: app.reference,
      programmeId,
      callId: award.callId,
      titleEn: app.content.titleEn,
      titleTr: app.content.titleTr,
      summaryEn: app.content.summaryEn,
      summaryTr: app.content.summaryTr,
      theme: app.content.theme,
      lead: authorityOf(ctx, app.leadCode),
      partners: partnerRows.filter((p) => p.applicationId === app.id && p.confirmedAt).map((p) => authorityOf(ctx, p.authorityCode)),
      grantCents: award.grantCents,
      paidCents: paid,
      // A contract past its end date is 'ended' (awaiting settlement), not 'contracted' for ever.
      status: projectPhase(award.status, award.endsOn, new Date().toISOString().slice(0, 10)) as ProjectView['status'],
      startsOn: award.startsOn,
      endsOn: award.endsOn,
      indicators: app.content.indicators.map((i) => ({ ...i, achieved: latest?.indicators.find((x) => x.name === i.name)?.achieved ?? null })),
      demo: app.demo,
    };
  });
  return projects;
}

/** One awarded project's public page. */
export async function getProject(ctx: AppContext, id: string): Promise<ProjectView> {
  const [row] = await ctx.db.select({ callId: awards.callId }).from(awards).where(eq(awards.id, id));
  const found = row ? (await listProjects(ctx, { call: row.callId })).find((p) => p.id === id) : undefined;
  if (!found) throw notFound('No such project');
  return found;
}

/**
 * Each authority's themes from the awarded projects it leads or joined as a confirmed partner, for
 * the partner recommendations (a town that ran a recycling project works on recycling).
 */
export async function projectThemesByAuthority(db: Db): Promise<{ code: string; theme: string }[]> {
  const rows = await db
    .select({ id: applications.id, lead: applications.leadCode, content: applications.content })
    .from(awards)
    .innerJoin(applications, eq(applications.id, awards.applicationId))
    .where(inArray(awards.status, LIVE));
  const themed = rows.filter((r) => r.content.theme);
  if (!themed.length) return [];
  const partners = await db
    .select({ applicationId: applicationPartners.applicationId, code: applicationPartners.authorityCode })
    .from(applicationPartners)
    .where(and(inArray(applicationPartners.applicationId, themed.map((r) => r.id)), isNotNull(applicationPartners.confirmedAt)));
  const themeOf = new Map(themed.map((r) => [r.id, r.content.theme!]));
  return [...themed.map((r) => ({ code: r.lead, theme: r.content.theme! })), ...partners.map((p) => ({ code: p.code, theme: themeOf.get(p.applicationId)! }))];
}
