import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { demoUserIds } from '../../accounts/accounts.demo';
import { tiedPairs } from '../../twinnings/twinnings.service';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { demoContent } from '../../../../shared/grants.demo.content';
import { demoCallRules, type DemoLead, type DemoPair, type PlannedApplication, planDemoCall, withGovernorateLead } from './grants.demo.plan';
import { seedOpenCall, type DemoPeople } from './grants.demo.open';
import { adminChecks, applicationPartners, applications, applicationVersions, assignments, awards, calls, committeeMembers, consensusScores, evaluationReports, programmes } from '../grants.schema';
import { seedMoney } from './grants.demo.money';
import { monthsOf } from '../money/grants.contract.figures';
import { paymentOption } from '../money/payments.schedule.rules';
import { grantsChanged } from '../grants.answers';

export const DEMO_PROGRAMME_CODE = 'TWIN-2018-DEMO';
const PAIRS = 34;
// The demo's pairs are town twinnings; one awarded project is then given to a governorate.
const MUNICIPAL: readonly string[] = ['metropolitan_municipality', 'province_center', 'district_center', 'town'];

/** Turkish–EU pairs for the demo: real twinnings, metropolitan and provincial centres first, one per lead. */
async function demoPairs(ctx: AppContext): Promise<DemoPair[]> {
  const candidates: (DemoPair & { big: boolean })[] = [];
  for (const r of await tiedPairs(ctx.db)) {
    const [x, y] = [ctx.directory.get(r.a), ctx.directory.get(r.b)];
    const tr = x?.country === 'TR' ? x : y?.country === 'TR' ? y : undefined;
    const eu = tr === x ? y : x;
    if (!tr || !eu || eu.country === 'TR' || !MUNICIPAL.includes(tr.type) || eu.type !== 'municipality') continue;
    candidates.push({ leadCode: tr.code, leadName: tr.name, partnerCode: eu.code, partnerName: eu.name, big: ['metropolitan_municipality', 'province_center'].includes(tr.type) });
  }
  candidates.sort((p, q) => Number(q.big) - Number(p.big) || p.leadCode.localeCompare(q.leadCode) || p.partnerCode.localeCompare(q.partnerCode));
  const leads = new Set<string>();
  const pairs = candidates.filter((c) => !leads.has(c.leadCode) && leads.add(c.leadCode)).slice(0, PAIRS).map(({ big: _b, ...pair }) => pair);
  return [...pairs, ...filler(ctx, leads, PAIRS - pairs.length)].sort((p, q) => p.leadCode.localeCompare(q.leadCode));
}

/** More pairs when the twinning lists give too few (a small directory): big Turkish towns with EU towns in turn. */
function filler(ctx: AppContext, taken: ReadonlySet<string>, count: number): DemoPair[] {
  if (count <= 0) return [];
  const all = ctx.directory.all();
  const rank = (type: string) => ['metropolitan_municipality', 'province_center', 'district_center'].indexOf(type) >>> 0;
  const tr = all.filter((a) => a.country === 'TR' && MUNICIPAL.includes(a.type) && !taken.has(a.code)).sort((a, b) => rank(a.type) - rank(b.type) || a.code.localeCompare(b.code));
  const eu = all.filter((a) => a.country !== 'TR' && a.type === 'municipality').sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  if (!eu.length) return [];
  return tr.slice(0, count).map((a, i) => ({ leadCode: a.code, leadName: a.name, partnerCode: eu[i % eu.length]!.code, partnerName: eu[i % eu.length]!.name }));
}

/** The governorate of a Turkish authority's province (TR-VAL-<plate> from its region TR-<plate>), if the directory has it. */
function governorateOf(ctx: AppContext, code: string): DemoLead | null {
  const region = ctx.directory.get(code)?.region;
  const governorate = region?.startsWith('TR-') ? ctx.directory.get(`TR-VAL-${region.slice(3)}`) : undefined;
  return governorate ? { code: governorate.code, name: governorate.name } : null;
}

async function people(db: Db): Promise<DemoPeople | null> {
  const ids = await demoUserIds(db);
  const [manager, a1, a2, a3, istanbul] = ['manager', 'assessor', 'assessor2', 'assessor3', 'istanbul'].map((n) => ids.get(`${n}@twinbridge.demo`));
  return manager && a1 && a2 && a3 && istanbul ? { manager, assessors: [a1, a2, a3], istanbul } : null;
}

