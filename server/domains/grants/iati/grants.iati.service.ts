import { and, eq, inArray } from 'drizzle-orm';
import type { ProjectView } from '../../../../shared/grants.api';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { toIstanbulLocal } from '../../../../shared/istanbul';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { iatiActivities, type IatiProject, type IatiProjectStatus } from './iati.rules';
import type { IatiMoney, PaymentKind } from './iati.money.rules';
import { CONTRACTING_AUTHORITY, EU_FUNDER, PUBLISHER_NAME } from './iati.orgs';
import { amendments, applications, awards, payments, programmes } from '../grants.schema';
import { listProjects } from '../awards/grants.projects.service';
import { signedGrantFrom } from '../awards/signed.backfill';

/** Pipeline until it starts, finalisation once its end date has passed and it is not closed yet. */
export function iatiStatusOf(p: Pick<ProjectView, 'status' | 'startsOn' | 'endsOn'>, today: string): IatiProjectStatus {
  if (p.status === 'closed') return 'closed';
  if (p.endsOn && p.endsOn < today && p.status !== 'awarded') return 'completed';
  if (p.status === 'awarded') return 'contracted';
  return p.startsOn && p.startsOn <= today ? 'implementation' : 'contracted';
}

const PAYMENT_KINDS: ReadonlySet<string> = new Set<PaymentKind>(['pre_financing', 'interim', 'final', 'recovery']);
const istanbulDay = (at: Date): string => toIstanbulLocal(at.toISOString()).slice(0, 10);

type AwardRow = typeof awards.$inferSelect;
type AmendmentRow = typeof amendments.$inferSelect;
type PaymentRow = typeof payments.$inferSelect;

/**
 * The contract's money: commitment at signature with the grant then (kept on the award, since the
 * final payment and addenda lower `grantCents` later), later addenda as changes.
 */
function moneyOf(p: ProjectView, award: AwardRow | undefined, amended: AmendmentRow[], paid: PaymentRow[]): IatiMoney {
  const signedAt = award?.contractedAt ?? null;
  const after = signedAt ? amended.filter((a) => a.createdAt >= signedAt).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()) : [];
  return {
    signedOn: signedAt ? istanbulDay(signedAt) : null,
    // Null only for a contract the start-up backfill has not reached yet: the same fallback it uses.
    signedGrantCents: award?.signedGrantCents ?? signedGrantFrom(null, after[0]?.before.grantCents, p.grantCents),
    grantCents: p.grantCents,
    grantChanges: after.map((a) => ({ date: istanbulDay(a.createdAt), deltaCents: a.after.grantCents - a.before.grantCents })),
    // A kind the export does not know yet is left out rather than misreported.
    disbursements: paid.filter((x) => PAYMENT_KINDS.has(x.kind)).map((x) => ({ date: x.paidOn, amountCents: x.amountCents, kind: x.kind as PaymentKind })),
    closed: p.status === 'closed',
  };
}

/** The IATI 2.03 activity file of a programme's awarded projects, from the database. */
export async function programmeIati(ctx: AppContext, programmeId: string, now = new Date()): Promise<string> {
  const [programme] = await ctx.db.select().from(programmes).where(eq(programmes.id, programmeId));
  if (!programme) throw notFound('No such programme');
  const projects = await listProjects(ctx, { programme: programmeId });
  const ids = projects.map((p) => p.id);
  const [awardRows, amendRows, paid, apps] = ids.length
    ? await Promise.all([
        ctx.db.select().from(awards).where(inArray(awards.id, ids)),
        ctx.db.select().from(amendments).where(inArray(amendments.awardId, ids)),
        ctx.db.select().from(payments).where(and(inArray(payments.awardId, ids), eq(payments.status, 'paid'))),
        ctx.db.select({ id: applications.id, content: applications.content }).from(applications).where(inArray(applications.id, projects.map((p) => p.applicationId))),
      ])
    : [[], [], [], []];
  const today = istanbulDay(now);
  const items: IatiProject[] = projects.map((p) => ({
    id: p.reference,
    titleEn: p.titleEn,
    titleTr: p.titleTr,
    descriptionEn: p.summaryEn || p.titleEn,
    descriptionTr: p.summaryTr,
    status: iatiStatusOf(p, today),
    startDate: p.startsOn,
    endDate: p.endsOn,
    lead: { code: p.lead.code, name: p.lead.name, country: 'TR' },
    partners: p.partners.map((q) => ({ code: q.code, name: q.name, country: q.country })),
    provinceName: p.lead.province,
    theme: p.theme ?? '',
    currency: 'EUR',
    money: moneyOf(p, awardRows.find((a) => a.id === p.id), amendRows.filter((a) => a.awardId === p.id), paid.filter((x) => x.awardId === p.id)),
    costsByYear: summariseBudget(apps.find((a) => a.id === p.applicationId)?.content.budget ?? [], null).byYear,
  }));
  return iatiActivities({
    generatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    reportingOrg: { ref: ctx.config.iatiPublisherRef, name: PUBLISHER_NAME, type: '10' },
    funder: EU_FUNDER,
    extendingOrg: CONTRACTING_AUTHORITY,
    programme: { id: programme.code, title: programme.titleEn },
    projects: items,
  });
}
