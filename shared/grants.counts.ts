import type { ApplicationStatus } from './grants';

/**
 * The one place that says which application statuses make up each stage of a call, so the call
 * page, the evaluation page and the award rule count the same applications the same way.
 */
export const STAGE_STATUSES = {
  /** Submitted, waiting for the administrative check to start. */
  received: ['submitted'],
  adminCheck: ['admin_check'],
  evaluation: ['evaluation'],
  /** Consensus recorded (or shortlisted concept note): in the ranking, not yet decided. */
  ranked: ['evaluated', 'shortlisted'],
  decided: ['awarded', 'reserve', 'rejected', 'declined'],
  /** Left the call before the ranking. */
  out: ['ineligible', 'withdrawn'],
} as const satisfies Record<string, readonly ApplicationStatus[]>;
export type ApplicationStage = keyof typeof STAGE_STATUSES;

/** Statuses the award waits for: received, in the administrative check or in evaluation. */
export const UNDECIDED_STATUSES: readonly ApplicationStatus[] = [...STAGE_STATUSES.received, ...STAGE_STATUSES.adminCheck, ...STAGE_STATUSES.evaluation];

export interface StageCounts extends Record<ApplicationStage, number> {
  /** Received + administrative check + evaluation: what the award still waits for. */
  undecided: number;
  /** Every application past its draft. */
  submittedTotal: number;
}

/** Counts by stage from counts by status (drafts are not counted in any stage). */
export function stageCounts(byStatus: Readonly<Record<string, number>>): StageCounts {
  const sum = (statuses: readonly string[]) => statuses.reduce((s, x) => s + (byStatus[x] ?? 0), 0);
  const stages = Object.fromEntries(Object.entries(STAGE_STATUSES).map(([k, v]) => [k, sum(v)])) as Record<ApplicationStage, number>;
  const all = Object.values(stages).reduce((s, n) => s + n, 0);
  return { ...stages, undecided: sum(UNDECIDED_STATUSES), submittedTotal: all };
}

/** Counts by status of a list of applications (for a page that holds the list, not the call's counts). */
export function statusCounts(items: readonly { status: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of items) out[a.status] = (out[a.status] ?? 0) + 1;
  return out;
}
