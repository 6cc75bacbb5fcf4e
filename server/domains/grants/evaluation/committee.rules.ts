import type { EvaluationGrid, GridSection } from '../../../../shared/grants';
import { type Problem, problem } from '../../../../shared/problems';
import { finalScore, SCORE_MIN, sectionMax, type FinalScore, type ScoreSheet } from './evaluation.rules';

/*
 * The evaluation committee of a call and the score it records. Pure: no database, no clock.
 *
 * Composition (PRAG, section 2.8.1 "Evaluation committee – appointment and composition", online PRAG
 * at ec.europa.eu/europeaid/prag, the 2016–2019 editions; grants follow the same rule in chapter 6):
 * a non-voting chairperson, a non-voting secretary and an odd number of voting members, at least
 * three. Every member signs a declaration of impartiality and confidentiality before reading any
 * application.
 *
 * Score: each application's score is the mean of its assessors' scores, per section (weighted
 * points), rounded to hundredths; the committee may change a section's score only with a written
 * justification, which the evaluation report prints.
 */

export { COMMITTEE_ROLES, type CommitteeRole } from '../../../../shared/grants.review';

/** Fewest voting members (PRAG 2.8.1); their number is odd so that a vote cannot tie. */
export const MIN_VOTING_MEMBERS = 3;

export interface CommitteeInput {
  chairId: string;
  secretaryId: string;
  votingIds: readonly string[];
}
/** What the composition check needs to know of each person named. */
export interface Candidate {
  role: string;
  disabled: boolean;
}

const STAFF = new Set(['programme_manager', 'admin']);
/** Voting members are programme staff or the call's independent experts (assessors). */
const VOTERS = new Set([...STAFF, 'assessor']);