/** The demo's contract period: every 2018 project ran 18 months. */
const DEMO_STARTS_ON = '2019-04-01';
const DEMO_ENDS_ON = '2020-09-30';

/**
 * The contract that spent far less than planned and repaid a recovery order: the best-ranked one paid
 * by pre-financing and balance (an overpayment needs the 80 % pre-financing to exceed the final grant).
 */
function underspenderOf(plan: readonly PlannedApplication[]): PlannedApplication | undefined {
  const months = monthsOf(DEMO_STARTS_ON, DEMO_ENDS_ON);
  return plan.filter((a) => a.status === 'awarded' && paymentOption(months, a.grantCents) === 'single').sort((a, b) => a.rank! - b.rank!)[0];
}

/** `days` after the call's deadline: when the demo's check and evaluation steps happened. */
function afterDeadline(rules: { deadlineAt: string }, days: number): Date {
  return new Date(Date.parse(rules.deadlineAt) + days * 86_400_000);
}

/**
 * The committee that evaluated the 2018 call, by the platform's rules (PRAG 2.8.1): the manager chairs,
 * the admin is secretary, the three assessors vote; everyone declared impartiality before reading; the
 * chair approved the report after the scores and proposed the award, which the admin confirmed.
 */
async function seedCommittee(tx: Db, callId: string, rules: { deadlineAt: string }, who: DemoPeople, secretary: string): Promise<void> {
  const declaredAt = afterDeadline(rules, 5);
  await tx.insert(committeeMembers).values([
    { callId, userId: who.manager, role: 'chair', declaredAt, createdAt: afterDeadline(rules, 4) },
    { callId, userId: secretary, role: 'secretary', declaredAt, createdAt: afterDeadline(rules, 4) },
    ...who.assessors.map((userId) => ({ callId, userId, role: 'voting', declaredAt, createdAt: afterDeadline(rules, 4) })),
  ]);
  await tx.insert(evaluationReports).values({ callId, approvedBy: who.manager, approvedAt: afterDeadline(rules, 35), awardProposedBy: who.manager, awardProposedAt: afterDeadline(rules, 36) });
}

