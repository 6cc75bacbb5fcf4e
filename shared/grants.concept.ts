import type { CallRules, EvaluationGrid } from './grants';
import type { Refusal } from './errors';
import { problem, type Problem } from './problems';

/*
 * The concept-note stage of a two-stage call: its own grid, the pre-selection threshold, the
 * shortlist, and the deadline each stage's submissions are held to. Pure.
 *
 * The grid follows PRAG's concept-note evaluation grid (Practical Guide to contract procedures for
 * EU external actions, PRAG 2021, guidelines for grant applicants, section 2.3, step 1; the same
 * grid stands in PRAG 2024): 1. Relevance of the action, sub-score 30 (1.1 relevance to the call's
 * objectives and priorities 5×2, 1.2 relevance to the needs and constraints of the target
 * country/region 5×2, 1.3 target groups and final beneficiaries 5, 1.4 added value 5);
 * 2. Design of the action, sub-score 20 (2.1 coherence of the overall design 5×2, 2.2 feasibility
 * and consistency 5×2); 50 points in all. Checked with the search tool against a published PRAG
 * concept-note evaluation grid and EU call guidelines ("an overall score out of 50 points"); the
 * exact PRAG edition could not be pinned down there, so a manager may edit the grid per call.
 */

type Criterion = { en: string; tr: string; weight: number };
const SECTIONS: { key: string; en: string; tr: string; criteria: Criterion[] }[] = [
  { key: 'relevance', en: 'Relevance of the action', tr: 'Eylemin ilgililiği', criteria: [
    { en: 'Relevance to the objectives and priorities of the call', tr: 'Teklif çağrısının amaç ve öncelikleriyle ilgisi', weight: 2 },
    { en: 'Relevance to the needs and constraints of the towns', tr: 'Şehirlerin ihtiyaç ve kısıtlarıyla ilgisi', weight: 2 },
    { en: 'Target groups and final beneficiaries', tr: 'Hedef gruplar ve nihai yararlanıcılar', weight: 1 },
    { en: 'Added value of the twinning partnership', tr: 'Kardeş şehir ortaklığının katma değeri', weight: 1 },
  ] },
  { key: 'design', en: 'Design of the action', tr: 'Eylemin tasarımı', criteria: [
    { en: 'Coherence of the overall design', tr: 'Genel tasarımın tutarlılığı', weight: 2 },
    { en: 'Feasibility and consistency of the action', tr: 'Eylemin uygulanabilirliği ve tutarlılığı', weight: 2 },
  ] },
];

/** PRAG's concept-note grid: relevance (30) and design (20) of the action, 50 points. */
export function conceptNoteGrid(): EvaluationGrid {
  return {
    sections: SECTIONS.map((s) => ({
      key: s.key, titleEn: s.en, titleTr: s.tr, threshold: null, eliminatory: false,
      criteria: s.criteria.map((c, i) => ({ key: `concept_${s.key}_${i + 1}`, titleEn: c.en, titleTr: c.tr, maxScore: 5, weight: c.weight })),
    })),
    // The pre-selection threshold, not the grid, says which concept notes go on.
    overallThreshold: 0,
  };
}

/**
 * The usual pre-selection mark: concept notes below 30 of 50 are not shortlisted. Checked with the
 * search tool: the 50-point grid (relevance 30, design 20) is confirmed (a PRAG concept-note
 * evaluation grid, docstoc.com 100745440), and the online PRAG section 6.7 "Restricted call for
 * proposals" confirms a shortlist of the best-scored concept notes up to the number the guidelines
 * publish; the threshold of 30 itself could NOT be confirmed with the stored sources, so it is only
 * the default of the call's preSelectionThreshold.
 */
export const DEFAULT_PRE_SELECTION_THRESHOLD = 30;

export type Stage = 'concept' | 'full';

/** The grid an application is scored on: the concept notes' in the concept stage, the call's grid otherwise. */
export function stageGrid(rules: Pick<CallRules, 'twoStage' | 'grid' | 'conceptGrid'>, stage: string): EvaluationGrid {
  return rules.twoStage && stage === 'concept' ? rules.conceptGrid ?? conceptNoteGrid() : rules.grid;
}

/** The deadline a stage's submissions are held to: the concept notes' (or the single stage's), then the full applications'. */
export function stageDeadlineAt(rules: CallRules, stage: string): string {
  return rules.twoStage && stage === 'full' ? rules.fullDeadlineAt ?? rules.deadlineAt : rules.deadlineAt;
}