/** Every way a proposed committee breaks the composition rules, so the manager fixes it all at once. */
export function committeeProblems(input: CommitteeInput, people: ReadonlyMap<string, Candidate>): Problem[] {
  const out: Problem[] = [];
  const check = (field: string, id: string, allowed: ReadonlySet<string>) => {
    const who = people.get(id);
    if (!who || who.disabled) out.push(problem(field, 'committee_unknown_person'));
    else if (!allowed.has(who.role)) out.push(problem(field, 'committee_role_not_allowed', { role: who.role }));
  };
  check('chairId', input.chairId, STAFF);
  check('secretaryId', input.secretaryId, STAFF);
  input.votingIds.forEach((id, i) => check(`votingIds.${i}`, id, VOTERS));
  if (input.chairId === input.secretaryId) out.push(problem('secretaryId', 'committee_same_person'));
  const seen = new Set([input.chairId, input.secretaryId]);
  input.votingIds.forEach((id, i) => {
    if (seen.has(id)) out.push(problem(`votingIds.${i}`, 'committee_same_person'));
    seen.add(id);
  });
  const n = input.votingIds.length;
  if (n < MIN_VOTING_MEMBERS || n % 2 === 0) out.push(problem('votingIds', 'committee_voting_odd', { min: MIN_VOTING_MEMBERS, count: n }));
  return out;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const has = (o: object, key: string): boolean => Object.hasOwn(o, key);

/** The lowest weighted points a section can give: every sub-criterion at SCORE_MIN. */
export function sectionMin(section: GridSection): number {
  return section.criteria.reduce((sum, c) => sum + SCORE_MIN * c.weight, 0);
}

export interface Averages {
  /** Mean weighted points per section over the sheets, to hundredths (as shown and stored). */
  sections: Record<string, number>;
  /** The same means unrounded: thresholds and the total are computed from these, so rounding never moves a result. */
  exact: Record<string, number>;
  /** Mean raw score per sub-criterion (1–5), for the eliminatory sub-criterion rule. */
  criteria: Record<string, number>;
  /** Mean of the sheets' totals, to hundredths. */
  total: number;
}

/** The assessors' mean per section, per sub-criterion and in total (at least one complete sheet). */
export function assessorAverages(grid: EvaluationGrid, sheets: readonly ScoreSheet[]): Averages {
  const n = Math.max(sheets.length, 1);
  const score = (s: ScoreSheet, key: string) => (has(s, key) ? (s[key]?.score ?? 0) : 0);
  const sections: Record<string, number> = {};
  const exact: Record<string, number> = {};
  const criteria: Record<string, number> = {};
  let sum = 0;
  for (const sec of grid.sections) {
    let points = 0;
    for (const c of sec.criteria) {
      const raw = sheets.reduce((t, s) => t + score(s, c.key), 0);
      criteria[c.key] = raw / n;
      points += raw * c.weight;
    }
    exact[sec.key] = points / n;
    sections[sec.key] = round2(points / n);
    sum += points;
  }
  return { sections, exact, criteria, total: round2(sum / n) };
}

export interface Change {
  score: number;
  justification: string;
}

/** A change names a known section, a score the section can give (to hundredths) and its written reason. */
export function changeProblems(grid: EvaluationGrid, changes: Readonly<Record<string, Change>>): Problem[] {
  const out: Problem[] = [];
  for (const [key, ch] of Object.entries(changes)) {
    const s = grid.sections.find((x) => x.key === key);
    if (!s) {
      out.push(problem(`changes.${key}`, 'unknown_section'));
      continue;
    }
    const hundredths = ch.score * 100;
    if (ch.score < sectionMin(s) || ch.score > sectionMax(s) || Math.abs(hundredths - Math.round(hundredths)) > 1e-6)
      out.push(problem(`changes.${key}.score`, 'score_out_of_range', { min: sectionMin(s), max: sectionMax(s) }));
    if (ch.justification.trim() === '') out.push(problem(`changes.${key}.justification`, 'required'));
  }
  return out;
}

export interface CommitteeScore extends FinalScore {
  /** Per section: the assessors' mean, the score that counts, and the reason where the committee changed it. */
  sections: Record<string, { average: number; score: number; justification: string }>;
  /** The sub-criterion whose mean reached the eliminatory score, if any. */
  eliminatedCriterion: string | null;
}

/**
 * The committee's score of an application: the assessors' mean per section unless changed with a
 * justification; thresholds and eliminatory sections as finalScore applies them; and a section's
 * eliminatory sub-criterion score (capacity: a sub-criterion at 1) eliminates whatever the total.
 */
export function committeeScore(grid: EvaluationGrid, sheets: readonly ScoreSheet[], changes: Readonly<Record<string, Change>>): CommitteeScore {
  const avg = assessorAverages(grid, sheets);
  const sections: CommitteeScore['sections'] = {};
  for (const s of grid.sections) {
    const ch = has(changes, s.key) ? changes[s.key] : undefined;
    const average = avg.sections[s.key] ?? 0;
    sections[s.key] = { average, score: ch ? ch.score : average, justification: ch?.justification.trim() ?? '' };
  }
  const counted = Object.fromEntries(grid.sections.map((s) => [s.key, has(changes, s.key) ? (changes[s.key]?.score ?? 0) : (avg.exact[s.key] ?? 0)]));
  const result = finalScore(grid, counted);
  let eliminatedCriterion: string | null = null;
  let eliminatedBy = result.eliminatedBy;
  const failed = [...result.failedSections];
  for (const s of grid.sections) {
    const floor = s.eliminatoryCriterionScore;
    if (floor === null || floor === undefined) continue;
    const low = s.criteria.find((c) => (avg.criteria[c.key] ?? 0) <= floor);
    if (!low) continue;
    eliminatedCriterion ??= low.key;
    eliminatedBy ??= s.key;
    if (!failed.includes(s.key)) failed.push(s.key);
  }
  const total = round2(result.total);
  const passed = result.passed && eliminatedCriterion === null;
  return { ...result, total, passed, failedSections: failed, eliminatedBy, sections, eliminatedCriterion };
}
