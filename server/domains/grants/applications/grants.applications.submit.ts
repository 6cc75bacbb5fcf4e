import { and, asc, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { ApplicationView, VersionSummary, VersionView } from '../../../../shared/grants.applications';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { userNames } from '../../accounts/accounts.users';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { authorityOf, callOf, loadLeadDraft, loadReadable } from './grants.applications.access';
import { nextStamp } from './grants.applications.service';
import { rulesBroken } from '../../../platform/problems';
import { buildView, liveProblems } from './grants.applications.view';
import { applications, applicationVersions } from '../grants.schema';

/**
 * Submit the lead's draft: every submission rule at the server's clock (400 naming each failure),
 * then a frozen version of the content and partners; the draft itself is frozen from now on.
 */
export async function submitApplication(ctx: AppContext, user: SessionUser, id: string): Promise<ApplicationView> {
  const now = new Date();
  const row = await ctx.db.transaction(async (tx) => {
    const { app, partners } = await loadLeadDraft(tx, user, id);
    const call = await callOf(tx, app.callId);
    const problems = liveProblems(ctx, app, call, partners, now);
    if (problems.length) throw rulesBroken('The application cannot be submitted yet', problems);
    const version = app.version + 1;
    const codes = partners.map((p) => p.authorityCode);
    await tx.insert(applicationVersions).values({ applicationId: id, version, stage: app.stage, content: app.content, partners: codes, submittedBy: user.id, submittedAt: now });
    const concept = app.stage === 'concept' ? { conceptGrantCents: app.content.requestedGrantCents } : {};
    const [saved] = await tx
      .update(applications)
      .set({ status: 'submitted', version, submittedAt: now, updatedAt: nextStamp(app.updatedAt, now), ...concept })
      .where(eq(applications.id, id))
      .returning();
    await audit(tx, { actorId: user.id, action: 'application.submitted', entityType: 'application', entityId: id, before: { status: app.status, version: app.version }, after: { status: 'submitted', version, stage: app.stage, partners: codes } });
    return saved!;
  });
  return buildView(ctx, ctx.db, row, 'lead', now);
}

/** The submitted versions of an application, oldest first (its readers). */
export async function listVersions(ctx: AppContext, user: SessionUser, id: string): Promise<{ items: VersionSummary[] }> {
  await loadReadable(ctx.db, user, id);
  const rows = await ctx.db
    .select()
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, id))
    .orderBy(asc(applicationVersions.version));
  const names = await userNames(ctx.db, rows.map((v) => v.submittedBy));
  const items = rows.map((v) => ({
    version: v.version,
    stage: v.stage as 'concept' | 'full',
    submittedAt: v.submittedAt.toISOString(),
    submittedBy: names.get(v.submittedBy) ?? null,
    partners: v.partners,
    titleEn: v.content.titleEn,
    requestedGrantCents: v.content.requestedGrantCents,
  }));
  return { items };
}

/** One submitted version as it was frozen. */
export async function getVersion(ctx: AppContext, user: SessionUser, id: string, version: number): Promise<VersionView> {
  await loadReadable(ctx.db, user, id);
  const [v] = await ctx.db
    .select()
    .from(applicationVersions)
    .where(and(eq(applicationVersions.applicationId, id), eq(applicationVersions.version, version)));
  if (!v) throw notFound(`No version ${version} of this application`);
  const names = await userNames(ctx.db, [v.submittedBy]);
  return {
    version: v.version,
    stage: v.stage as 'concept' | 'full',
    submittedAt: v.submittedAt.toISOString(),
    submittedBy: names.get(v.submittedBy) ?? null,
    titleEn: v.content.titleEn,
    requestedGrantCents: v.content.requestedGrantCents,
    content: v.content,
    partners: v.partners.map((code) => authorityOf(ctx, code)),
    budget: summariseBudget(v.content.budget, v.content.requestedGrantCents),
  };
}
