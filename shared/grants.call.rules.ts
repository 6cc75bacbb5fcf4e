import { isCountry } from './countries';
import type { CallRules, EvaluationGrid, GridSection } from './grants';
import { problem, type Problem } from './problems';
import { stageRulesProblems } from './grants.concept';

/**
 * Pure rules of a call for proposals: consistency of its rules beyond what zod checks, what may
 * change after publication, and whether it takes submissions at an instant the server's clock gives.
 */

export const CALL_PROBLEM_CODES = [
  'min_grant_above_max', 'max_grant_above_budget', 'co_financing_leaves_no_grant', 'invalid_datetime',
  'deadline_not_after_opening', 'duplicate_value', 'unknown_country', 'duplicate_key',
  'eliminatory_without_threshold', 'threshold_above_section_max', 'threshold_above_grid_max',
  'divergence_above_grid_max', 'tie_break_section_required', 'tie_break_section_unknown',
  'eu_share_conflicts_with_co_financing', 'min_duration_above_max',
  'full_deadline_required', 'full_deadline_not_after_concept',
] as const;
export type CallProblemCode = (typeof CALL_PROBLEM_CODES)[number];

const p = (field: string, code: CallProblemCode, params?: Record<string, string | number>): Problem =>
  problem(field, code, params);

/** Highest weighted score of a section: Σ maxScore × weight over its criteria. */
export function sectionMaxScore(section: GridSection): number {
  return section.criteria.reduce((sum, c) => sum + c.maxScore * c.weight, 0);
}

/** Highest weighted score of a whole grid. */
export function gridMaxScore(grid: EvaluationGrid): number {
  return grid.sections.reduce((sum, s) => sum + sectionMaxScore(s), 0);
}

