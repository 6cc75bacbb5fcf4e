import type { CallRules, EvaluationGrid, SameCountrySide } from '../../../../shared/grants';
import { gridMaxScore as gridMax, sectionMaxScore as sectionMax } from '../../../../shared/grants.call.rules';
import { type Problem, problem } from '../../../../shared/problems';

/**
 * Evaluation of applications on the call's grid: assessors' score sheets, their divergence, the
 * committee's consensus and its outcome, and who assesses what. Pure: no database, no clock.
 * All scores are weighted points (score × criterion weight), as the grid's thresholds are.
 */

/** One assessor's score and reasons for one criterion of the grid. */
export interface CriterionScore {
  score: number;
  comment: string;
}
/** One assessor's sheet, keyed by criterion key. */
export type ScoreSheet = Record<string, CriterionScore>;

export interface SheetTotals {
  sections: Record<string, number>;
  total: number;
}

export interface FinalScore {
  total: number;
  passed: boolean;
  /** Sections scored below their threshold, in grid order. */
  failedSections: string[];
  /** The first eliminatory section that failed; it ends the evaluation. */
  eliminatedBy: string | null;
  belowOverall: boolean;
}

const has = (o: object, key: string): boolean => Object.hasOwn(o, key);
/**
 * The lowest score of a sub-criterion: PRAG grids score 1 (very poor) to 5 (very good), never 0
 * (PRAG Annex E3a guidelines for grant applicants, evaluation grid: "1 = very poor … 5 = very good").
 */
export const SCORE_MIN = 1;
const inRange = (n: number, max: number, min = 0): boolean => Number.isInteger(n) && n >= min && n <= max;

/** The most weighted points a section can give (bounds the consensus) and the whole grid: one definition. */
export { sectionMax, gridMax };

/** Every way a sheet is incomplete or wrong, so an assessor fixes it all before submitting. */
export function scoreSheetProblems(grid: EvaluationGrid, scores: ScoreSheet): Problem[] {
  const problems: Problem[] = [];
  const known = new Set<string>();
  for (const c of grid.sections.flatMap((s) => s.criteria)) {
    known.add(c.key);
    const entry = has(scores, c.key) ? scores[c.key] : undefined;
    if (!entry) {
      problems.push(problem(`scores.${c.key}`, 'required'));
      continue;
    }
    if (!inRange(entry.score, c.maxScore, SCORE_MIN))
      problems.push(problem(`scores.${c.key}.score`, 'score_out_of_range', { min: SCORE_MIN, max: c.maxScore }));
    if (typeof entry.comment !== 'string' || entry.comment.trim() === '')
      problems.push(problem(`scores.${c.key}.comment`, 'required'));
  }
  for (const k of Object.keys(scores)) if (!known.has(k)) problems.push(problem(`scores.${k}`, 'unknown_criterion'));
  return problems;
}

/** Weighted section scores and total of a sheet; a missing criterion counts 0 (check problems first). */
export function sheetTotals(grid: EvaluationGrid, scores: ScoreSheet): SheetTotals {
  const sections: Record<string, number> = {};
  let total = 0;
  for (const s of grid.sections) {
    const points = s.criteria.reduce((sum, c) => sum + (has(scores, c.key) ? (scores[c.key]?.score ?? 0) : 0) * c.weight, 0);
    sections[s.key] = points;
    total += points;
  }
  return { sections, total };
}

/** How far apart the assessors' totals are; strictly more than the threshold diverges. */
export function divergence(totals: readonly number[], threshold: number): { spread: number; diverges: boolean } {
  const spread = totals.length < 2 ? 0 : Math.max(...totals) - Math.min(...totals);
  return { spread, diverges: spread > threshold };
}

/** Further assessors a call may add to one application beyond its regular `assessorsPerApplication`. */
export const MAX_EXTRA_ASSESSORS = 1;

/**
 * Whether to assign one more assessor. Only once the regular assessors are all assigned, and at most
 * MAX_EXTRA_ASSESSORS extra: past that the committee settles the divergence in its consensus. It asks as
 * soon as the submitted sheets diverge, without waiting for the rest: a spread only grows as sheets
 * arrive, so waiting could not change the answer and would only delay the evaluation.
 */
export function needsFurtherAssessor(
  submittedTotals: readonly number[],
  rules: Pick<CallRules, 'assessorsPerApplication' | 'divergenceThreshold'>,
  assignedCount: number,
): boolean {
  const regular = rules.assessorsPerApplication;
  if (assignedCount < regular || assignedCount >= regular + MAX_EXTRA_ASSESSORS) return false;
  return divergence(submittedTotals, rules.divergenceThreshold).diverges;
}

