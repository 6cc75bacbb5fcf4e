import type { EvaluationGrid } from '../../../../shared/grants';
import { sectionMaxScore } from '../../../../shared/grants.call.rules';
import type { ConsensusChanges, EvaluationView } from '../../api/evaluation';

export type ConsensusInput = Record<string, { score: string; justification: string }>;

/** Most weighted points a section can give. */
export function sectionMaximum(grid: EvaluationGrid, key: string): number {
  const s = grid.sections.find((x) => x.key === key);
  return s ? sectionMaxScore(s) : 0;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The assessors' mean per section (to hundredths): as recorded, else from the submitted sheets; null without sheets. */
export function sectionAverages(grid: EvaluationGrid, view: EvaluationView): Record<string, number | null> {
  const submitted = view.sheets.filter((s) => s.status === 'submitted');
  const out: Record<string, number | null> = {};
  for (const s of grid.sections) {
    const recorded = view.consensus?.sections[s.key]?.average;
    const pts = submitted.map((x) => x.sections[s.key]).filter((n): n is number => typeof n === 'number');
    out[s.key] = typeof recorded === 'number' ? recorded : pts.length ? round2(pts.reduce((a, b) => a + b, 0) / pts.length) : null;
  }
  return out;
}

/** Starting values of the form: the recorded score and reason, else the assessors' mean with no reason. */
export function consensusInput(grid: EvaluationGrid, view: EvaluationView): ConsensusInput {
  const averages = sectionAverages(grid, view);
  const out: ConsensusInput = {};
  for (const s of grid.sections) {
    const recorded = view.consensus?.sections[s.key];
    const avg = averages[s.key];
    out[s.key] = recorded ? { score: String(recorded.score), justification: recorded.justification } : { score: avg === null || avg === undefined ? '' : String(avg), justification: '' };
  }
  return out;
}

/** A score as typed ('12', '10.5' or '10,5'), or null. */
function parse(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return /^\d{1,4}(\.\d{1,2})?$/.test(t) ? Number(t) : null;
}

/**
 * What the API takes: only the sections the committee changes (a score other than the mean, or a
 * written reason), each with its justification; the server refuses a change without one.
 */
export function consensusBody(input: ConsensusInput, averages: Record<string, number | null>): ConsensusChanges {
  const out: ConsensusChanges = {};
  for (const [key, v] of Object.entries(input)) {
    const score = parse(v.score);
    const avg = averages[key];
    const changed = score !== null && (avg === null || avg === undefined || Math.abs(score - avg) > 1e-9);
    if (changed || (score !== null && v.justification.trim() !== '')) out[key] = { score: score!, justification: v.justification.trim() };
  }
  return out;
}
