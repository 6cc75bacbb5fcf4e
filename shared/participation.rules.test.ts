import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { responseInput, type Question, type QuestionKind, type ResponseInput, type Statement } from './participation';
import { commonGround, isPermutation, mostDivisive, RESPONSE_PROBLEM_CODES, responseProblems, type RankedStatement } from './participation.rules';
import type { Problem } from './problems';

const label = (en: string) => ({ tr: en, en });
const q = (id: string, kind: QuestionKind, options: string[] = [], required = false): Question => ({
  id, kind, prompt: label(id), required, options: options.map((o) => ({ id: o, label: label(o) })),
});
const questions = [
  q('q1', 'single', ['a', 'b', 'c'], true),
  q('q2', 'multiple', ['a', 'b', 'c']),
  q('q3', 'scale', [], true),
  q('q4', 'ranking', ['x', 'y', 'z']),
  q('q5', 'text'),
];
const statements: Statement[] = [{ id: 's1', text: 'Bikes first', byRespondent: false }, { id: 's2', text: 'More trees', byRespondent: true }];
const form = { questions, statements, allowNewStatements: true };

const valid = (): ResponseInput => responseInput.parse({
  group: 'citizen',
  side: 'TR',
  answers: [
    { questionId: 'q1', optionIds: ['b'] },
    { questionId: 'q2', optionIds: ['a', 'c'] },
    { questionId: 'q3', value: 4 },
    { questionId: 'q4', optionIds: ['z', 'x', 'y'] },
    { questionId: 'q5', text: 'More buses' },
  ],
  votes: [{ statementId: 's1', vote: 'agree' }, { statementId: 's2', vote: 'pass' }],
  newStatements: ['Night buses on weekends'],
});

const seen = new Set<string>();
const check = (change: (r: ResponseInput) => void, c = form): string[] => {
  const r = valid();
  change(r);
  const out = responseProblems(c, r);
  out.forEach((x) => seen.add(x.code));
  return out.map((x: Problem) => `${x.field}:${x.code}`);
};
const answer = (r: ResponseInput, questionId: string) => r.answers.find((a) => a.questionId === questionId)!;

