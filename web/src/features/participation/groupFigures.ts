import { STAKEHOLDER_GROUPS, type Results, type StakeholderGroup } from '../../../../shared/participation';

/** A stakeholder group as the small multiples show it: its respondents (both sides) and whether it is weighed. */
export interface GroupInfo {
  respondents: number;
  weighed: boolean;
}

/**
 * Respondents per stakeholder group, both sides together (the unit the results weigh), from the
 * results' group-and-side cells. A group is weighed when its cells say so (they agree within a group).
 */
export function groupInfo(cells: Results['groups']): Map<StakeholderGroup, GroupInfo> {
  const out = new Map<StakeholderGroup, GroupInfo>();
  for (const c of cells) {
    const seen = out.get(c.group);
    out.set(c.group, { respondents: (seen?.respondents ?? 0) + c.respondents, weighed: (seen?.weighed ?? true) && c.weighed });
  }
  return out;
}

/** What the page knows of a group that has figures but no cell (never expected): no respondents, not weighed. */
export function infoOf(groups: ReadonlyMap<StakeholderGroup, GroupInfo>, group: StakeholderGroup): GroupInfo {
  return groups.get(group) ?? { respondents: 0, weighed: false };
}

/** The groups that voted on any of the statements, in the lists' order. */
export function statementGroups(statements: Results['statements']): StakeholderGroup[] {
  const voted = new Set(statements.flatMap((s) => s.byGroup.map((g) => g.group)));
  return STAKEHOLDER_GROUPS.filter((g) => voted.has(g));
}

/** Figures per group in the lists' order (local authorities first), whatever order they came in. */
export function inGroupOrder<T extends { group: StakeholderGroup }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => STAKEHOLDER_GROUPS.indexOf(a.group) - STAKEHOLDER_GROUPS.indexOf(b.group));
}