/** Milliseconds of an ISO instant, or null when it does not parse. */
function instant(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** Everything wrong with a call's rules that zod cannot see: amounts, dates, lists, grid, tie breaks. */
export function validateCallRules(rules: CallRules): Problem[] {
  return [...amountProblems(rules), ...dateProblems(rules), ...listProblems(rules), ...gridProblems(rules), ...stageRulesProblems(rules)];
}

function amountProblems(r: CallRules): Problem[] {
  const out: Problem[] = [];
  if (r.minGrantCents > r.maxGrantCents) out.push(p('minGrantCents', 'min_grant_above_max', { maxGrantCents: r.maxGrantCents }));
  if (r.maxGrantCents > r.budgetCents) out.push(p('maxGrantCents', 'max_grant_above_budget', { budgetCents: r.budgetCents }));
  // A 100 % co-financing requirement would leave no room for any grant of at least the minimum.
  if (r.minCoFinancingBp >= 10_000) out.push(p('minCoFinancingBp', 'co_financing_leaves_no_grant'));
  // The EU share floor and the co-financing floor must leave at least one admissible split.
  if (r.minEuShareBp !== undefined && r.minEuShareBp + r.minCoFinancingBp > 10_000)
    out.push(p('minEuShareBp', 'eu_share_conflicts_with_co_financing', { minCoFinancingBp: r.minCoFinancingBp, maxEuShareBp: 10_000 - r.minCoFinancingBp }));
  if (r.minDurationMonths !== undefined && r.minDurationMonths > r.maxDurationMonths)
    out.push(p('minDurationMonths', 'min_duration_above_max', { maxDurationMonths: r.maxDurationMonths }));
  return out;
}

function dateProblems(r: CallRules): Problem[] {
  const opens = instant(r.opensAt);
  const deadline = instant(r.deadlineAt);
  const out: Problem[] = [];
  if (opens === null) out.push(p('opensAt', 'invalid_datetime'));
  if (deadline === null) out.push(p('deadlineAt', 'invalid_datetime'));
  if (opens !== null && deadline !== null && deadline <= opens) out.push(p('deadlineAt', 'deadline_not_after_opening', { opensAt: r.opensAt }));
  return out;
}

/** Indexes of values already seen earlier in the list. */
function duplicateIndexes(values: readonly string[]): number[] {
  return values.flatMap((v, i) => (values.indexOf(v) < i ? [i] : []));
}

function listProblems(r: CallRules): Problem[] {
  const lists = { themes: r.themes, leadTypes: r.leadTypes, leadCountries: r.leadCountries, partnerCountries: r.partnerCountries, partnerTypes: r.partnerTypes ?? [], tieBreaks: r.tieBreaks, excludedAuthorities: r.excludedAuthorities ?? [] };
  const out = Object.entries(lists).flatMap(([field, values]) =>
    duplicateIndexes(values).map((i) => p(`${field}.${i}`, 'duplicate_value', { value: values[i] ?? '' })),
  );
  for (const field of ['leadCountries', 'partnerCountries'] as const)
    r[field].forEach((c, i) => {
      if (!isCountry(c)) out.push(p(`${field}.${i}`, 'unknown_country', { value: c }));
    });
  return out;
}

/** A grid's keys and section thresholds; `at` names it ('grid', or a two-stage call's 'conceptGrid'). */
function sectionProblems(grid: EvaluationGrid, at: 'grid' | 'conceptGrid'): Problem[] {
  const { sections } = grid;
  const out = duplicateIndexes(sections.map((s) => s.key)).map((i) => p(`${at}.sections.${i}.key`, 'duplicate_key'));
  // Criterion keys are unique across the whole grid, so a score sheet may be keyed by criterion alone.
  const criterionKeys = sections.flatMap((s, si) => s.criteria.map((c, ci) => ({ key: c.key, path: `${at}.sections.${si}.criteria.${ci}.key` })));
  for (const i of duplicateIndexes(criterionKeys.map((c) => c.key))) out.push(p(criterionKeys[i]?.path ?? at, 'duplicate_key'));
  sections.forEach((s, i) => {
    const max = sectionMaxScore(s);
    if (s.eliminatory && s.threshold === null) out.push(p(`${at}.sections.${i}.threshold`, 'eliminatory_without_threshold'));
    if (s.threshold !== null && s.threshold > max) out.push(p(`${at}.sections.${i}.threshold`, 'threshold_above_section_max', { max }));
  });
  return out;
}

function gridProblems(r: CallRules): Problem[] {
  const { sections } = r.grid;
  const out = sectionProblems(r.grid, 'grid');
  // A two-stage call's own concept-note grid holds to the same rules (its notes go on by the pre-selection threshold).
  if (r.twoStage && r.conceptGrid) out.push(...sectionProblems(r.conceptGrid, 'conceptGrid'));
  const max = gridMaxScore(r.grid);
  if (r.grid.overallThreshold > max) out.push(p('grid.overallThreshold', 'threshold_above_grid_max', { max }));
  // Totals can never be further apart than the grid maximum, so a larger threshold would never trigger.
  if (r.divergenceThreshold > max) out.push(p('divergenceThreshold', 'divergence_above_grid_max', { max }));
  if (r.tieBreaks.includes('section_score') && r.tieBreakSection === null) out.push(p('tieBreakSection', 'tie_break_section_required'));
  if (r.tieBreakSection !== null && !sections.some((s) => s.key === r.tieBreakSection))
    out.push(p('tieBreakSection', 'tie_break_section_unknown', { value: r.tieBreakSection }));
  return out;
}

/** Lists whose order carries no meaning, compared as sets. */
const SET_FIELDS: ReadonlySet<string> = new Set(['themes', 'leadTypes', 'leadCountries', 'partnerCountries', 'partnerTypes', 'excludedAuthorities']);
const INSTANT_FIELDS: ReadonlySet<string> = new Set(['opensAt', 'deadlineAt', 'fullDeadlineAt']);
/** Deadlines that may be extended after publication (more time harms no one). */
const EXTENDABLE: ReadonlySet<string> = new Set(['deadlineAt', 'fullDeadlineAt']);

/** Field paths where two JSON-like values differ; arrays by index, objects by key. */
function diffPaths(a: unknown, b: unknown, path: string): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    return Array.from({ length: n }, (_, i) => diffPaths(a[i], b[i], `${path}.${i}`)).flat();
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => diffPaths(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return Object.is(a, b) ? [] : [path];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((v) => sb.has(v));
}

/**
 * The field paths of a published call's rules that an edit changed although applicants rely on them.
 * Applicants plan partners, budgets and dates on the published rules, so every field is locked; the
 * one exception is extending the deadline (more time harms no one), while shortening it is reported.
 * A budget top-up is an award-stage decision, not an edit of the call. Instants compare as instants,
 * and theme, type and country lists as sets, so a re-serialised but equal call reports nothing.
 */
export function lockedAfterPublish(before: CallRules, after: CallRules): string[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => {
    const x = a[k];
    const y = b[k];
    if (INSTANT_FIELDS.has(k) && typeof x === 'string' && typeof y === 'string') {
      const [tx, ty] = [instant(x), instant(y)];
      if (tx === null || ty === null) return x === y ? [] : [k];
      if (EXTENDABLE.has(k)) return ty >= tx ? [] : [k];
      return tx === ty ? [] : [k];
    }
    if (SET_FIELDS.has(k) && Array.isArray(x) && Array.isArray(y)) return sameSet(x, y) ? [] : [k];
    return diffPaths(x, y, k);
  });
}

/**
 * True while the call takes submissions: from `opensAt` up to and including the deadline instant
 * (an application received exactly at the deadline is in time). `now` is the server's clock.
 */
export function isOpen(rules: CallRules, now: Date): boolean {
  const opens = instant(rules.opensAt);
  return opens !== null && now.getTime() >= opens && !deadlinePassed(rules, now);
}

/** True strictly after the deadline instant; an unparsable deadline counts as passed, to fail closed. */
export function deadlinePassed(rules: CallRules, now: Date): boolean {
  const deadline = instant(rules.deadlineAt);
  return deadline === null || now.getTime() > deadline;
}
