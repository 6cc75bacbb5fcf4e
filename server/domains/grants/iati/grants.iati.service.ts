import { and, eq, inArray } from 'drizzle-orm';
import type { ProjectView } from '../../../../shared/grants.api';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { iatiActivities, type IatiProject, type IatiProjectStatus } from './iati.rules';
import { awards, payments, programmes } from '../grants.schema';
import { listProjects } from '../awards/grants.projects.service';

// The reporting organisation: TwinBridge publishes on behalf of the programme (IATI type 10, government).
const REPORTING_ORG = { ref: 'XM-TWINBRIDGE', name: 'TwinBridge — Town Twinning between Turkey and the EU', type: '10' };

function statusOf(p: ProjectView, today: string): IatiProjectStatus {
  if (p.status === 'closed') return 'closed';
  if (p.status === 'awarded') return 'contracted';
  return p.startsOn && p.startsOn <= today ? 'implementation' : 'contracted';
}

/** The IATI 2.03 activity file of a programme's awarded projects, from the database. */
export async function programmeIati(ctx: AppContext, programmeId: string, now = new Date()): Promise<string> {
  const [programme] = await ctx.db.select().from(programmes).where(eq(programmes.id, programmeId));
  if (!programme) throw notFound('No such programme');
  const projects = await listProjects(ctx, { programme: programmeId });
  const awardRows = projects.length ? await ctx.db.select().from(awards).where(inArray(awards.id, projects.map((p) => p.id))) : [];
  const paid = projects.length ? await ctx.db.select().from(payments).where(and(inArray(payments.awardId, projects.map((p) => p.id)), eq(payments.status, 'paid'))) : [];
  const today = now.toISOString().slice(0, 10);
  const items: IatiProject[] = projects.map((p) => ({
    id: p.reference,
    titleEn: p.titleEn,
    titleTr: p.titleTr,
    descriptionEn: p.summaryEn || p.titleEn,
    descriptionTr: p.summaryTr,
    status: statusOf(p, today),
    startDate: p.startsOn,
    endDate: p.endsOn,
    lead: { code: p.lead.code, name: p.lead.name, country: 'TR' },
    partners: p.partners.map((q) => ({ code: q.code, name: q.name, country: q.country })),
    provinceName: p.lead.province,
    theme: p.theme ?? '',
    grantCents: p.grantCents,
    currency: 'EUR',
    commitmentDate: (awardRows.find((a) => a.id === p.id)?.createdAt ?? now).toISOString().slice(0, 10),
    disbursements: paid
      .filter((x) => x.awardId === p.id)
      .map((x) => ({ date: x.paidOn, amountCents: x.amountCents, kind: x.kind as IatiProject['disbursements'][number]['kind'] })),
  }));
  return iatiActivities({ generatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), reportingOrg: REPORTING_ORG, programme: { id: programme.code, title: programme.titleEn }, projects: items });
}
