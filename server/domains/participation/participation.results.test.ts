import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { results, type Answer, type Question, type QuestionKind, type RespondentSide, type Results, type StakeholderGroup, type Statement, type Vote } from '../../../shared/participation';
import { commonGround, mostDivisive } from '../../../shared/participation.rules';
import { consultationResults, type StoredResponse } from './participation.results';

const label = (en: string) => ({ tr: en, en });
const q = (id: string, kind: QuestionKind, options: string[] = []): Question => ({
  id, kind, prompt: label(id), required: false, options: options.map((o) => ({ id: o, label: label(o) })),
});
const questions = [q('single', 'single', ['a', 'b', 'c']), q('multi', 'multiple', ['a', 'b', 'c']), q('scale', 'scale'), q('rank', 'ranking', ['x', 'y', 'z']), q('text', 'text')];
const statements: Statement[] = ['s1', 's2', 's3'].map((id) => ({ id, text: `Statement ${id}`, byRespondent: false }));
const consultation = (minGroupSize: number) => ({ questions, statements, minGroupSize });

const resp = (group: StakeholderGroup, answers: Answer[], votes: StoredResponse['votes'] = [], side: RespondentSide = 'TR'): StoredResponse => ({ group, side, answers, votes });
const times = (n: number, r: StoredResponse): StoredResponse[] => Array.from({ length: n }, () => r);
const pick = (questionId: string, ...optionIds: string[]): Answer => ({ questionId, optionIds });
const question = (r: Omit<Results, 'decision'>, id: string) => r.questions.find((x) => x.id === id)!;
const option = (r: Omit<Results, 'decision'>, qid: string, id: string) => question(r, qid).options.find((o) => o.id === id)!;

