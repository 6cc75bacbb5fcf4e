import type { EvaluationGrid } from '../../../../shared/grants';
import { sectionMaxScore } from '../../../../shared/grants.call.rules';
import type { ConsensusSections, EvaluationView } from '../../api/evaluation';

export type ConsensusInput = Record<string, { score: string; justification: string }>;

/** Most weighted points a section can give. */
export function sectionMaximum(grid: EvaluationGrid, key: string): number {
  const s = grid.sections.find((x) => x.key === key);
  return s ? sectionMaxScore(s) : 0;
}

/** Starting values of the consensus form: the recorded consensus, else the rounded mean of the submitted sheets. */
export function consensusInput(grid: EvaluationGrid, view: EvaluationView): ConsensusInput {
  const submitted = view.sheets.filter((s) => s.status === 'submitted');
  const out: ConsensusInput = {};
  for (const s of grid.sections) {
    const recorded = view.consensus?.sections[s.key];
    if (recorded) out[s.key] = { score: String(recorded.score), justification: recorded.justification };
    else {
      const pts = submitted.map((x) => x.sections[s.key]).filter((n): n is number => typeof n === 'number');
      out[s.key] = { score: pts.length ? String(Math.round(pts.reduce((a, b) => a + b, 0) / pts.length)) : '', justification: '' };
    }
  }
  return out;
}

/** What the API takes: sections with a whole-number score (the server names anything missing). */
export function consensusBody(input: ConsensusInput): ConsensusSections {
  const out: ConsensusSections = {};
  for (const [key, v] of Object.entries(input)) {
    if (/^\d{1,4}$/.test(v.score.trim())) out[key] = { score: Number(v.score.trim()), justification: v.justification.trim() };
  }
  return out;
}
