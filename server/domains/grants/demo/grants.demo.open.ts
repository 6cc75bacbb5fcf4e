import { ADMIN_CHECKS, type AdminCheck } from '../../../../shared/grants';
import type { AppContext } from '../../../platform/context';
import type { Db } from '../../../platform/db';
import { sheetTotals } from '../evaluation/evaluation.rules';
import { demoContent } from '../../../../shared/grants.demo.content';
import { partnershipDeclaration } from './grants.demo.files';
import { demoCallRules, type DemoPair } from './grants.demo.plan';
import { adminChecks, applicationFiles, applicationPartners, applications, applicationVersions, assignments, calls } from '../grants.schema';

export interface DemoPeople {
  manager: string;
  assessors: string[];
  istanbul: string;
}

const DAY = 86_400_000;

/** The open demo call's applications, one per early state of the workflow. */
const STATES = ['draft', 'submitted', 'admin_check', 'evaluation', 'evaluation'] as const;

/**
 * The administrative check as the demo shows it: half-way for an application still being checked;
 * every question answered yes for one under evaluation, since only a completed, eligible check lets
 * an application go on to the assessors.
 */
export function demoCheckAnswers(status: 'admin_check' | 'evaluation'): Partial<Record<AdminCheck, boolean | null>> {
  const done = ADMIN_CHECKS.indexOf('partner_confirmations');
  return Object.fromEntries(ADMIN_CHECKS.map((k, i) => [k, status === 'evaluation' || i < done ? true : null]));
}

/**
 * The partnership declaration a submitted demo application carries, so its readers and assessors can
 * download one. The storage key follows from the reference: a seed that failed and runs again
 * overwrites the same bytes instead of leaving others behind.
 */
async function attachDeclaration(tx: Db, ctx: AppContext, app: { id: string; reference: string; createdBy: string; submittedAt: Date }, pair: DemoPair, title: string): Promise<void> {
  const bytes = partnershipDeclaration(app.reference, pair.leadName, pair.partnerName, title);
  const key = `demo-${app.reference.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-declaration`;
  await ctx.files.put(key, bytes);
  await tx.insert(applicationFiles).values({ applicationId: app.id, filename: 'partnership-declaration.pdf', contentType: 'application/pdf', size: bytes.length, storageKey: key, uploadedBy: app.createdBy, uploadedAt: new Date(app.submittedAt.getTime() - 3_600_000) });
}

/** An open call of the demo programme (deadline 50 days ahead) with applications in the early states. */
export async function seedOpenCall(tx: Db, ctx: AppContext, programmeId: string, who: DemoPeople, pairs: readonly DemoPair[]): Promise<void> {
  const now = Date.now();
  const deadline = new Date(Math.ceil((now + 50 * DAY) / DAY) * DAY + 14 * 3_600_000); // 17:00 Istanbul time
  const rules = { ...demoCallRules(), budgetCents: 1_500_000_00, opensAt: new Date(now - 10 * DAY).toISOString(), deadlineAt: deadline.toISOString() };
  const [call] = await tx
    .insert(calls)
    .values({ programmeId, reference: 'TWIN-DEMO/02', titleEn: 'Second call for town twinning projects (open, demo)', titleTr: 'Kardeş şehir projeleri ikinci teklif çağrısı (açık, demo)', status: 'published', rules, stage: 'full', publishedAt: new Date(rules.opensAt), createdBy: who.manager })
    .returning();
  const koln = ctx.directory.get('DE_05315000');
  const istanbul = ctx.directory.get('TR-BSB-34');
  const own: DemoPair[] = istanbul && koln ? [{ leadCode: istanbul.code, leadName: istanbul.name, partnerCode: koln.code, partnerName: koln.name }] : [];
  const picks = [...own, ...pairs.filter((p) => p.leadCode !== 'TR-BSB-34').slice(-STATES.length)].slice(0, STATES.length);
  for (const [i, pair] of picks.entries()) {
    const status = STATES[i]!;
    const content = demoContent(['smart_cities', 'energy', 'culture', 'recycling', 'climate_change'][i] as 'energy', pair.leadName, pair.partnerName, (95_000 + i * 5_000) * 100);
    const submitted = status !== 'draft';
    const submittedAt = submitted ? new Date(now - (5 - i) * DAY) : null;
    const createdBy = pair.leadCode === 'TR-BSB-34' ? who.istanbul : who.manager;
    const [row] = await tx
      .insert(applications)
      .values({ callId: call!.id, reference: `TWIN-DEMO/02-${String(i + 1).padStart(3, '0')}`, leadCode: pair.leadCode, status, content, version: submitted ? 1 : 0, submittedAt, demo: true, createdBy })
      .returning();
    const id = row!.id;
    await tx.insert(applicationPartners).values({ applicationId: id, authorityCode: pair.partnerCode, confirmedAt: submittedAt });
    if (!submitted) continue;
    await tx.insert(applicationVersions).values({ applicationId: id, version: 1, stage: 'full', content, partners: [pair.partnerCode], submittedBy: createdBy, submittedAt: submittedAt! });
    await attachDeclaration(tx, ctx, { id, reference: row!.reference, createdBy, submittedAt: submittedAt! }, pair, content.titleEn);
    if (status === 'admin_check' || status === 'evaluation')
      await tx.insert(adminChecks).values({ applicationId: id, answers: demoCheckAnswers(status), eligible: status === 'evaluation' ? true : null, checkedBy: who.manager });
    if (status !== 'evaluation') continue;
    // The first application waits for the assessors' declarations; the second has one sheet in.
    const second = i === STATES.length - 1;
    await tx.insert(assignments).values({ applicationId: id, assessorId: who.assessors[0]!, status: 'assigned' });
    if (!second) {
      await tx.insert(assignments).values({ applicationId: id, assessorId: who.assessors[1]!, status: 'assigned' });
      continue;
    }
    const scores = Object.fromEntries(rules.grid.sections.flatMap((s) => s.criteria.map((c) => [c.key, { score: 4, comment: 'Solid, well argued (demo).' }])));
    await tx.insert(assignments).values({ applicationId: id, assessorId: who.assessors[1]!, status: 'submitted', scores, total: sheetTotals(rules.grid, scores).total, declaredAt: submittedAt, submittedAt: new Date(now - DAY) });
  }
}
