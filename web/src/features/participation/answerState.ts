import type { Consultation, RespondentSide, ResponseInput, StakeholderGroup, Vote } from '../../../../shared/participation';

/** One answer as the form holds it; a ranking holds the whole order once the respondent set it. */
export interface AnswerDraft {
  optionIds?: string[];
  value?: number;
  text?: string;
}

export interface AnswerState {
  group: StakeholderGroup | null;
  side: RespondentSide | null;
  answers: Record<string, AnswerDraft>;
  votes: Record<string, Vote>;
  newStatements: string[];
}

export const emptyAnswers: AnswerState = { group: null, side: null, answers: {}, votes: {}, newStatements: [] };

/** The form's state from the respondent's saved response (to change it). */
export function fromResponse(own: ResponseInput): AnswerState {
  const answers: Record<string, AnswerDraft> = {};
  for (const a of own.answers) answers[a.questionId] = { optionIds: a.optionIds, value: a.value, text: a.text };
  const votes: Record<string, Vote> = {};
  for (const v of own.votes) votes[v.statementId] = v.vote;
  return { group: own.group, side: own.side, answers, votes, newStatements: own.newStatements };
}

/** The ranking as shown: the respondent's order, else the options' own order. */
export function rankingOrder(c: Consultation, questionId: string, state: AnswerState): string[] {
  const q = c.questions.find((x) => x.id === questionId);
  return state.answers[questionId]?.optionIds ?? q?.options.map((o) => o.id) ?? [];
}

/** Move one option of a ranking up (-1) or down (+1); the order stays a permutation. */
export function move(order: string[], index: number, delta: -1 | 1): string[] {
  const to = index + delta;
  if (to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/**
 * What the form sends: only the questions answered (a ranking counts once ordered), the votes given,
 * and the non-empty own statements. Group and side are checked by the rules, so empty ones go as they are.
 */
export function toInput(c: Consultation, state: AnswerState): ResponseInput {
  const answers: ResponseInput['answers'] = [];
  for (const q of c.questions) {
    const a = state.answers[q.id];
    if (!a) continue;
    if (q.kind === 'text') {
      if (a.text?.trim()) answers.push({ questionId: q.id, text: a.text.trim() });
    } else if (q.kind === 'scale') {
      if (a.value !== undefined) answers.push({ questionId: q.id, value: a.value });
    } else if (a.optionIds && a.optionIds.length > 0) answers.push({ questionId: q.id, optionIds: a.optionIds });
  }
  return {
    group: state.group as StakeholderGroup,
    side: state.side as RespondentSide,
    answers,
    votes: Object.entries(state.votes).map(([statementId, vote]) => ({ statementId, vote })),
    newStatements: state.newStatements.map((s) => s.trim()).filter((s) => s !== ''),
  };
}
