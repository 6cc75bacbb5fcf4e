import { SCALE_MAX, SCALE_MIN, type Answer, type Question, type Results, type StakeholderGroup } from '../../../shared/participation';
import { answerProblems } from '../../../shared/participation.rules';
import { balanced, mean, type Groups } from './participation.balance';

/*
 * The figures of one question, raw and balanced. Raw figures count respondents who answered the
 * question; balanced figures average the weighed groups' own figures (participation.balance.ts).
 */

type QuestionResult = Results['questions'][number];
type OptionResult = QuestionResult['options'][number];
type ByGroup = Map<StakeholderGroup, Answer[]>;

const SCALE_VALUES = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => String(SCALE_MIN + i));
/** Equal within float noise: a mean of shares can miss an exact tie by an ulp. */
const EPSILON = 1e-9;

/**
 * Each group's answers to a question that fit it as it is now (a stored answer an organiser's later
 * edit no longer fits is not counted); only groups with such an answer, in the groups' order.
 */
export function fittingAnswers(q: Question, answers: ReadonlyMap<StakeholderGroup, readonly Answer[]> | undefined): ByGroup {
  const out: ByGroup = new Map();
  for (const [group, list] of answers ?? []) {
    const fit = list.filter((a) => answerProblems(q, a, '').length === 0);
    if (fit.length > 0) out.set(group, fit);
  }
  return out;
}

/** The options at the top: every id whose value is the highest (within float noise). */
export function winners(values: ReadonlyMap<string, number>): Set<string> {
  const top = Math.max(...values.values());
  return new Set([...values].filter(([, v]) => v >= top - EPSILON).map(([id]) => id));
}

/** The raw and the balanced winners differ (as sets, so a tie differs from a single winner). */
export function winnersDiffer(raw: ReadonlyMap<string, number>, bal: ReadonlyMap<string, number> | null): boolean {
  if (bal === null || raw.size === 0) return false;
  const [a, b] = [winners(raw), winners(bal)];
  return a.size !== b.size || [...a].some((id) => !b.has(id));
}

/** Per option, how many of `answers` pick it: one option (single), several (multiple), the first place (ranking). */
function picks(answers: readonly Answer[], ids: readonly string[], picked: (a: Answer) => readonly string[]): Record<string, number> {
  const count = Object.fromEntries(ids.map((id) => [id, 0]));
  for (const a of answers) for (const id of picked(a)) count[id] = (count[id] ?? 0) + 1;
  return count;
}

/** Per option, the Borda points of a ranking of n options: n−1 for the first … 0 for the last. */
export function bordaPoints(answers: readonly Answer[], ids: readonly string[]): Record<string, number> {
  const points = Object.fromEntries(ids.map((id) => [id, 0]));
  for (const a of answers) a.optionIds!.forEach((id, i) => { points[id] = (points[id] ?? 0) + ids.length - 1 - i; });
  return points;
}

/** A count per option over everyone who answered, and the same count within each group. */
interface OptionFigures {
  total: Record<string, number>;
  /** The total divided by everyone who answered: a share, or mean Borda points. */
  perRespondent: Map<string, number>;
  /** The mean over the weighed groups of each group's own per-respondent figure; null when no weighed group answered. */
  balancedPerRespondent: Map<string, number> | null;
  byGroup: { group: StakeholderGroup; shares: Record<string, number> }[];
}

