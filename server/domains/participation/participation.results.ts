import { STAKEHOLDER_GROUPS, type Question, type Results, type StakeholderGroup, type Statement } from '../../../shared/participation';
import { groupCells, groupSizes, weighedGroups, type Groups, type StoredResponse } from './participation.balance';
import { questionResult } from './participation.questions';

export type { StoredResponse } from './participation.balance';

/*
 * Results of a consultation that weigh every stakeholder group equally (issue 13). Pure: the service
 * loads the stored responses and the consultation and passes them in; no identity ever reaches here.
 * Raw figures count respondents; balanced figures average the weighed groups' own figures
 * (participation.balance.ts); question figures are in participation.questions.ts.
 */

type StatementResult = Results['statements'][number];

/** The votes of the groups on one statement, with each group's agreement; a group counts where it voted. */
export function statementResult(s: Statement, responses: readonly StoredResponse[], weighed: Groups): StatementResult {
  const count = { agree: 0, disagree: 0, pass: 0 };
  const groups = new Map<StakeholderGroup, { agree: number; votes: number }>();
  for (const r of responses) {
    const v = r.votes.find((x) => x.statementId === s.id); // the first vote counts; the rules refuse a second
    if (!v) continue;
    count[v.vote] += 1;
    const g = groups.get(r.group) ?? { agree: 0, votes: 0 };
    groups.set(r.group, { agree: g.agree + (v.vote === 'agree' ? 1 : 0), votes: g.votes + 1 });
  }
  const byGroup = STAKEHOLDER_GROUPS.filter((g) => groups.has(g)).map((group) => {
    const g = groups.get(group)!;
    return { group, agreeShare: g.agree / g.votes, votes: g.votes };
  });
  const shares = byGroup.filter((g) => weighed.has(g.group)).map((g) => g.agreeShare);
  return { id: s.id, text: s.text, ...count, byGroup, ...agreementSpread(shares) };
}

/**
 * Common ground and division from the weighed groups' agreement: `minGroupAgree` is the agreement of
 * the group that agrees least, `divisiveness` the gap between the most and the least agreeing group.
 * A statement no weighed group voted on has neither: both are 0, so it sorts last on common ground.
 */
export function agreementSpread(shares: readonly number[]): { minGroupAgree: number; divisiveness: number } {
  if (shares.length === 0) return { minGroupAgree: 0, divisiveness: 0 };
  const min = Math.min(...shares);
  return { minGroupAgree: min, divisiveness: Math.max(...shares) - min };
}

/** Every figure of the results page except the organiser's decision, which the service adds. */
export function consultationResults(
  c: { questions: readonly Question[]; statements: readonly Statement[]; minGroupSize: number },
  responses: readonly StoredResponse[],
): Omit<Results, 'decision'> {
  const weighed = weighedGroups(groupSizes(responses), c.minGroupSize);
  return {
    respondents: responses.length,
    groups: groupCells(responses, weighed),
    questions: c.questions.map((q) => questionResult(q, responses, weighed)),
    statements: c.statements.map((s) => statementResult(s, responses, weighed)),
  };
}
