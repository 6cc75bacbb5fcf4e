import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationGrid } from '../../../../shared/grants';
import { twinningGrid } from '../../../../shared/grants.grid';
import { assessorAverages, changeProblems, committeeProblems, committeeScore, sectionMin, type Candidate } from './committee.rules';
import { excludedCountries, sameCountrySide, type ScoreSheet } from './evaluation.rules';
import { rank } from '../awards/ranking.rules';
import { mayApproveReport, mayConfirmAward } from '../grants.policy';
import type { SessionUser } from '../../../../shared/accounts';

const grid: EvaluationGrid = twinningGrid();
const criteria = grid.sections.flatMap((s) => s.criteria);
/** A sheet giving every criterion `v`, except those named. */
const sheetAt = (v: number, except: Record<string, number> = {}): ScoreSheet =>
  Object.fromEntries(criteria.map((c) => [c.key, { score: except[c.key] ?? v, comment: 'x' }]));
const sheetArb = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: criteria.length, maxLength: criteria.length })
  .map((xs): ScoreSheet => Object.fromEntries(criteria.map((c, i) => [c.key, { score: xs[i]!, comment: 'x' }])));
const totalOf = (s: ScoreSheet) => criteria.reduce((t, c) => t + s[c.key]!.score * c.weight, 0);

describe('committee composition (PRAG 2.8.1)', () => {
  const people = new Map<string, Candidate>([
    ['chair', { role: 'programme_manager', disabled: false }], ['sec', { role: 'admin', disabled: false }],
    ['a1', { role: 'assessor', disabled: false }], ['a2', { role: 'assessor', disabled: false }], ['a3', { role: 'programme_manager', disabled: false }],
    ['a4', { role: 'assessor', disabled: false }], ['off', { role: 'assessor', disabled: true }], ['officer', { role: 'officer', disabled: false }],
  ]);
  it('takes a non-voting chair and secretary and three voting members', () =>
    expect(committeeProblems({ chairId: 'chair', secretaryId: 'sec', votingIds: ['a1', 'a2', 'a3'] }, people)).toEqual([]));
  it('refuses an even number, fewer than three, a seat held twice, a disabled person and an officer', () => {
    const codes = (votingIds: string[], chairId = 'chair', secretaryId = 'sec') => committeeProblems({ chairId, secretaryId, votingIds }, people).map((p) => `${p.field}:${p.code}`);
    expect(codes(['a1', 'a2', 'a3', 'a4'])).toEqual(['votingIds:committee_voting_odd']);
    expect(codes(['a1'])).toEqual(['votingIds:committee_voting_odd']);
    expect(codes(['a1', 'a2', 'chair'])).toEqual(['votingIds.2:committee_same_person']);
    expect(codes(['a1', 'a2', 'off'])).toEqual(['votingIds.2:committee_unknown_person']);
    expect(codes(['a1', 'a2', 'a3'], 'a1')).toContain('chairId:committee_role_not_allowed');
    expect(codes(['a1', 'a2', 'officer'])).toEqual(['votingIds.2:committee_role_not_allowed']);
    expect(codes(['a1', 'a2', 'a3'], 'chair', 'chair')).toEqual(['secretaryId:committee_same_person', 'votingIds:committee_voting_odd'].slice(0, 1));
  });
  it('accepts any odd number of distinct voters from three up, and no even number', () =>
    fc.assert(fc.property(fc.integer({ min: 0, max: 9 }), (n) => {
      const ids = Array.from({ length: n }, (_, i) => `v${i}`);
      const pool = new Map<string, Candidate>([...people, ...ids.map((id): [string, Candidate] => [id, { role: 'assessor', disabled: false }])]);
      const ok = committeeProblems({ chairId: 'chair', secretaryId: 'sec', votingIds: ids }, pool).length === 0;
      return ok === (n >= 3 && n % 2 === 1);
    })));
});

describe("the committee's score", () => {
  it('is the assessors’ mean per section and in total, to hundredths', () => {
    const avg = assessorAverages(grid, [sheetAt(4), sheetAt(3)]);
    expect(avg.total).toBe(70);
    expect(avg.sections.relevance).toBe(21); // (24 + 18) / 2
    expect(assessorAverages(grid, [sheetAt(4), sheetAt(3), sheetAt(3)]).total).toBe(66.67);
  });
  it('property: with no change, the committee’s total equals the mean of the assessors’ totals', () =>
    fc.assert(fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 5 }), (sheets) => {
      const mean = sheets.reduce((t, s) => t + totalOf(s), 0) / sheets.length;
      const score = committeeScore(grid, sheets, {});
      return Math.abs(score.total - Math.round(mean * 100) / 100) < 1e-9 && Math.abs(assessorAverages(grid, sheets).total - mean) <= 0.005 + 1e-9;
    })));
  it('a change counts only with a justification and within the section’s range; the mean stays beside it', () => {
    const s = committeeScore(grid, [sheetAt(4), sheetAt(4)], { design: { score: 12, justification: 'The work plan in annex 3 answers the assessors’ doubt.' } });
    expect(s.sections.design).toEqual({ average: 12, score: 12, justification: 'The work plan in annex 3 answers the assessors’ doubt.' });
    const changed = committeeScore(grid, [sheetAt(4), sheetAt(4)], { design: { score: 15, justification: 'Reasoned.' } });
    expect(changed.sections.design).toMatchObject({ average: 12, score: 15 });
    expect(changed.total).toBe(83);
    expect(changeProblems(grid, { design: { score: 16, justification: 'x' }, budget: { score: 6, justification: ' ' }, nope: { score: 1, justification: 'x' } }).map((p) => `${p.field}:${p.code}`))
      .toEqual(['changes.design.score:score_out_of_range', 'changes.budget.justification:required', 'changes.nope:unknown_section']);
    expect(changeProblems(grid, { design: { score: sectionMin(grid.sections[2]!) - 1, justification: 'x' } })).toHaveLength(1);
    expect(changeProblems(grid, { design: { score: 10.5, justification: 'x' } })).toEqual([]);
    expect(changeProblems(grid, { design: { score: 10.555, justification: 'x' } })).toHaveLength(1);
  });
});

