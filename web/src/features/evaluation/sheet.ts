import type { EvaluationGrid } from '../../../../shared/grants';
import type { FieldError } from '../../api/client';

/** A score sheet as typed: the score as text (empty until typed) and the comment, by criterion key. */
export type SheetInput = Record<string, { score: string; comment: string }>;
export type ScoreMap = Record<string, { score: number; comment: string }>;

/** The form's starting values from saved scores (every criterion of the grid present). */
export function sheetInput(grid: EvaluationGrid, saved: ScoreMap): SheetInput {
  const out: SheetInput = {};
  for (const c of grid.sections.flatMap((s) => s.criteria)) {
    const s = saved[c.key];
    out[c.key] = { score: s ? String(s.score) : '', comment: s?.comment ?? '' };
  }
  return out;
}

/** A typed score as an integer, or null when empty or not a whole number. */
export function parseScore(text: string): number | null {
  const s = text.trim();
  return /^\d{1,3}$/.test(s) ? Number(s) : null;
}

/** What the API takes: only criteria with a typed score (a draft may be partial; the server names the gaps on submit). */
export function sheetBody(input: SheetInput): ScoreMap {
  const out: ScoreMap = {};
  for (const [key, v] of Object.entries(input)) {
    const score = parseScore(v.score);
    if (score !== null) out[key] = { score, comment: v.comment.trim() };
  }
  return out;
}

/** Weighted points per section and in total (score × weight; an empty score counts 0), as the server counts them. */
export function sectionTotals(grid: EvaluationGrid, input: SheetInput): { sections: Record<string, number>; total: number } {
  const sections: Record<string, number> = {};
  let total = 0;
  for (const s of grid.sections) {
    const points = s.criteria.reduce((sum, c) => sum + (parseScore(input[c.key]?.score ?? '') ?? 0) * c.weight, 0);
    sections[s.key] = points;
    total += points;
  }
  return { sections, total };
}

export interface CriterionError {
  field: 'score' | 'comment';
  code: string;
  params: Record<string, string | number>;
}

/**
 * The server's field errors (`scores.<key>`, `scores.<key>.score`, `scores.<key>.comment`, or
 * `sections.<key>` for a consensus) by the key they concern; a missing entry is reported on its score.
 */
export function errorsByKey(fields: readonly FieldError[], prefix: 'scores' | 'sections' | 'changes'): Record<string, CriterionError[]> {
  const out: Record<string, CriterionError[]> = {};
  for (const f of fields) {
    const m = new RegExp(`^${prefix}\\.([^.]+)(?:\\.(\\w+))?$`).exec(f.path);
    if (!m) continue;
    const field = m[2] === 'comment' || m[2] === 'justification' ? 'comment' : 'score';
    (out[m[1]!] ??= []).push({ field, code: f.code ?? 'invalid', params: f.params ?? {} });
  }
  return out;
}

/** Criteria the sheet still lacks a whole score or a comment for (the server refuses such a sheet on submit). */
export function sheetGaps(grid: EvaluationGrid, input: SheetInput): string[] {
  return grid.sections.flatMap((s) => s.criteria).filter((c) => {
    const v = input[c.key];
    return !v || parseScore(v.score) === null || v.comment.trim() === '';
  }).map((c) => c.key);
}
