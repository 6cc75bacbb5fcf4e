/**
 * Progress of an indicator from its baseline towards its target, in percent (may exceed 100 when the
 * target was beaten); null when nothing was reported yet. A target at or below the baseline counts as
 * met once anything at least the target is reported.
 */
export function indicatorProgress(ind: { baseline: number; target: number; achieved: number | null }): number | null {
  if (ind.achieved === null) return null;
  const span = ind.target - ind.baseline;
  if (span <= 0) return ind.achieved >= ind.target ? 100 : 0;
  return Math.max(0, ((ind.achieved - ind.baseline) / span) * 100);
}