describe('eliminatory financial and operational capacity', () => {
  const capacity = grid.sections.find((s) => s.key === 'capacity')!;
  it('the grid makes capacity eliminatory below 12 of 20 and on a sub-criterion scored 1', () => {
    expect(capacity).toMatchObject({ threshold: 12, eliminatory: true, eliminatoryCriterionScore: 1 });
  });
  it('a capacity total below 12 eliminates, even with a high total', () => {
    const s = committeeScore(grid, [sheetAt(5, { capacity_1: 2, capacity_2: 3, capacity_3: 3, capacity_4: 3 })], {});
    expect(s).toMatchObject({ passed: false, eliminatedBy: 'capacity' });
    expect(s.total).toBeGreaterThan(grid.overallThreshold);
  });
  it('a capacity sub-criterion whose mean is 1 eliminates, though the section reaches 12', () => {
    const s = committeeScore(grid, [sheetAt(5, { capacity_4: 1 }), sheetAt(5, { capacity_4: 1 })], {});
    expect(s.sections.capacity!.score).toBe(16);
    expect(s).toMatchObject({ passed: false, eliminatedBy: 'capacity', eliminatedCriterion: 'capacity_4' });
    // One assessor's 1 beside another's 3 is a mean of 2: not eliminated.
    expect(committeeScore(grid, [sheetAt(5, { capacity_4: 1 }), sheetAt(5, { capacity_4: 3 })], {}).passed).toBe(true);
  });
  it('property: an application whose capacity is eliminated never ranks', () =>
    fc.assert(fc.property(fc.array(sheetArb, { minLength: 2, maxLength: 3 }), (sheets) => {
      const score = committeeScore(grid, sheets, {});
      const ranked = rank([{ id: 'x', total: score.total, passed: score.passed, theme: 'energy', sections: {}, submittedAt: '2019-01-01T00:00:00Z', requestedGrantCents: 1 }], [], null);
      const capacityOut = score.sections.capacity!.score < 12 || capacity.criteria.some((c) => sheets.reduce((t, s) => t + s[c.key]!.score, 0) / sheets.length <= 1);
      return !capacityOut || ranked.length === 0;
    })));
});

describe('same-country exclusion per call', () => {
  it('names the side it applies to', () => {
    expect(excludedCountries('lead', 'TR', ['DE', 'de'])).toEqual(['TR']);
    expect(excludedCountries('partners', 'TR', ['DE', 'de', 'FR'])).toEqual(['DE', 'FR']);
    expect(excludedCountries('both', 'tr', ['DE'])).toEqual(['TR', 'DE']);
    expect(excludedCountries('off', 'TR', ['DE'])).toEqual([]);
  });
  it('older calls keep their boolean', () => {
    expect(sameCountrySide({ excludeSameCountryAssessors: true })).toBe('both');
    expect(sameCountrySide({ excludeSameCountryAssessors: false })).toBe('off');
    expect(sameCountrySide({ excludeSameCountryAssessors: true, sameCountryExclusion: 'partners' })).toBe('partners');
  });
});

describe('four eyes', () => {
  const user = (id: string, role: SessionUser['role']) => ({ id, role }) as SessionUser;
  it('the award is confirmed by a manager who neither proposed it nor evaluated', () => {
    const evaluators = new Set(['voter']);
    expect(mayConfirmAward(user('m2', 'programme_manager'), 'm1', evaluators)).toBe('yes');
    expect(mayConfirmAward(user('m1', 'programme_manager'), 'm1', evaluators)).toBe('proposer');
    expect(mayConfirmAward(user('voter', 'programme_manager'), 'm1', evaluators)).toBe('evaluator');
    expect(mayConfirmAward(user('a', 'assessor'), 'm1', evaluators)).toBe('role');
  });
  it('the report is approved by the chair or a manager who is not the secretary', () => {
    const seats = { chairId: 'chair', secretaryId: 'sec' };
    expect(mayApproveReport(user('chair', 'programme_manager'), seats)).toBe(true);
    expect(mayApproveReport(user('m', 'admin'), seats)).toBe(true);
    expect(mayApproveReport(user('sec', 'programme_manager'), seats)).toBe(false);
    expect(mayApproveReport(user('x', 'assessor'), seats)).toBe(false);
  });
});
