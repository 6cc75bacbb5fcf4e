import type { Question, Results, StakeholderGroup, Statement, Vote } from '../../../shared/participation';
import { byKeyAndGroup, groupCells, groupSizes, weighedGroups, type Groups, type StoredResponse } from './participation.balance';
import { questionResult } from './participation.questions';

export type { StoredResponse } from './participation.balance';

/*
 * Results of a consultation that weigh every stakeholder group equally (issue 13). Pure: the service
 * loads the stored responses and the consultation and passes them in; no identity ever reaches here.
 * Raw figures count respondents; balanced figures average the weighed groups' own figures
 * (participation.balance.ts); question figures are in participation.questions.ts.
 */

type StatementResult = Results['statements'][number];

/** The votes on one statement, with each group's agreement (agree ÷ votes cast, passes included). */
export function statementResult(s: Statement, votes: ReadonlyMap<StakeholderGroup, readonly { vote: Vote }[]> | undefined, weighed: Groups): StatementResult {
  const all = [...(votes?.values() ?? [])].flat();
  const count = (vote: Vote, list: readonly { vote: Vote }[]) => list.filter((v) => v.vote === vote).length;
  const byGroup = [...(votes ?? [])].map(([group, list]) => ({ group, agreeShare: count('agree', list) / list.length, votes: list.length }));
  const shares = byGroup.filter((g) => weighed.has(g.group)).map((g) => g.agreeShare);
  return { id: s.id, text: s.text, agree: count('agree', all), disagree: count('disagree', all), pass: count('pass', all), byGroup, ...agreementSpread(shares) };
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
  const answers = byKeyAndGroup(responses, (r) => r.answers, (a) => a.questionId);
  const votes = byKeyAndGroup(responses, (r) => r.votes, (v) => v.statementId);
  return {
    respondents: responses.length,
    groups: groupCells(responses, weighed),
    questions: c.questions.map((q) => questionResult(q, answers.get(q.id), weighed)),
    statements: c.statements.map((s) => statementResult(s, votes.get(s.id), weighed)),
  };
}