describe('responseProblems', () => {
  it('accepts a response that fits every kind', () => {
    expect(check(() => {})).toEqual([]);
  });
  it('accepts leaving out questions that are not required, and empty lists or text that carry nothing', () => {
    expect(check((r) => { r.answers = r.answers.filter((a) => ['q1', 'q3'].includes(a.questionId)); r.votes = []; })).toEqual([]);
    expect(check((r) => { answer(r, 'q3').optionIds = []; answer(r, 'q1').text = '  '; })).toEqual([]);
  });
  it('refuses an answer to an unknown question and a second answer to one question', () => {
    expect(check((r) => r.answers.push({ questionId: 'q9', value: 3 }))).toEqual(['answers.5.questionId:question_unknown']);
    expect(check((r) => r.answers.push({ questionId: 'q1', optionIds: ['a'] }))).toEqual(['answers.5.questionId:answer_twice']);
  });
  it('single choice takes exactly one known option', () => {
    expect(check((r) => { answer(r, 'q1').optionIds = ['a', 'b']; })).toEqual(['answers.0.optionIds:answer_shape']);
    expect(check((r) => { answer(r, 'q1').optionIds = []; })).toEqual(['answers.0.optionIds:answer_shape']);
    expect(check((r) => { answer(r, 'q1').optionIds = ['d']; })).toEqual(['answers.0.optionIds.0:option_unknown']);
    expect(check((r) => { answer(r, 'q1').value = 3; })).toEqual(['answers.0.value:answer_shape']);
  });
  it('multiple choice takes at least one option, each known and once', () => {
    expect(check((r) => { answer(r, 'q2').optionIds = []; })).toEqual(['answers.1.optionIds:answer_shape']);
    expect(check((r) => { answer(r, 'q2').optionIds = ['a', 'a']; })).toEqual(['answers.1.optionIds.1:option_twice']);
    expect(check((r) => { answer(r, 'q2').optionIds = ['a', 'x']; })).toEqual(['answers.1.optionIds.1:option_unknown']);
  });
  it('a scale takes a whole value from 1 to 5 and nothing else', () => {
    for (const value of [0, 6, 2.5]) expect(check((r) => { answer(r, 'q3').value = value; })).toEqual(['answers.2.value:answer_shape']);
    expect(check((r) => { delete answer(r, 'q3').value; })).toEqual(['answers.2.value:answer_shape']);
    expect(check((r) => { answer(r, 'q3').optionIds = ['a']; })).toEqual(['answers.2.optionIds:answer_shape']);
  });
  it('a ranking is a permutation of all the question’s options', () => {
    expect(check((r) => { answer(r, 'q4').optionIds = ['x', 'y']; })).toEqual(['answers.3.optionIds:ranking_not_permutation']);
    expect(check((r) => { answer(r, 'q4').optionIds = ['x', 'y', 'y']; })).toEqual(['answers.3.optionIds.2:option_twice', 'answers.3.optionIds:ranking_not_permutation']);
    expect(check((r) => { answer(r, 'q4').optionIds = ['x', 'y', 'w']; })).toEqual(['answers.3.optionIds.2:option_unknown', 'answers.3.optionIds:ranking_not_permutation']);
  });
  it('free text takes text', () => {
    expect(check((r) => { answer(r, 'q5').text = ' '; })).toEqual(['answers.4.text:answer_shape']);
    expect(check((r) => { answer(r, 'q5').optionIds = ['a']; })).toEqual(['answers.4.optionIds:answer_shape']);
  });
  it('names every required question left out, with its number', () => {
    const r = valid();
    r.answers = [];
    expect(responseProblems(form, r)).toEqual([
      { field: 'answers', code: 'required_missing', params: { questionId: 'q1', question: 1 } },
      { field: 'answers', code: 'required_missing', params: { questionId: 'q3', question: 3 } },
    ]);
    expect(check((x) => { x.answers = x.answers.slice(1); })).toEqual(['answers:required_missing']);
  });
  it('refuses a vote on an unknown statement and a second vote on one', () => {
    expect(check((r) => r.votes.push({ statementId: 's9', vote: 'agree' }))).toEqual(['votes.2.statementId:statement_unknown']);
    expect(check((r) => r.votes.push({ statementId: 's1', vote: 'disagree' }))).toEqual(['votes.2.statementId:vote_twice']);
  });
  it('refuses statements of one’s own where the organiser takes none', () => {
    expect(check(() => {}, { ...form, allowNewStatements: false })).toEqual(['newStatements:new_statements_closed']);
    expect(check((r) => { r.newStatements = []; }, { ...form, allowNewStatements: false })).toEqual([]);
  });
  it('reports every problem at once', () => {
    expect(check((r) => { r.answers = [{ questionId: 'q4', optionIds: ['x'] }]; r.votes.push({ statementId: 's1', vote: 'pass' }); }, { ...form, allowNewStatements: false }))
      .toEqual(['answers.0.optionIds:ranking_not_permutation', 'answers:required_missing', 'answers:required_missing', 'votes.2.statementId:vote_twice', 'newStatements:new_statements_closed']);
  });
  it('property: a ranking passes exactly when it is a permutation of the options', () => {
    const ids = ['x', 'y', 'z'];
    fc.assert(fc.property(fc.array(fc.constantFrom('x', 'y', 'z', 'w'), { maxLength: 5 }), (ranking) => {
      const ok = check((r) => { answer(r, 'q4').optionIds = ranking; }).length === 0;
      expect(ok).toBe(isPermutation(ranking, ids));
      expect(ok).toBe(ranking.length === 3 && [...ranking].sort().join() === 'x,y,z');
    }));
  });
  afterAll(() => {
    // Every published code is one these tests reach, so the list the UI translates has no dead entry.
    expect([...seen].sort()).toEqual([...RESPONSE_PROBLEM_CODES].sort());
  });
});

const st = (id: string, minGroupAgree: number, agree: number, divisiveness = 0, votes = agree): RankedStatement =>
  ({ id, agree, disagree: votes - agree, pass: 0, minGroupAgree, divisiveness });

describe('statement orders', () => {
  it('common ground: least-agreeing group first, then agreement, then id', () => {
    const list = [st('a', 0.5, 10), st('b', 0.8, 3), st('c', 0.5, 12), st('d', 0.5, 12)];
    expect(commonGround(list).map((s) => s.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(list.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('most divisive: widest gap first, then votes cast, then id', () => {
    const list = [st('a', 0, 1, 0.2, 5), st('b', 0, 1, 0.9, 2), st('c', 0, 1, 0.2, 9), st('d', 0, 0, 0.2, 9)];
    expect(mostDivisive(list).map((s) => s.id)).toEqual(['b', 'c', 'd', 'a']);
  });
  it('property: both orders do not depend on the order given', () => {
    const arb = fc.uniqueArray(
      fc.record({ id: fc.string({ maxLength: 3 }), min: fc.constantFrom(0, 0.25, 0.5, 1), agree: fc.nat(5), div: fc.constantFrom(0, 0.5), votes: fc.nat(3) }),
      { selector: (s) => s.id, maxLength: 12 },
    ).map((xs) => xs.map((x) => st(x.id, x.min, x.agree, x.div, x.agree + x.votes)));
    fc.assert(fc.property(arb, fc.func(fc.integer()), (list, key) => {
      const shuffled = [...list].sort((a, b) => key(a.id) - key(b.id));
      expect(commonGround(shuffled)).toEqual(commonGround(list));
      expect(mostDivisive(shuffled)).toEqual(mostDivisive(list));
    }));
  });
});
