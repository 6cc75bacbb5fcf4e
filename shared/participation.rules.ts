import { SCALE_MAX, SCALE_MIN, type Answer, type Question, type ResponseInput, type Statement } from './participation';
import { problem, type Problem } from './problems';

/*
 * Pure rules of a consultation response, the same in the browser (before sending) and on the server
 * (before storing). The zod schema checks each field alone; these check the response against the
 * consultation it answers. Problems use the platform's `Problem` (field path, stable code, figures),
 * so the server turns them into a 400 with field messages and the UI words each code in tr/en.
 */

export const RESPONSE_PROBLEM_CODES = [
  'question_unknown', 'answer_twice', 'answer_shape', 'option_unknown', 'option_twice', 'ranking_not_permutation',
  'required_missing', 'statement_unknown', 'vote_twice', 'new_statements_closed',
] as const;
export type ResponseProblemCode = (typeof RESPONSE_PROBLEM_CODES)[number];

const p = (field: string, code: ResponseProblemCode, params?: Record<string, string | number>): Problem =>
  problem(field, code, params);

/** What a response is checked against: a consultation as its page shows it. */
export interface ConsultationForm {
  questions: readonly Question[];
  statements: readonly Statement[];
  allowNewStatements: boolean;
}

/** An empty list or empty text carries nothing, so a form that sends them for every kind is not refused. */
const chosen = (a: Answer): string[] => a.optionIds ?? [];
const hasText = (a: Answer): boolean => (a.text ?? '').trim().length > 0;

/** Problems of the option ids of a choice or ranking answer: unknown ids and ids given twice. */
function optionProblems(q: Question, a: Answer, at: string): Problem[] {
  const known = new Set(q.options.map((o) => o.id));
  const seen = new Set<string>();
  const out: Problem[] = [];
  chosen(a).forEach((id, j) => {
    if (!known.has(id)) out.push(p(`${at}.optionIds.${j}`, 'option_unknown', { optionId: id }));
    else if (seen.has(id)) out.push(p(`${at}.optionIds.${j}`, 'option_twice', { optionId: id }));
    seen.add(id);
  });
  return out;
}

/**
 * Whether an answer's shape fits its question's kind: single takes exactly one option, multiple at
 * least one, a ranking orders every option once, a scale takes a whole value 1–5, text takes text;
 * and each takes nothing else.
 */
export function answerProblems(q: Question, a: Answer, at: string): Problem[] {
  const ids = chosen(a);
  const shape = (field: string) => p(`${at}.${field}`, 'answer_shape', { kind: q.kind });
  const out: Problem[] = [];
  const choices = q.kind === 'single' || q.kind === 'multiple' || q.kind === 'ranking';
  if (!choices && ids.length > 0) out.push(shape('optionIds'));
  if (q.kind !== 'scale' && a.value !== undefined) out.push(shape('value'));
  if (q.kind !== 'text' && hasText(a)) out.push(shape('text'));
  if (choices) out.push(...optionProblems(q, a, at));
  if (q.kind === 'single' && ids.length !== 1) out.push(shape('optionIds'));
  if (q.kind === 'multiple' && ids.length === 0) out.push(shape('optionIds'));
  if (q.kind === 'ranking' && !isPermutation(ids, q.options.map((o) => o.id))) {
    out.push(p(`${at}.optionIds`, 'ranking_not_permutation', { options: q.options.length }));
  }
  if (q.kind === 'scale' && (a.value === undefined || !Number.isInteger(a.value) || a.value < SCALE_MIN || a.value > SCALE_MAX)) {
    out.push(p(`${at}.value`, 'answer_shape', { kind: q.kind, min: SCALE_MIN, max: SCALE_MAX }));
  }
  if (q.kind === 'text' && !hasText(a)) out.push(shape('text'));
  return out;
}

/** `ids` lists every one of `all` exactly once, in any order. */
export function isPermutation(ids: readonly string[], all: readonly string[]): boolean {
  return ids.length === all.length && new Set(ids).size === ids.length && all.every((id) => ids.includes(id));
}

/** Problems of the votes: a statement that is not in the consultation, or one voted on twice. */
function voteProblems(c: ConsultationForm, votes: ResponseInput['votes']): Problem[] {
  const known = new Set(c.statements.map((s) => s.id));
  const seen = new Set<string>();
  const out: Problem[] = [];
  votes.forEach((v, i) => {
    if (!known.has(v.statementId)) out.push(p(`votes.${i}.statementId`, 'statement_unknown', { statementId: v.statementId }));
    else if (seen.has(v.statementId)) out.push(p(`votes.${i}.statementId`, 'vote_twice', { statementId: v.statementId }));
    seen.add(v.statementId);
  });
  return out;
}

/**
 * Every way a response does not fit its consultation (all of them, so a respondent fixes everything
 * in one pass): answers to unknown questions or to one question twice, shapes that do not fit the
 * question's kind, required questions left out, votes on unknown statements or twice on one, and
 * statements of one's own where the organiser does not take them.
 */
export function responseProblems(c: ConsultationForm, input: ResponseInput): Problem[] {
  const questions = new Map(c.questions.map((q) => [q.id, q]));
  const answered = new Set<string>();
  const out: Problem[] = [];
  input.answers.forEach((a, i) => {
    const q = questions.get(a.questionId);
    if (!q) out.push(p(`answers.${i}.questionId`, 'question_unknown', { questionId: a.questionId }));
    else if (answered.has(q.id)) out.push(p(`answers.${i}.questionId`, 'answer_twice', { questionId: q.id }));
    else out.push(...answerProblems(q, a, `answers.${i}`));
    answered.add(a.questionId);
  });
  c.questions.forEach((q, n) => {
    if (q.required && !answered.has(q.id)) out.push(p('answers', 'required_missing', { questionId: q.id, question: n + 1 }));
  });
  out.push(...voteProblems(c, input.votes));
  if (!c.allowNewStatements && input.newStatements.length > 0) out.push(p('newStatements', 'new_statements_closed'));
  return out;
}

/** The figures the statement orders read; `Results['statements']` items have them. */
export interface RankedStatement {
  id: string;
  agree: number;
  disagree: number;
  pass: number;
  minGroupAgree: number;
  divisiveness: number;
}

const byId = (a: RankedStatement, b: RankedStatement) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * "What every group can accept": statements by the agreement of their least-agreeing weighed group,
 * then by the number who agree, then by id, so the order never depends on the order given.
 */
export function commonGround<T extends RankedStatement>(statements: readonly T[]): T[] {
  return [...statements].sort((a, b) => b.minGroupAgree - a.minGroupAgree || b.agree - a.agree || byId(a, b));
}

/** The statements that divide groups most: by the gap between groups, then by votes cast, then by id. */
export function mostDivisive<T extends RankedStatement>(statements: readonly T[]): T[] {
  const votes = (s: RankedStatement) => s.agree + s.disagree + s.pass;
  return [...statements].sort((a, b) => b.divisiveness - a.divisiveness || votes(b) - votes(a) || byId(a, b));
}
