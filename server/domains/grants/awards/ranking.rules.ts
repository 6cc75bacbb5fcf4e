import type { Refusal } from '../../../../shared/errors';
import type { TIE_BREAKS } from '../../../../shared/grants';

/**
 * Ranking of evaluated applications and their award within the call budget, with a reserve list that
 * moves up when an awardee declines. Money is integer cents, so every sum here is exact. Pure.
 */
export type TieBreak = (typeof TIE_BREAKS)[number];

/**
 * Tie-breaks calls once could choose and no longer may: ranking equal scores by the time of
 * submission rewards speed, not quality, when every application received by the deadline must be
 * treated alike (PRAG's equal treatment of applicants). Stored calls are cleaned at start-up.
 */
export const RETIRED_TIE_BREAKS = ['earlier_submission'] as const;

export interface Candidate {
  id: string;
  total: number;
  passed: boolean;
  theme: string;
  /** Consensus section scores, for the 'section_score' tie-break. */
  sections: Record<string, number>;
  /** ISO 8601 instant with offset. */
  submittedAt: string;
  requestedGrantCents: number;
}

export type Ranked<T extends Candidate> = T & { rank: number };

type Cmp = (a: Candidate, b: Candidate) => number;
const desc = (x: number, y: number): number => y - x;
const asc = (x: number, y: number): number => x - y;
const byId: Cmp = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function tieBreakCmp(tb: TieBreak, section: string | null, themesAbove: ReadonlySet<string>): Cmp | null {
  switch (tb) {
    case 'unfunded_theme_first':
      return (a, b) => asc(themesAbove.has(a.theme) ? 1 : 0, themesAbove.has(b.theme) ? 1 : 0);
    case 'section_score':
      return section === null ? null : (a, b) => desc(a.sections[section] ?? 0, b.sections[section] ?? 0);
  }
}

/**
 * Rank the passed candidates: total descending, then the call's tie-breaks in order, then id so the
 * result never depends on input order. 'unfunded_theme_first' depends on who ranks above, so the
 * ranking is built greedily: each position goes to the best remaining candidate, judged against the
 * themes of those already placed.
 */
export function rank<T extends Candidate>(
  candidates: readonly T[],
  tieBreaks: readonly TieBreak[],
  tieBreakSection: string | null,
): Ranked<T>[] {
  const remaining = candidates.filter((c) => c.passed);
  const ranked: Ranked<T>[] = [];
  const themesAbove = new Set<string>();
  const cmps: Cmp[] = [(a, b) => desc(a.total, b.total)];
  for (const tb of tieBreaks) {
    const cmp = tieBreakCmp(tb, tieBreakSection, themesAbove);
    if (cmp) cmps.push(cmp);
  }
  cmps.push(byId);
  const compare: Cmp = (a, b) => cmps.reduce((r, cmp) => r || cmp(a, b), 0);
  while (remaining.length > 0) {
    let best = 0;
    for (let i = 1; i < remaining.length; i++) if (compare(remaining[i] as T, remaining[best] as T) < 0) best = i;
    const [next] = remaining.splice(best, 1) as [T];
    ranked.push({ ...next, rank: ranked.length + 1 });
    themesAbove.add(next.theme);
  }
  return ranked;
}

export interface Allocation {
  awarded: string[];
  reserve: string[];
  /** Requests outside the call's min/max grant (or not whole cents): never awarded, never in reserve. */
  excluded: string[];
  /** Already committed before this allocation plus everything awarded now. */
  committedCents: number;
  leftCents: number;
}

const validGrant = (cents: number, min: number, max: number): boolean =>
  Number.isSafeInteger(cents) && cents >= min && cents <= max;

/**
 * Award down the ranking while the budget lasts. A candidate whose request no longer fits goes to the
 * reserve and the scan goes on to lower-ranked ones that still fit (the "next fitting application"), so
 * no money stays unused that a lower candidate could take; a higher candidate is only passed over when
 * it does not fit. Requests outside min/max should have been refused at submission; they are excluded.
 */
export function allocate(
  ranked: readonly Candidate[],
  budgetCents: number,
  minGrantCents: number,
  maxGrantCents: number,
  alreadyCommittedCents = 0,
): Allocation {
  const out: Allocation = { awarded: [], reserve: [], excluded: [], committedCents: alreadyCommittedCents, leftCents: 0 };
  for (const c of ranked) {
    if (!validGrant(c.requestedGrantCents, minGrantCents, maxGrantCents)) out.excluded.push(c.id);
    else if (out.committedCents + c.requestedGrantCents <= budgetCents) {
      out.awarded.push(c.id);
      out.committedCents += c.requestedGrantCents;
    } else out.reserve.push(c.id);
  }
  out.leftCents = budgetCents - out.committedCents;
  return out;
}

/** The award of a call as it stands; `ranked` is the full ranking in rank order. */
export interface AwardState {
  budgetCents: number;
  ranked: readonly Pick<Candidate, 'id' | 'requestedGrantCents'>[];
  awarded: string[];
  reserve: string[];
  committedCents: number;
  leftCents: number;
}

export type Promotion =
  | { ok: true; state: AwardState; promoted: string[]; freedCents: number }
  | { ok: false; reason: Refusal };

/**
 * An awardee declines or withdraws: its grant returns to the budget, and the reserve is scanned in
 * rank order awarding every candidate that now fits (the same "next fitting" rule as `allocate`).
 * A reserve candidate withdrawing just leaves the list. The one leaving is in neither list afterwards.
 */
export function promoteFromReserve(state: AwardState, declinedId: string): Promotion {
  const grantOf = new Map(state.ranked.map((c) => [c.id, c.requestedGrantCents]));
  if (state.reserve.includes(declinedId))
    return { ok: true, state: { ...state, reserve: state.reserve.filter((id) => id !== declinedId) }, promoted: [], freedCents: 0 };
  if (!state.awarded.includes(declinedId)) return { ok: false, reason: { code: 'award_not_ranked', message: `${declinedId} is neither awarded nor in reserve` } };
  const freedCents = grantOf.get(declinedId) ?? 0;
  let committedCents = state.committedCents - freedCents;
  const awarded = state.awarded.filter((id) => id !== declinedId);
  const reserve: string[] = [];
  const promoted: string[] = [];
  const reserveSet = new Set(state.reserve);
  for (const { id, requestedGrantCents } of state.ranked) {
    if (!reserveSet.has(id)) continue;
    if (committedCents + requestedGrantCents <= state.budgetCents) {
      promoted.push(id);
      committedCents += requestedGrantCents;
    } else reserve.push(id);
  }
  const nowAwarded = new Set([...awarded, ...promoted]);
  const inRankOrder = state.ranked.filter((c) => nowAwarded.has(c.id)).map((c) => c.id);
  const next = { ...state, awarded: inRankOrder, reserve, committedCents, leftCents: state.budgetCents - committedCents };
  return { ok: true, state: next, promoted, freedCents };
}
