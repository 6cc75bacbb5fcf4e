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

/** The demo's second call, closed a week ago: applications waiting for, in and past the administrative check. */
const CLOSED_STATES = ['submitted', 'submitted', 'admin_check', 'evaluation', 'evaluation'] as const;
/** The demo's third call, open: İstanbul's draft and an application already in. */
const OPEN_STATES = ['draft', 'submitted'] as const;
type DemoState = (typeof CLOSED_STATES)[number] | (typeof OPEN_STATES)[number];
const THEMES = ['smart_cities', 'energy', 'culture', 'recycling', 'climate_change'] as const;

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

/** 17:00 Istanbul time, `days` days from now (negative: past). */
function at17(now: number, days: number): Date {
  return new Date(Math.ceil((now + days * DAY) / DAY) * DAY + 14 * 3_600_000);
}

/**
 * The demo programme's current calls, by the platform's own rules: TWIN-DEMO/02 closed a week ago,
 * so its applications (İstanbul's first, waiting for its check) were submitted before that deadline
 * and only then checked and assessed; and TWIN-DEMO/03, open for fifty more days, with İstanbul's
 * draft and one submitted application.
 */
export async function seedOpenCall(tx: Db, ctx: AppContext, programmeId: string, who: DemoPeople, pairs: readonly DemoPair[]): Promise<void> {
  const now = Date.now();
  const koln = ctx.directory.get('DE_05315000');
  const istanbul = ctx.directory.get('TR-BSB-34');
  const own: DemoPair[] = istanbul && koln ? [{ leadCode: istanbul.code, leadName: istanbul.name, partnerCode: koln.code, partnerName: koln.name }] : [];
  // İstanbul first in both calls (its officer is a demo account), then other pairs, none in both calls.
  const rest = [...own, ...pairs.filter((p) => p.leadCode !== 'TR-BSB-34').slice(-(CLOSED_STATES.length + OPEN_STATES.length - 1))];
  const closed = { opens: now - 60 * DAY, deadline: at17(now, -7), budgetCents: 1_500_000_00 };
  await seedCall(tx, ctx, programmeId, who, { reference: 'TWIN-DEMO/02', titleEn: 'Second call for town twinning projects (under evaluation, demo)', titleTr: 'Kardeş şehir projeleri ikinci teklif çağrısı (değerlendirmede, demo)', ...closed }, rest.slice(0, CLOSED_STATES.length).map((pair, i) => ({ pair, state: CLOSED_STATES[i]! })));
  const open = { opens: now - 10 * DAY, deadline: at17(now, 50), budgetCents: 500_000_00 };
  const openPicks = [...own, ...rest.slice(CLOSED_STATES.length)].slice(0, OPEN_STATES.length);
  await seedCall(tx, ctx, programmeId, who, { reference: 'TWIN-DEMO/03', titleEn: 'Third call for town twinning projects (open, demo)', titleTr: 'Kardeş şehir projeleri üçüncü teklif çağrısı (açık, demo)', ...open }, openPicks.map((pair, i) => ({ pair, state: OPEN_STATES[i]! })));
}

interface DemoCall { reference: string; titleEn: string; titleTr: string; opens: number; deadline: Date; budgetCents: number }

/** One published call with its applications; every submission before the deadline, every check and assessment after it. */
async function seedCall(tx: Db, ctx: AppContext, programmeId: string, who: DemoPeople, c: DemoCall, picks: { pair: DemoPair; state: DemoState }[]): Promise<void> {
  const rules = { ...demoCallRules(), budgetCents: c.budgetCents, opensAt: new Date(c.opens).toISOString(), deadlineAt: c.deadline.toISOString() };
  const [call] = await tx
    .insert(calls)
    .values({ programmeId, reference: c.reference, titleEn: c.titleEn, titleTr: c.titleTr, status: 'published', rules, stage: 'full', publishedAt: new Date(rules.opensAt), createdBy: who.manager })
    .returning();
  const deadline = c.deadline.getTime();
  const after = (days: number) => new Date(deadline + days * DAY);
  for (const [i, { pair, state }] of picks.entries()) {
    const content = demoContent(THEMES[i % THEMES.length]!, pair.leadName, pair.partnerName, (95_000 + i * 5_000) * 100);
    const submitted = state !== 'draft';
    // Days before the deadline, and never in the future.
    const submittedAt = submitted ? new Date(Math.min(deadline, Date.now()) - (picks.length - i) * DAY) : null;
    const createdBy = pair.leadCode === 'TR-BSB-34' ? who.istanbul : who.manager;
    const [row] = await tx
      .insert(applications)
      .values({ callId: call!.id, reference: `${c.reference}-${String(i + 1).padStart(3, '0')}`, leadCode: pair.leadCode, status: state, content, version: submitted ? 1 : 0, submittedAt, demo: true, createdBy })
      .returning();
    const id = row!.id;
    await tx.insert(applicationPartners).values({ applicationId: id, authorityCode: pair.partnerCode, confirmedAt: submittedAt });
    if (!submitted) continue;
    await tx.insert(applicationVersions).values({ applicationId: id, version: 1, stage: 'full', content, partners: [pair.partnerCode], submittedBy: createdBy, submittedAt: submittedAt! });
    await attachDeclaration(tx, ctx, { id, reference: row!.reference, createdBy, submittedAt: submittedAt! }, pair, content.titleEn);
    if (state === 'admin_check' || state === 'evaluation')
      await tx.insert(adminChecks).values({ applicationId: id, answers: demoCheckAnswers(state), eligible: state === 'evaluation' ? true : null, checkedBy: who.manager, checkedAt: after(1) });
    if (state !== 'evaluation') continue;
    // The first application waits for the assessors' declarations; the second has one sheet in.
    const second = i === picks.length - 1;
    await tx.insert(assignments).values({ applicationId: id, assessorId: who.assessors[0]!, status: 'assigned', createdAt: after(2) });
    if (!second) {
      await tx.insert(assignments).values({ applicationId: id, assessorId: who.assessors[1]!, status: 'assigned', createdAt: after(2) });
      continue;
    }
    const scores = Object.fromEntries(rules.grid.sections.flatMap((s) => s.criteria.map((k) => [k.key, { score: 4, comment: 'Solid, well argued (demo).' }])));
    await tx.insert(assignments).values({ applicationId: id, assessorId: who.assessors[1]!, status: 'submitted', scores, total: sheetTotals(rules.grid, scores).total, declaredAt: after(2), submittedAt: after(5), createdAt: after(2) });
  }
}
