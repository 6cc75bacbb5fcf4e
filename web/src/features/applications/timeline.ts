import type { PlannedActivity } from '../../../../shared/grants';

/** Months the timeline spans: the project's duration, or further when an activity runs past it. */
export function timelineMonths(durationMonths: number | null, activities: readonly Pick<PlannedActivity, 'startMonth' | 'endMonth'>[]): number {
  const latest = activities.reduce((max, a) => Math.max(max, a.startMonth, a.endMonth), 0);
  return Math.max(1, durationMonths ?? 0, latest);
}

/** Where an activity's bar sits, in percent of the timeline's width; an end before the start shows one month. */
export function barGeometry(a: Pick<PlannedActivity, 'startMonth' | 'endMonth'>, months: number): { leftPct: number; widthPct: number } {
  const start = Math.min(Math.max(1, a.startMonth), months);
  const end = Math.min(Math.max(start, a.endMonth), months);
  return { leftPct: ((start - 1) / months) * 100, widthPct: ((end - start + 1) / months) * 100 };
}

/** Month numbers to label under the timeline: every month up to a year, then every 3rd or 6th month. */
export function monthTicks(months: number): number[] {
  const step = months <= 12 ? 1 : months <= 36 ? 3 : 6;
  const ticks = [1];
  for (let m = step; m <= months; m += step) if (m !== 1) ticks.push(m);
  return ticks;
}

/** An activity runs past the project's duration or ends before it starts. */
export function outOfRange(a: Pick<PlannedActivity, 'startMonth' | 'endMonth'>, durationMonths: number | null): boolean {
  return a.endMonth < a.startMonth || (durationMonths !== null && a.endMonth > durationMonths);
}
