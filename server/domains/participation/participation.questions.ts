import { SCALE_MAX, SCALE_MIN, STAKEHOLDER_GROUPS, type Answer, type Question, type Results, type StakeholderGroup } from '../../../shared/participation';
import { answerProblems } from '../../../shared/participation.rules';
import { balanced, mean, type Groups, type StoredResponse } from './participation.balance';

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
 * Each group's answers to a question, in the groups' order, only groups that answered it. An answer
 * counts when it fits the question as it is now (the first one per respondent; the rules refuse more).
 */
export function answersByGroup(q: Question, responses: readonly StoredResponse[]): ByGroup {
  const out: ByGroup = new Map();
  for (const group of STAKEHOLDER_GROUPS) {
    const answers = responses
      .filter((r) => r.group === group)
      .map((r) => r.answers.find((a) => a.questionId === q.id))
      .filter((a): a is Answer => a !== undefined && answerProblems(q, a, '').length === 0);
    if (answers.length > 0) out.set(group, answers);
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
function bordaPoints(answers: readonly Answer[], ids: readonly string[]): Record<string, number> {
  const points = Object.fromEntries(ids.map((id) => [id, 0]));
  for (const a of answers) a.optionIds!.forEach((id, i) => { points[id] = (points[id] ?? 0) + ids.length - 1 - i; });
  return points;
}

/** Per option: the raw total divided by everyone who answered, and the balanced mean of the groups' own. */
function perOption(ids: readonly string[], groups: ByGroup, weighed: Groups, total: (a: readonly Answer[]) => Record<string, number>) {
  const all = [...groups.values()].flat();
  const raw = total(all);
  const own = new Map([...groups].map(([g, answers]) => [g, total(answers)]));
  const share = (g: StakeholderGroup, id: string) => own.get(g)![id]! / groups.get(g)!.length;
  const anyWeighed = [...groups.keys()].some((g) => weighed.has(g));
  return {
    raw,
    rawMean: new Map(ids.map((id) => [id, raw[id]! / all.length])),
    balancedMean: anyWeighed ? new Map(ids.map((id) => [id, balanced(new Map([...groups.keys()].map((g) => [g, share(g, id)])), weighed)!])) : null,
    byGroup: [...groups.keys()].map((g) => ({ group: g, shares: Object.fromEntries(ids.map((id) => [id, share(g, id)])) })),
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
export function questionResult(q: Question, responses: readonly StoredResponse[], weighed: Groups): QuestionResult {
  const groups = answersByGroup(q, responses);
  const answered = [...groups.values()].reduce((n, a) => n + a.length, 0);
  const none = { id: q.id, kind: q.kind, answered, options: [], mean: null, balancedMean: null, byGroup: [], differs: false };
  if (q.kind === 'text' || answered === 0) return { ...none, options: emptyOptions(optionIds(q), q.kind === 'ranking') };
  const ids = optionIds(q);
  const chosen = (a: Answer): readonly string[] => (q.kind === 'scale' ? [String(a.value)] : q.kind === 'ranking' ? a.optionIds!.slice(0, 1) : a.optionIds!);
  const first = perOption(ids, groups, weighed, (answers) => picks(answers, ids, chosen));
  const borda = q.kind === 'ranking' ? perOption(ids, groups, weighed, (answers) => bordaPoints(answers, ids)) : null;
  const options: OptionResult[] = ids.map((id) => ({
    id,
    raw: first.raw[id]!,
    rawShare: first.rawMean.get(id)!,
    balancedShare: first.balancedMean?.get(id) ?? 0,
    ...(borda ? { borda: borda.rawMean.get(id)!, balancedBorda: borda.balancedMean?.get(id) ?? 0 } : {}),
  }));
  const scale = q.kind === 'scale';
  const groupMean = (g: StakeholderGroup) => (scale ? valueMean(groups.get(g)!) : null);
  return {
    ...none,
    options,
    mean: scale ? valueMean([...groups.values()].flat()) : null,
    balancedMean: scale ? balanced(new Map([...groups.keys()].map((g) => [g, groupMean(g)!])), weighed) : null,
    byGroup: first.byGroup.map((b) => ({ group: b.group, mean: groupMean(b.group), shares: b.shares })),
    differs: scale ? false : borda ? winnersDiffer(borda.rawMean, borda.balancedMean) : winnersDiffer(first.rawMean, first.balancedMean),
  };
}

/** Options with nothing counted, so a question nobody answered yet still lists them. */
function emptyOptions(ids: readonly string[], ranking: boolean): OptionResult[] {
  return ids.map((id) => ({ id, raw: 0, rawShare: 0, balancedShare: 0, ...(ranking ? { borda: 0, balancedBorda: 0 } : {}) }));
}
