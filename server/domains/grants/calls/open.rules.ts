import type { CallRules } from '../../../../shared/grants';

/**
 * The next instant after `now` at which a call's `open` flag flips (it opens at `opensAt`, and closes
 * just after the deadline instant, which is still in time): until then an answer that shows the flags
 * stays right. Undefined when none of the calls will change any more.
 */
export function nextOpenChange(calls: readonly Pick<CallRules, 'opensAt' | 'deadlineAt'>[], now: number): number | undefined {
  const instants = calls.flatMap((c) => [Date.parse(c.opensAt), Date.parse(c.deadlineAt) + 1]).filter((t) => Number.isFinite(t) && t > now);
  return instants.length ? Math.min(...instants) : undefined;
}
