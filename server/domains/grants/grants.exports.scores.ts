import { and, asc, eq } from 'drizzle-orm';
import type { CallRules, EvaluationGrid } from '../../../shared/grants';
import { stageGrid } from '../../../shared/grants.concept';
import type { AppContext } from '../../platform/context';
import { userNames } from '../accounts/accounts.users';
import { sheetTotals } from './evaluation/evaluation.rules';
import { applications, assignments, conceptNotes } from './grants.schema';

/*
 * The call's score sheets, one row each. A two-stage call scores its concept notes on the concept
 * grid (relevance and design, 50 points) and its full applications on the call's grid (100): the two
 * stages are separate steps with their own grid and report (PRAG), so each sheet's section points
 * sit only under its own grid's columns (`concept_section_*`, `section_*`) and a `stage` column
 * tells them apart, so a manager filters one stage and never sums or sorts 50-point totals with
 * 100-point ones. The sheets of shortlisted concept notes, moved aside at the shortlist, are listed too.
 */

type Row = Record<string, string | number | null>;
type Scores = Record<string, { score: number; comment: string }>;
interface Sheet {
  reference: string;
  stage: 'concept' | 'full';
  assessorId: string;
  status: string;
  further: boolean | null;
  total: number | null;
  scores: Scores;
  submittedAt: Date | string | null;
}

const sectionCells = (prefix: string, grid: EvaluationGrid, sheet: Sheet | null): [string, number | null][] => {
  const points = sheet && sheet.status === 'submitted' ? sheetTotals(grid, sheet.scores).sections : {};
  return grid.sections.map((s) => [`${prefix}${s.key}`, points[s.key] ?? null]);
};

/** Every sheet of the call: live assignments (the stage their application is at) and the concept sheets the shortlist kept. */
async function sheetsOf(ctx: AppContext, callId: string, rules: CallRules): Promise<Sheet[]> {
  const live = await ctx.db
    .select({ a: assignments, reference: applications.reference, stage: applications.stage })
    .from(assignments)
    .innerJoin(applications, eq(applications.id, assignments.applicationId))
    .where(eq(applications.callId, callId))
    .orderBy(asc(applications.reference), asc(assignments.createdAt));
  const sheets: Sheet[] = live.map(({ a, reference, stage }) => ({
    reference, stage: rules.twoStage && stage === 'concept' ? 'concept' : 'full',
    assessorId: a.assessorId, status: a.status, further: a.further, total: a.total, scores: a.scores, submittedAt: a.submittedAt,
  }));
  if (!rules.twoStage) return sheets;
  // A not-shortlisted note keeps its assignments (listed above); a shortlisted one's moved to concept_notes.
  const kept = await ctx.db
    .select({ n: conceptNotes, reference: applications.reference })
    .from(conceptNotes)
    .innerJoin(applications, eq(applications.id, conceptNotes.applicationId))
    .where(and(eq(applications.callId, callId), eq(conceptNotes.shortlisted, true)));
  for (const { n, reference } of kept)
    for (const s of n.sheets)
      sheets.push({ reference, stage: 'concept', assessorId: s.assessorId, status: 'submitted', further: s.further ?? null, total: s.total, scores: s.scores, submittedAt: s.submittedAt ?? null });
  const order = (s: Sheet) => (s.stage === 'concept' ? 0 : 1);
  // Stable sort: within a stage and an application, the order the sheets were assigned in.
  return sheets.sort((x, y) => order(x) - order(y) || x.reference.localeCompare(y.reference));
}

/** The scores table: one row per sheet, each stage's section points under its own grid's columns. */
export async function scoreRows(ctx: AppContext, callId: string, rules: CallRules): Promise<Row[]> {
  const sheets = await sheetsOf(ctx, callId, rules);
  const names = await userNames(ctx.db, sheets.map((s) => s.assessorId));
  const concept = rules.twoStage ? stageGrid(rules, 'concept') : null;
  return sheets.map((s) => ({
    reference: s.reference,
    ...(concept ? { stage: s.stage } : {}),
    assessor: names.get(s.assessorId) ?? null,
    status: s.status,
    further: s.further === null ? null : s.further ? 'yes' : 'no',
    total: s.total,
    ...(concept ? Object.fromEntries(sectionCells('concept_section_', concept, s.stage === 'concept' ? s : null)) : {}),
    ...Object.fromEntries(sectionCells('section_', rules.grid, s.stage === 'full' ? s : null)),
    submitted_at: s.submittedAt === null ? null : typeof s.submittedAt === 'string' ? s.submittedAt : s.submittedAt.toISOString(),
  }));
}