/** Seed the demo programme (demo mode only, once): a 2018-style call fully awarded and paid, and an open call. */
export async function seedDemoProgramme(ctx: AppContext): Promise<boolean> {
  const [exists] = await ctx.db.select({ id: programmes.id }).from(programmes).where(eq(programmes.code, DEMO_PROGRAMME_CODE));
  const who = await people(ctx.db);
  if (exists || !who) return false;
  const pairs = await demoPairs(ctx);
  // Four eyes on the demo's payments: the manager requests, the admin approves.
  const approver = (await demoUserIds(ctx.db)).get('admin@twinbridge.demo');
  if (pairs.length < 8) return false; // a directory too small for a meaningful demo
  const rules = demoCallRules();
  const plan = withGovernorateLead(planDemoCall(rules, pairs), (code) => governorateOf(ctx, code));
  const underspender = underspenderOf(plan);
  await ctx.db.transaction(async (tx) => {
    const [p] = await tx
      .insert(programmes)
      .values({
        code: DEMO_PROGRAMME_CODE,
        titleEn: 'Town Twinning between Turkey and the EU — demo',
        titleTr: 'Türkiye ile AB Arasında Kardeş Şehir — demo',
        descriptionEn: 'DEMO DATA. A programme modelled on the EU-funded 2018 grant scheme: EUR 2.6 M for joint projects of Turkish and EU local authorities, grants of EUR 60,000–130,000, ten themes. The applications, scores and payments are invented.',
        descriptionTr: 'DEMO VERİ. AB tarafından finanse edilen 2018 hibe programı örnek alınarak hazırlandı: Türk ve AB yerel yönetimlerinin ortak projeleri için 2,6 milyon avro, 60.000–130.000 avro arası hibeler, on tema. Başvurular, puanlar ve ödemeler uydurmadır.',
        // The envelope: the 2018 call's EUR 2.6 M, the closed second call's EUR 1.5 M, the open third call's EUR 0.5 M and EUR 0.4 M not yet allotted.
        budgetCents: 5_000_000_00,
        demo: true,
      })
      .returning();
    const [call] = await tx
      .insert(calls)
      .values({ programmeId: p!.id, reference: 'TWIN-2018-DEMO/01', titleEn: 'Grant scheme for town twinning projects (2018, demo)', titleTr: 'Kardeş şehir projeleri hibe programı (2018, demo)', status: 'awarded', rules, stage: 'full', publishedAt: new Date(rules.opensAt), awardedAt: new Date('2019-03-15T10:00:00+03:00'), createdBy: who.manager })
      .returning();
    if (approver) await seedCommittee(tx, call!.id, rules, who, approver);
    for (const app of plan) {
      const content = demoContent(app.theme, app.pair.leadName, app.pair.partnerName, app.grantCents);
      const reference = `TWIN-2018-DEMO/01-${String(app.index + 1).padStart(3, '0')}`;
      const submittedAt = new Date(app.submittedAt);
      const [row] = await tx
        .insert(applications)
        .values({ callId: call!.id, reference, leadCode: app.pair.leadCode, status: app.status, content, version: 1, submittedAt, decidedAt: call!.awardedAt, demo: true, createdBy: who.manager })
        .returning();
      const id = row!.id;
      await tx.insert(applicationPartners).values({ applicationId: id, authorityCode: app.pair.partnerCode, confirmedAt: submittedAt });
      await tx.insert(applicationVersions).values({ applicationId: id, version: 1, stage: 'full', content, partners: [app.pair.partnerCode], submittedBy: who.manager, submittedAt });
      const eligible = app.status !== 'ineligible';
      // The check, the assessments and the consensus come after the deadline, in that order.
      if (app.status !== 'withdrawn')
        await tx.insert(adminChecks).values({ applicationId: id, answers: { submitted_in_time: true, lead_eligible: true, partners_eligible: true, partner_confirmations: true, budget_within_limits: true, documents_complete: eligible, signed_declaration: true }, eligible, reasons: eligible ? '' : 'The partner’s declaration was not signed (demo).', checkedBy: who.manager, checkedAt: afterDeadline(rules, 3) });
      for (const [i, s] of app.sheets.entries())
        await tx.insert(assignments).values({ applicationId: id, assessorId: who.assessors[i]!, status: 'submitted', further: s.further, scores: s.scores, total: s.total, declaredAt: afterDeadline(rules, 7), submittedAt: afterDeadline(rules, s.further ? 21 : 14), createdAt: afterDeadline(rules, s.further ? 15 : 6) });
      if (app.consensus) await tx.insert(consensusScores).values({ applicationId: id, ...app.consensus, recordedBy: who.manager, recordedAt: afterDeadline(rules, 30) });
      if (app.status === 'awarded' || app.status === 'declined') {
        const rate = summariseBudget(content.budget, app.grantCents).grantRateBp;
        const [award] = await tx
          .insert(awards)
          .values({ callId: call!.id, applicationId: id, rank: app.rank!, grantCents: app.grantCents, status: app.status === 'declined' ? 'declined' : 'contracted', grantRateBp: rate, startsOn: DEMO_STARTS_ON, endsOn: DEMO_ENDS_ON, contractedAt: app.status === 'declined' ? null : new Date('2019-03-29T10:00:00+03:00'), signedGrantCents: app.status === 'declined' ? null : app.grantCents })
          .returning();
        if (app.status === 'awarded') await seedMoney(tx, award!, rules, content, app === underspender, { requester: who.manager, approver: approver ?? who.manager });
      }
    }
    await audit(tx, { actorId: null, action: 'programme.demo_seeded', entityType: 'programme', entityId: p!.id, after: { applications: plan.length } });
    await seedOpenCall(tx, ctx, p!.id, who, pairs);
  });
  return true;
}

/** Start-up hook: the demo programme exists in demo mode. */
export async function demoProgrammeHook(ctx: AppContext): Promise<void> {
  if (ctx.config.demo && (await seedDemoProgramme(ctx))) {
    console.log('Demo grant programme seeded (marked as demo data).');
    await grantsChanged(ctx); // seeded outside the routes that announce their changes
  }
}
