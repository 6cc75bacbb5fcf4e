import type { CallRules } from '../../../../shared/grants';
import type { CallWait } from '../../../../shared/home';
import { needsFurtherAssessor } from '../evaluation/evaluation.rules';

/** Where a call stands for its managers: from draft through the deadline to the award. */
export type CallStage = 'draft' | 'upcoming' | 'open' | 'closed' | 'awarded';

/** The stage of a call at `now` (the stored status only says draft, published or awarded). */
export function callStage(status: string, rules: Pick<CallRules, 'opensAt' | 'deadlineAt'>, now: Date): CallStage {
  if (status === 'draft' || status === 'awarded') return status;
  if (now.getTime() < Date.parse(rules.opensAt)) return 'upcoming';
  return now.getTime() < Date.parse(rules.deadlineAt) ? 'open' : 'closed';
}

export interface SheetState {
  status: string;
  total: number | null;
}

/**
 * What an application under evaluation waits for: assessors to be assigned (too few live sheets), a
 * further assessor (the submitted scores diverge), the committee's consensus (every sheet in), or
 * only the assessors' scoring, which asks nothing of the managers.
 */
export function evaluationWait(rules: Pick<CallRules, 'assessorsPerApplication' | 'divergenceThreshold'>, sheets: readonly SheetState[]): 'assign' | 'diverge' | 'consensus' | 'scoring' {
  const live = sheets.filter((s) => s.status !== 'conflicted');
  if (live.length < rules.assessorsPerApplication) return 'assign';
  const submitted = live.filter((s) => s.status === 'submitted').map((s) => s.total ?? 0);
  if (needsFurtherAssessor(submitted, rules, live.length)) return 'diverge';
  return submitted.length === live.length ? 'consensus' : 'scoring';
}

export interface AppState {
  status: string;
  sheets: readonly SheetState[];
}

/**
 * Counts of what waits for the managers in one call: the check only after the deadline (it is refused
 * before), and the award once nothing is left under check or evaluation, never for concept notes.
 */
export function callWaits(stage: CallStage, rules: Pick<CallRules, 'assessorsPerApplication' | 'divergenceThreshold'>, apps: readonly AppState[], conceptStage = false): Record<CallWait, number> {
  const waits: Record<CallWait, number> = { check: 0, assign: 0, diverge: 0, consensus: 0, award: 0 };
  for (const app of apps) {
    if ((app.status === 'submitted' || app.status === 'admin_check') && stage === 'closed') waits.check += 1;
    if (app.status !== 'evaluation') continue;
    const wait = evaluationWait(rules, app.sheets);
    if (wait !== 'scoring') waits[wait] += 1;
  }
  const pending = apps.some((a) => ['submitted', 'admin_check', 'evaluation'].includes(a.status));
  if (stage === 'closed' && !conceptStage && !pending && apps.some((a) => a.status === 'evaluated')) waits.award = 1;
  return waits;
}
