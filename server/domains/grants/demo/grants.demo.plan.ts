import type { CallRules, EvaluationGrid } from '../../../../shared/grants';
import { twinningGrid } from '../../../../shared/grants.grid';
import { THEMES, type Theme } from '../../../../shared/themes';
import { committeeScore } from '../evaluation/committee.rules';
import { SCORE_MIN, sheetTotals, type ScoreSheet } from '../evaluation/evaluation.rules';
import { allocate, promoteFromReserve, rank } from '../awards/ranking.rules';
import { call2018Rules } from '../../../../shared/grants.fixtures';

// The evaluation of the demo call, planned with the platform's own rules: scores → consensus →
// ranking → award within the budget → one awardee declines and the reserve moves up. Pure.

export interface DemoPair {
  leadCode: string;
  leadName: string;
  partnerCode: string;
  partnerName: string;
}

export interface PlannedApplication {
  index: number;
  pair: DemoPair;
  theme: Theme;
  grantCents: number;
  status: 'ineligible' | 'withdrawn' | 'rejected' | 'reserve' | 'awarded' | 'declined';
  sheets: { scores: ScoreSheet; total: number; further: boolean }[];
  consensus: { sections: Record<string, { average: number; score: number; justification: string }>; total: number; passed: boolean; eliminatedBy: string | null } | null;
  rank: number | null;
  submittedAt: string;
}

/** The demo calls' rules: the 2018 scheme's figures with the grid a new call starts from (real criteria with guidance). */
export function demoCallRules(): CallRules {
  return { ...call2018Rules(), grid: twinningGrid() };
}

/** A small deterministic generator, so the demo is the same on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** An assessor's sheet around a quality level (0..1), with a personal bias. */
function sheet(grid: EvaluationGrid, quality: number, bias: number, random: () => number): ScoreSheet {
  const out: ScoreSheet = {};
  for (const s of grid.sections)
    for (const c of s.criteria) {
      const raw = Math.round(quality * c.maxScore + bias + (random() - 0.5) * 1.5);
      out[c.key] = { score: Math.max(SCORE_MIN, Math.min(c.maxScore, raw)), comment: raw >= c.maxScore * 0.7 ? 'Convincing and well evidenced.' : 'Adequate; some points need more detail.' };
    }
  return out;
}

/** The committee's score as the platform records it: the assessors' mean per section, no change made. */
function consensusOf(grid: EvaluationGrid, sheets: ScoreSheet[]) {
  const { sections, total, passed, eliminatedBy } = committeeScore(grid, sheets, {});
  return { sections, total, passed, eliminatedBy };
}

/** Plan `pairs.length` applications to the demo call (the last two: ineligible and withdrawn). */
export function planDemoCall(rules: CallRules, pairs: readonly DemoPair[]): PlannedApplication[] {
  const random = rng(2018);
  const grid = rules.grid;
  const apps: PlannedApplication[] = pairs.map((pair, index) => {
    const theme = THEMES[index % THEMES.length]!;
    const grantCents = (80_000 + Math.floor(random() * 51) * 1000) * 100; // demand above the budget, so a reserve forms
    // Every one before the deadline: the last in its final hours, the first about a week earlier (the deadline binds).
    const submittedAt = new Date(Date.parse(rules.deadlineAt) - (pairs.length - index) * 5 * 3_600_000).toISOString();
    return { index, pair, theme, grantCents, status: 'rejected', sheets: [], consensus: null, rank: null, submittedAt };
  });
  const evaluated = apps.slice(0, apps.length - 2);
  apps.at(-2)!.status = 'ineligible';
  apps.at(-1)!.status = 'withdrawn';
  for (const app of evaluated) {
    const quality = app.index % 9 === 8 ? 0.45 : 0.6 + random() * 0.35;
    const biases = app.index === 3 ? [-1.6, 1.6] : [-0.3, 0.3]; // one pair of assessors diverges
    app.sheets = biases.map((b) => sheet(grid, quality, b, random)).map((scores) => ({ scores, total: sheetTotals(grid, scores).total, further: false }));
    const spread = Math.abs(app.sheets[0]!.total - app.sheets[1]!.total);
    if (spread > rules.divergenceThreshold) {
      const scores = sheet(grid, quality, 0, random);
      app.sheets.push({ scores, total: sheetTotals(grid, scores).total, further: true });
    }
    app.consensus = consensusOf(grid, app.sheets.map((s) => s.scores));
  }
  const ranked = rank(
    evaluated.map((a) => ({ id: String(a.index), total: a.consensus!.total, passed: a.consensus!.passed, theme: a.theme, sections: Object.fromEntries(Object.entries(a.consensus!.sections).map(([k, v]) => [k, v.score])), submittedAt: a.submittedAt, requestedGrantCents: a.grantCents })),
    rules.tieBreaks,
    rules.tieBreakSection,
  );
  const allocation = allocate(ranked, rules.budgetCents, rules.minGrantCents, rules.maxGrantCents);
  const decliner = allocation.awarded[2]!;
  const after = promoteFromReserve({ budgetCents: rules.budgetCents, ranked, awarded: allocation.awarded, reserve: allocation.reserve, committedCents: allocation.committedCents, leftCents: allocation.leftCents }, decliner);
  if (!after.ok) throw new Error(after.reason.message);
  for (const r of ranked) {
    const app = apps[Number(r.id)]!;
    app.rank = r.rank;
    app.status = r.id === decliner ? 'declined' : after.state.awarded.includes(r.id) ? 'awarded' : 'reserve';
  }
  return apps;
}

/** A governorate as the demo names it. */
export interface DemoLead {
  code: string;
  name: string;
}

/**
 * The demo's governorate-led project (the 2018 scheme's projects were carried out by governorates as
 * well as municipalities): the best-ranked awarded application whose lead's province has a governorate
 * that leads nothing else is led by that governorate instead. The plan is returned unchanged when none fits.
 */
export function withGovernorateLead(plan: readonly PlannedApplication[], governorateOf: (leadCode: string) => DemoLead | null): PlannedApplication[] {
  const leads = new Set(plan.map((a) => a.pair.leadCode));
  const awarded = plan.filter((a) => a.status === 'awarded').sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  for (const app of awarded) {
    const governorate = governorateOf(app.pair.leadCode);
    if (!governorate || leads.has(governorate.code)) continue;
    const pair = { ...app.pair, leadCode: governorate.code, leadName: governorate.name };
    return plan.map((a) => (a === app ? { ...a, pair } : a));
  }
  return [...plan];
}
