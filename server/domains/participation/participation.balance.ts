import { RESPONDENT_SIDES, STAKEHOLDER_GROUPS, type Answer, type RespondentSide, type Results, type StakeholderGroup, type Vote } from '../../../shared/participation';

/*
 * Who weighs in the balanced results of a consultation (issue 13). The weighing unit is the
 * stakeholder group, both sides together: each weighed group's own figure counts once, whatever its
 * size, so a group of 2 weighs as much as a group of 200.
 */

/** A stored response as the results read it: the respondent's group and side, never who they are. */
export interface StoredResponse {
  group: StakeholderGroup;
  side: RespondentSide;
  answers: Answer[];
  votes: { statementId: string; vote: Vote }[];
}

/** The groups whose figures count in the balanced results. */
export type Groups = ReadonlySet<StakeholderGroup>;

/** Respondents per stakeholder group, both sides together: the unit that is weighed. */
export function groupSizes(responses: readonly StoredResponse[]): Map<StakeholderGroup, number> {
  const sizes = new Map<StakeholderGroup, number>();
  for (const r of responses) sizes.set(r.group, (sizes.get(r.group) ?? 0) + 1);
  return sizes;
}

/**
 * The groups whose figures count in the balanced results: those with at least `minGroupSize`
 * respondents. When no group reaches the minimum (a young or small consultation), every group that
 * answered is weighed rather than none, so the balanced figures still say something; the page shows
 * the small-group warning on every group then, as each is below the minimum.
 */
export function weighedGroups(sizes: ReadonlyMap<StakeholderGroup, number>, minGroupSize: number): Set<StakeholderGroup> {
  const enough = [...sizes].filter(([, n]) => n >= minGroupSize).map(([g]) => g);
  return new Set(enough.length > 0 ? enough : sizes.keys());
}

/** One row per (group, side) that answered, in the lists' order; `weighed` is the group's. */
export function groupCells(responses: readonly StoredResponse[], weighed: Groups): Results['groups'] {
  const cells: Results['groups'] = [];
  for (const group of STAKEHOLDER_GROUPS) {
    for (const side of RESPONDENT_SIDES) {
      const respondents = responses.filter((r) => r.group === group && r.side === side).length;
      if (respondents > 0) cells.push({ group, side, respondents, weighed: weighed.has(group) });
    }
  }
  return cells;
}

/** The arithmetic mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The balanced figure: the mean of the weighed groups' own figures. Groups that are not weighed, or
 * gave no figure (did not answer), are left out; with none left the result is null.
 */
export function balanced(byGroup: ReadonlyMap<StakeholderGroup, number>, weighed: Groups): number | null {
  return mean([...byGroup].filter(([g]) => weighed.has(g)).map(([, v]) => v));
}

/** Items of the responses by a key (a question or a statement id), then by group. */
export type ByKeyAndGroup<T> = Map<string, Map<StakeholderGroup, T[]>>;

/**
 * One pass over the responses (a results page reads thousands): each key's items by group, groups in
 * the lists' order. Only a response's first item per key counts; the rules refuse a second one.
 */
export function byKeyAndGroup<T>(responses: readonly StoredResponse[], itemsOf: (r: StoredResponse) => readonly T[], keyOf: (item: T) => string): ByKeyAndGroup<T> {
  const out: ByKeyAndGroup<T> = new Map();
  for (const r of responses) {
    const seen = new Set<string>();
    for (const item of itemsOf(r)) {
      const key = keyOf(item);
      if (seen.has(key)) continue;
      seen.add(key);
      const groups = out.get(key) ?? out.set(key, new Map()).get(key)!;
      const list = groups.get(r.group) ?? groups.set(r.group, []).get(r.group)!;
      list.push(item);
    }
  }
  for (const [key, groups] of out) out.set(key, new Map(STAKEHOLDER_GROUPS.filter((g) => groups.has(g)).map((g) => [g, groups.get(g)!])));
  return out;
}