/**
 * The outcome of the section scores that count (the committee checks changes with changeProblems). A score exactly at a threshold passes.
 * The total is still reported for an eliminated application so the committee sees it, but an
 * eliminated or failed application is never ranked.
 */
export function finalScore(grid: EvaluationGrid, consensus: Record<string, number>): FinalScore {
  let total = 0;
  const failedSections: string[] = [];
  let eliminatedBy: string | null = null;
  for (const s of grid.sections) {
    const points = has(consensus, s.key) ? (consensus[s.key] ?? 0) : 0;
    total += points;
    if (s.threshold === null || points >= s.threshold) continue;
    failedSections.push(s.key);
    if (s.eliminatory && eliminatedBy === null) eliminatedBy = s.key;
  }
  const belowOverall = total < grid.overallThreshold;
  return { total, passed: failedSections.length === 0 && !belowOverall, failedSections, eliminatedBy, belowOverall };
}

export interface AssignmentInput {
  applications: readonly { id: string; countries: readonly string[] }[];
  /** `load`: the assessor's current workload, already counting its `existing` assignments. */
  assessors: readonly { id: string; country: string; load: number }[];
  perApplication: number;
  excludeSameCountry: boolean;
  /** Declared conflicts of interest as `${assessorId}:${applicationId}`. */
  conflicts: ReadonlySet<string>;
  existing: Readonly<Record<string, readonly string[]>>;
}

export interface Assignment {
  /** Every application's assessors: the existing ones first, then those added now. */
  assignments: Record<string, string[]>;
  /** Only the assessors added now, for the audit trail and the invitations. */
  added: Record<string, string[]>;
  /** Applications still short of `perApplication` because too few assessors are eligible. */
  unfilled: string[];
}

type Assessor = AssignmentInput['assessors'][number];
type Application = AssignmentInput['applications'][number];
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The countries whose assessors the call's same-country rule keeps off an application: the lead's,
 * the partners', both sides' or none. Older calls without the option keep their boolean (`both`).
 */
export function excludedCountries(side: SameCountrySide, leadCountry: string, partnerCountries: readonly string[]): string[] {
  const lead = side === 'lead' || side === 'both' ? [leadCountry] : [];
  const partners = side === 'partners' || side === 'both' ? partnerCountries : [];
  return [...new Set([...lead, ...partners].map((c) => c.toUpperCase()))];
}

/** The side a call's same-country rule applies to, reading older calls' boolean. */
export function sameCountrySide(rules: Pick<CallRules, 'sameCountryExclusion' | 'excludeSameCountryAssessors'>): SameCountrySide {
  return rules.sameCountryExclusion ?? (rules.excludeSameCountryAssessors ? 'both' : 'off');
}

function eligible(a: Assessor, app: Application, current: readonly string[], input: AssignmentInput): boolean {
  if (current.includes(a.id) || input.conflicts.has(`${a.id}:${app.id}`)) return false;
  return !input.excludeSameCountry || !app.countries.some((c) => c.toUpperCase() === a.country.toUpperCase());
}

/**
 * Give each application up to `perApplication` assessors (with `perApplication` + 1 for the one that
 * needs a further assessor). Slots are filled round by round, one per application per round in id
 * order, each going to the least-loaded eligible assessor (ties by id), so work spreads evenly and the
 * result does not depend on input order. Greedy, not an optimal matching: what it cannot fill is
 * reported in `unfilled` for the programme officer to solve by hand.
 */
export function assignAssessors(input: AssignmentInput): Assignment {
  const apps = [...input.applications].sort(byId);
  const pool = [...input.assessors].sort(byId);
  const load = new Map(pool.map((a) => [a.id, a.load]));
  const current = new Map(apps.map((app) => [app.id, [...(has(input.existing, app.id) ? (input.existing[app.id] ?? []) : [])]]));
  const added = new Map<string, string[]>(apps.map((app) => [app.id, []]));
  for (let round = 0; round < input.perApplication; round++) {
    for (const app of apps) {
      const mine = current.get(app.id) ?? [];
      if (mine.length >= input.perApplication) continue;
      const pick = pool
        .filter((a) => eligible(a, app, mine, input))
        .reduce<Assessor | null>((best, a) => (!best || (load.get(a.id) ?? 0) < (load.get(best.id) ?? 0) ? a : best), null);
      if (!pick) continue;
      mine.push(pick.id);
      added.get(app.id)?.push(pick.id);
      load.set(pick.id, (load.get(pick.id) ?? 0) + 1);
    }
  }
  return {
    assignments: Object.fromEntries(current),
    added: Object.fromEntries(added),
    unfilled: apps.filter((app) => (current.get(app.id)?.length ?? 0) < input.perApplication).map((app) => app.id),
  };
}