describe('consultationResults: worked examples', () => {
  // 20 citizens prefer a; 2 young people and 3 from business prefer b.
  const responses = [
    ...times(14, resp('citizen', [pick('single', 'a')])), ...times(6, resp('citizen', [pick('single', 'b')], [], 'EU')),
    ...times(2, resp('youth', [pick('single', 'b')])),
    resp('private_sector', [pick('single', 'a')]), ...times(2, resp('private_sector', [pick('single', 'b')], [], 'EU')),
  ];
  it('a small group of 2 weighs as much as a group of 20: the balanced winner differs from the raw one', () => {
    const r = consultationResults(consultation(2), responses);
    expect(r.respondents).toBe(25);
    expect(r.groups).toEqual([
      { group: 'private_sector', side: 'TR', respondents: 1, weighed: true }, { group: 'private_sector', side: 'EU', respondents: 2, weighed: true },
      { group: 'citizen', side: 'TR', respondents: 14, weighed: true }, { group: 'citizen', side: 'EU', respondents: 6, weighed: true },
      { group: 'youth', side: 'TR', respondents: 2, weighed: true },
    ]);
    const single = question(r, 'single');
    expect(single.answered).toBe(25);
    expect(single.options.map((o) => [o.id, o.raw, o.rawShare])).toEqual([['a', 15, 0.6], ['b', 10, 0.4], ['c', 0, 0]]);
    // citizen a 0.7, youth a 0, business a 1/3: (0.7 + 0 + 1/3) / 3
    expect(option(r, 'single', 'a').balancedShare).toBeCloseTo(0.3444, 4);
    expect(option(r, 'single', 'b').balancedShare).toBeCloseTo(0.6556, 4);
    expect(single.differs).toBe(true);
    expect(single.byGroup).toEqual([
      { group: 'private_sector', mean: null, shares: { a: 1 / 3, b: 2 / 3, c: 0 } },
      { group: 'citizen', mean: null, shares: { a: 0.7, b: 0.3, c: 0 } },
      { group: 'youth', mean: null, shares: { a: 0, b: 1, c: 0 } },
    ]);
  });
  it('groups below the minimum are shown but not weighed', () => {
    const r = consultationResults(consultation(5), responses);
    expect(r.groups.filter((g) => g.weighed).map((g) => g.group)).toEqual(['citizen', 'citizen']);
    expect(question(r, 'single').options.map((o) => o.balancedShare)).toEqual([0.7, 0.3, 0]);
    expect(question(r, 'single').differs).toBe(false);
    expect(question(r, 'single').byGroup).toHaveLength(3);
  });
  it('when no group reaches the minimum, every group that answered is weighed', () => {
    const r = consultationResults(consultation(50), responses);
    expect(r.groups.every((g) => g.weighed)).toBe(true);
    expect(question(r, 'single').differs).toBe(true);
  });
  it('multiple choice: shares of respondents choosing each option may add up above 1', () => {
    const r = consultationResults(consultation(1), [resp('academia', [pick('multi', 'a', 'b')]), resp('academia', [pick('multi', 'a')]), resp('youth', [pick('multi', 'c')])]);
    expect(question(r, 'multi').options.map((o) => [o.raw, o.rawShare, o.balancedShare])).toEqual([[2, 2 / 3, 0.5], [1, 1 / 3, 0.25], [1, 1 / 3, 0.5]]);
    expect(question(r, 'multi').differs).toBe(true); // raw: a alone; balanced: a and c tie
  });
  it('scale: the mean, each group’s mean and the balanced mean of group means, with shares per value', () => {
    const r = consultationResults(consultation(1), [...times(4, resp('citizen', [{ questionId: 'scale', value: 5 }])), resp('youth', [{ questionId: 'scale', value: 1 }])]);
    const scale = question(r, 'scale');
    expect(scale).toMatchObject({ answered: 5, mean: 4.2, balancedMean: 3, differs: false });
    expect(scale.byGroup.map((g) => [g.group, g.mean, g.shares['5']])).toEqual([['citizen', 5, 1], ['youth', 1, 0]]);
    expect(scale.options.map((o) => [o.id, o.raw, o.balancedShare])).toEqual([['1', 1, 0.5], ['2', 0, 0], ['3', 0, 0], ['4', 0, 0], ['5', 4, 0.5]]);
  });
  it('ranking: Borda points per respondent, raw and balanced, and the share of first places', () => {
    const r = consultationResults(consultation(1), [...times(3, resp('citizen', [pick('rank', 'x', 'y', 'z')])), resp('youth', [pick('rank', 'y', 'z', 'x')])]);
    // raw: x (6+0)/4 = 1.5, y (3+2)/4 = 1.25, z (0+1)/4 = 0.25; balanced: x (2+0)/2 = 1, y (1+2)/2 = 1.5, z (0+1)/2 = 0.5
    expect(question(r, 'rank').options).toEqual([
      { id: 'x', raw: 3, rawShare: 0.75, balancedShare: 0.5, borda: 1.5, balancedBorda: 1 },
      { id: 'y', raw: 1, rawShare: 0.25, balancedShare: 0.5, borda: 1.25, balancedBorda: 1.5 },
      { id: 'z', raw: 0, rawShare: 0, balancedShare: 0, borda: 0.25, balancedBorda: 0.5 },
    ]);
    expect(question(r, 'rank').differs).toBe(true);
  });
  it('free text: only how many answered; blank or misshapen answers are not counted', () => {
    const r = consultationResults(consultation(1), [
      resp('citizen', [{ questionId: 'text', text: 'More buses' }, { questionId: 'nope', value: 3 }]), resp('citizen', [{ questionId: 'text', text: ' ' }]),
      resp('youth', [pick('single', 'a', 'b'), { questionId: 'scale', value: 9 }]),
    ]);
    expect(question(r, 'text')).toEqual({ id: 'text', kind: 'text', answered: 1, options: [], mean: null, balancedMean: null, byGroup: [], differs: false });
    expect(question(r, 'single')).toMatchObject({ answered: 0, differs: false, byGroup: [] });
    expect(question(r, 'scale')).toMatchObject({ answered: 0, mean: null, balancedMean: null });
    expect(question(r, 'rank').options[0]).toEqual({ id: 'x', raw: 0, rawShare: 0, balancedShare: 0, borda: 0, balancedBorda: 0 });
  });
  it('statements: agreement per group, common ground by the least-agreeing group, division by the gap', () => {
    const vote = (s1: Vote, s2: Vote): StoredResponse['votes'] => [{ statementId: 's1', vote: s1 }, { statementId: 's2', vote: s2 }];
    const r = consultationResults(consultation(2), [
      ...times(3, resp('citizen', [], vote('agree', 'agree'))), resp('citizen', [], vote('disagree', 'agree')),
      resp('youth', [], vote('agree', 'disagree')), resp('youth', [], [...vote('pass', 'disagree'), { statementId: 's1', vote: 'agree' }]),
      resp('academia', [], vote('disagree', 'disagree')), // one respondent: shown, not weighed
    ]);
    const [s1, s2, s3] = r.statements;
    expect(s1).toEqual({
      id: 's1', text: 'Statement s1', agree: 4, disagree: 2, pass: 1,
      byGroup: [{ group: 'academia', agreeShare: 0, votes: 1 }, { group: 'citizen', agreeShare: 0.75, votes: 4 }, { group: 'youth', agreeShare: 0.5, votes: 2 }],
      minGroupAgree: 0.5, divisiveness: 0.25,
    });
    expect(s2).toMatchObject({ agree: 4, disagree: 3, minGroupAgree: 0, divisiveness: 1 });
    expect(s3).toMatchObject({ agree: 0, byGroup: [], minGroupAgree: 0, divisiveness: 0 });
    expect(commonGround(r.statements).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(mostDivisive(r.statements).map((s) => s.id)).toEqual(['s2', 's1', 's3']);
  });
});

// ——— properties ———
const GROUPS: StakeholderGroup[] = ['citizen', 'youth', 'academia', 'civil_society'];
const arbVote = fc.option(fc.constantFrom<Vote>('agree', 'disagree', 'pass'), { nil: undefined });
const arbResponse = (group: fc.Arbitrary<StakeholderGroup>, empty = false): fc.Arbitrary<StoredResponse> =>
  fc.record({
    group,
    side: fc.constantFrom<RespondentSide>('TR', 'EU'),
    single: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    multi: fc.option(fc.subarray(['a', 'b', 'c'], { minLength: 1 }), { nil: undefined }),
    scale: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    rank: fc.option(fc.shuffledSubarray(['x', 'y', 'z'], { minLength: 3 }), { nil: undefined }),
    text: fc.option(fc.constant('words'), { nil: undefined }),
    votes: fc.tuple(arbVote, arbVote, arbVote),
  }).map((x) => {
    const answers: Answer[] = [];
    if (x.single) answers.push(pick('single', x.single));
    if (x.multi) answers.push(pick('multi', ...x.multi));
    if (x.scale) answers.push({ questionId: 'scale', value: x.scale });
    if (x.rank) answers.push(pick('rank', ...x.rank));
    if (x.text) answers.push({ questionId: 'text', text: x.text });
    const votes = x.votes.flatMap((vote, i) => (vote ? [{ statementId: `s${i + 1}`, vote }] : []));
    return empty ? resp(x.group, [], [], x.side) : { group: x.group, side: x.side, answers, votes };
  });
const arbResponses = fc.array(arbResponse(fc.constantFrom(...GROUPS)), { minLength: 1, maxLength: 40 });
const arbMin = fc.integer({ min: 1, max: 6 });
/** Some group reaches the minimum, so weighing does not fall back to every group. */
const someWeighed = (rs: readonly StoredResponse[], min: number) => GROUPS.some((g) => rs.filter((r) => r.group === g).length >= min);

/** Every balanced figure of the results. */
const balancedFigures = (r: Omit<Results, 'decision'>) => ({
  questions: r.questions.map((x) => ({ balancedMean: x.balancedMean, options: x.options.map((o) => [o.balancedShare, o.balancedBorda]) })),
  statements: r.statements.map((s) => [s.minGroupAgree, s.divisiveness]),
});
const groupFigures = (r: Omit<Results, 'decision'>, except: StakeholderGroup) => ({
  questions: r.questions.map((x) => x.byGroup.filter((g) => g.group !== except)),
  statements: r.statements.map((s) => s.byGroup.filter((g) => g.group !== except)),
});

describe('consultationResults: properties', () => {
  it('fits the API contract, with every share a fraction 0–1 and every Borda figure within 0…n−1', () => {
    fc.assert(fc.property(arbResponses, arbMin, (rs, min) => {
      const r = consultationResults(consultation(min), rs);
      expect(results.parse({ ...r, decision: null })).toEqual({ ...r, decision: null });
      const shares = r.questions.flatMap((x) => [...x.options.flatMap((o) => [o.rawShare, o.balancedShare]), ...x.byGroup.flatMap((b) => Object.values(b.shares))]);
      expect(shares.every((v) => v >= 0 && v <= 1)).toBe(true);
      expect(r.statements.flatMap((x) => [x.minGroupAgree, x.divisiveness, ...x.byGroup.map((b) => b.agreeShare)]).every((v) => v >= 0 && v <= 1)).toBe(true);
      expect(question(r, 'rank').options.flatMap((o) => [o.borda!, o.balancedBorda!]).every((v) => v >= 0 && v <= 2)).toBe(true);
      expect(r.groups.reduce((n, g) => n + g.respondents, 0)).toBe(rs.length);
    }));
  });
  it('every weighed group weighs the same whatever its size: doubling one group changes no balanced or group figure', () => {
    fc.assert(fc.property(arbResponses, arbMin, (rs, min) => {
      const g = rs[0]!.group;
      fc.pre(rs.filter((r) => r.group === g).length >= min);
      const doubled = [...rs, ...rs.filter((r) => r.group === g)];
      const [before, after] = [consultationResults(consultation(min), rs), consultationResults(consultation(min), doubled)];
      expect(balancedFigures(after)).toEqual(balancedFigures(before));
      expect(after.questions.map((x) => x.byGroup)).toEqual(before.questions.map((x) => x.byGroup));
    }));
  });
  it('a group with no answers changes nothing', () => {
    fc.assert(fc.property(arbResponses, arbMin, fc.array(arbResponse(fc.constant('private_sector'), true), { minLength: 1, maxLength: 8 }), (rs, min, silent) => {
      fc.pre(someWeighed(rs, min));
      const [before, after] = [consultationResults(consultation(min), rs), consultationResults(consultation(min), [...rs, ...silent])];
      expect(after.questions).toEqual(before.questions);
      expect(after.statements).toEqual(before.statements);
    }));
  });
  it('balanced shares sum to 1 on a single-choice question that was answered (and on first places of a ranking)', () => {
    fc.assert(fc.property(arbResponses, arbMin, (rs, min) => {
      const r = consultationResults(consultation(min), rs);
      for (const id of ['single', 'rank']) {
        const x = question(r, id);
        const weighedAnswered = x.byGroup.some((b) => r.groups.some((c) => c.group === b.group && c.weighed));
        const sum = x.options.reduce((s, o) => s + o.balancedShare, 0);
        if (weighedAnswered) expect(sum).toBeCloseTo(1, 9);
        else expect(sum).toBe(0);
      }
    }));
  });
  it('adding respondents to one group never changes another group’s figures', () => {
    fc.assert(fc.property(arbResponses, arbMin, fc.constantFrom(...GROUPS), fc.array(arbResponse(fc.constantFrom(...GROUPS)), { minLength: 1, maxLength: 10 }), (rs, min, g, extra) => {
      const added = extra.map((r) => ({ ...r, group: g }));
      const [before, after] = [consultationResults(consultation(min), rs), consultationResults(consultation(min), [...rs, ...added])];
      expect(groupFigures(after, g)).toEqual(groupFigures(before, g));
    }));
  });
  it('groups that are not weighed do not affect the balanced figures', () => {
    fc.assert(fc.property(arbResponses, fc.integer({ min: 2, max: 6 }), fc.array(arbResponse(fc.constant('local_authority')), { minLength: 1, maxLength: 5 }), (rs, min, small) => {
      fc.pre(someWeighed(rs, min) && small.length < min);
      const [before, after] = [consultationResults(consultation(min), rs), consultationResults(consultation(min), [...rs, ...small])];
      expect(after.groups.filter((c) => c.group === 'local_authority').every((c) => !c.weighed)).toBe(true);
      expect(balancedFigures(after)).toEqual(balancedFigures(before));
    }));
  });
  it('the results and the common-ground order do not depend on the order of the responses', () => {
    fc.assert(fc.property(arbResponses, arbMin, fc.func(fc.integer()), (rs, min, key) => {
      const shuffled = rs.map((r, i) => ({ r, k: key(i) })).sort((a, b) => a.k - b.k).map((x) => x.r);
      const [before, after] = [consultationResults(consultation(min), rs), consultationResults(consultation(min), shuffled)];
      expect(after).toEqual(before);
      expect(commonGround(after.statements).map((s) => s.id)).toEqual(commonGround([...before.statements].reverse()).map((s) => s.id));
    }));
  });
});