/** Applies a count per option (`count`) to everyone, and to each group alone for the balanced figure. */
function optionFigures(ids: readonly string[], groups: ByGroup, weighed: Groups, count: (a: readonly Answer[]) => Record<string, number>): OptionFigures {
  const all = [...groups.values()].flat();
  const total = count(all);
  const own = new Map([...groups].map(([g, answers]) => [g, count(answers)]));
  const ofGroup = (g: StakeholderGroup, id: string) => own.get(g)![id]! / groups.get(g)!.length;
  const anyWeighed = [...groups.keys()].some((g) => weighed.has(g));
  const balancedOf = (id: string) => balanced(new Map([...groups.keys()].map((g) => [g, ofGroup(g, id)])), weighed)!;
  return {
    total,
    perRespondent: new Map(ids.map((id) => [id, total[id]! / all.length])),
    balancedPerRespondent: anyWeighed ? new Map(ids.map((id) => [id, balancedOf(id)])) : null,
    byGroup: [...groups.keys()].map((g) => ({ group: g, shares: Object.fromEntries(ids.map((id) => [id, ofGroup(g, id)])) })),
  };
}

/** Which option ids a question's options are counted under; a scale's options are its values '1'…'5'. */
function optionIds(q: Question): string[] {
  if (q.kind === 'scale') return SCALE_VALUES;
  return q.kind === 'text' ? [] : q.options.map((o) => o.id);
}

/** The mean value of scale answers. */
const valueMean = (answers: readonly Answer[]) => mean(answers.map((a) => a.value!));

/**
 * The figures of one question. single / multiple: how many respondents chose each option, as a share
 * of those who answered (for multiple they may add up above 1), and each group's share averaged over
 * the weighed groups. scale: the same per value '1'…'5', with the mean, each group's mean and the
 * balanced mean (the mean of the weighed groups' means). ranking: the share of first places, and the
 * Borda count as mean points per respondent (`borda`; × `answered` gives the summed count) beside the
 * mean of the weighed groups' mean points (`balancedBorda`). text: only how many answered.
 */
export function questionResult(q: Question, answers: ReadonlyMap<StakeholderGroup, readonly Answer[]> | undefined, weighed: Groups): QuestionResult {
  const groups = fittingAnswers(q, answers);
  const answered = [...groups.values()].reduce((n, a) => n + a.length, 0);
  const none = { id: q.id, kind: q.kind, answered, options: [], mean: null, balancedMean: null, byGroup: [], differs: false };
  if (q.kind === 'text' || answered === 0) return { ...none, options: emptyOptions(optionIds(q), q.kind === 'ranking') };
  const ids = optionIds(q);
  const chosen = (a: Answer): readonly string[] => (q.kind === 'scale' ? [String(a.value)] : q.kind === 'ranking' ? a.optionIds!.slice(0, 1) : a.optionIds!);
  const first = optionFigures(ids, groups, weighed, (answers) => picks(answers, ids, chosen));
  const borda = q.kind === 'ranking' ? optionFigures(ids, groups, weighed, (answers) => bordaPoints(answers, ids)) : null;
  const options: OptionResult[] = ids.map((id) => ({
    id,
    raw: first.total[id]!,
    rawShare: first.perRespondent.get(id)!,
    balancedShare: first.balancedPerRespondent?.get(id) ?? 0,
    ...(borda ? { borda: borda.perRespondent.get(id)!, balancedBorda: borda.balancedPerRespondent?.get(id) ?? 0 } : {}),
  }));
  const scale = q.kind === 'scale';
  const groupMean = (g: StakeholderGroup) => (scale ? valueMean(groups.get(g)!) : null);
  return {
    ...none,
    options,
    mean: scale ? valueMean([...groups.values()].flat()) : null,
    balancedMean: scale ? balanced(new Map([...groups.keys()].map((g) => [g, groupMean(g)!])), weighed) : null,
    byGroup: first.byGroup.map((b) => ({ group: b.group, mean: groupMean(b.group), shares: b.shares })),
    differs: scale ? false : winnersDiffer((borda ?? first).perRespondent, (borda ?? first).balancedPerRespondent),
  };
}

/** Options with nothing counted, so a question nobody answered yet still lists them. */
function emptyOptions(ids: readonly string[], ranking: boolean): OptionResult[] {
  return ids.map((id) => ({ id, raw: 0, rawShare: 0, balancedShare: 0, ...(ranking ? { borda: 0, balancedBorda: 0 } : {}) }));
}