/** The pre-selection threshold in force (the PRAG default when a call has none). */
export function preSelectionThreshold(rules: CallRules): number {
  return rules.preSelectionThreshold ?? DEFAULT_PRE_SELECTION_THRESHOLD;
}

const gridMax = (g: EvaluationGrid) => g.sections.reduce((n, s) => n + s.criteria.reduce((m, c) => m + c.maxScore * c.weight, 0), 0);

/** What a two-stage call's rules need beyond zod: a full-application deadline after the concept deadline, a reachable threshold. */
export function stageRulesProblems(rules: CallRules): Problem[] {
  if (!rules.twoStage) return [];
  const out: Problem[] = [];
  const concept = Date.parse(rules.deadlineAt);
  const full = rules.fullDeadlineAt === undefined ? NaN : Date.parse(rules.fullDeadlineAt);
  if (rules.fullDeadlineAt === undefined) out.push(problem('fullDeadlineAt', 'full_deadline_required'));
  else if (Number.isNaN(full)) out.push(problem('fullDeadlineAt', 'invalid_datetime'));
  else if (!Number.isNaN(concept) && full <= concept) out.push(problem('fullDeadlineAt', 'full_deadline_not_after_concept', { deadlineAt: rules.deadlineAt }));
  const max = gridMax(stageGrid(rules, 'concept'));
  if (preSelectionThreshold(rules) > max) out.push(problem('preSelectionThreshold', 'threshold_above_grid_max', { max }));
  return out;
}

/** 409 until a stage's deadline has passed: nothing is checked, assigned or shortlisted while applicants may still submit. */
export function beforeDeadlineRefusal(rules: CallRules, stage: string, now: Date): Refusal | null {
  const at = stageDeadlineAt(rules, stage);
  const ms = Date.parse(at);
  if (!Number.isNaN(ms) && now.getTime() > ms) return null;
  return { code: 'deadline_not_passed', message: `Applicants may submit until ${at}: this starts only after the deadline`, params: { at } };
}

/** A concept note as the committee left it. */
export interface ConceptCandidate {
  id: string;
  total: number;
  /** No eliminatory section failed. */
  passed: boolean;
  /** Section scores; `tieSection` breaks equal totals. */
  sections: Record<string, number>;
}

export interface ShortlistResult {
  /** Best first, never more than asked, none below the threshold. */
  shortlisted: string[];
  /** Equal to the last place on both total and the tie-break section: left out together rather than chosen by chance. */
  tiedAtCut: string[];
  /** The rest, below the threshold or beyond the number. */
  notShortlisted: string[];
}

/**
 * The shortlist: concept notes at or above the pre-selection threshold, best first (total, then the
 * tie-break section), at most `count`. A group of equal notes that straddles the cut is left out
 * whole, so no applicant is preferred over an equal one (the manager may shortlist more instead).
 */
export function shortlist(candidates: readonly ConceptCandidate[], threshold: number, count: number, tieSection: string | null): ShortlistResult {
  const key = (c: ConceptCandidate) => [c.total, tieSection ? c.sections[tieSection] ?? 0 : 0] as const;
  const eligible = candidates.filter((c) => c.passed && c.total >= threshold);
  const sorted = [...eligible].sort((a, b) => key(b)[0] - key(a)[0] || key(b)[1] - key(a)[1] || a.id.localeCompare(b.id));
  const same = (a: ConceptCandidate, b: ConceptCandidate) => key(a)[0] === key(b)[0] && key(a)[1] === key(b)[1];
  let taken = Math.min(Math.max(0, count), sorted.length);
  const tiedAtCut: string[] = [];
  const next = sorted[taken];
  if (taken > 0 && next && same(sorted[taken - 1]!, next)) {
    const boundary = sorted[taken - 1]!;
    while (taken > 0 && same(sorted[taken - 1]!, boundary)) taken -= 1;
    tiedAtCut.push(...sorted.filter((c) => same(c, boundary)).map((c) => c.id));
  }
  const shortlisted = sorted.slice(0, taken).map((c) => c.id);
  const chosen = new Set(shortlisted);
  return { shortlisted, tiedAtCut, notShortlisted: candidates.filter((c) => !chosen.has(c.id)).map((c) => c.id) };
}
