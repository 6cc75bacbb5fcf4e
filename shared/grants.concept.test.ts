import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridMaxScore, lockedAfterPublish, validateCallRules } from './grants.call.rules';
import { beforeDeadlineRefusal, conceptNoteGrid, shortlist, stageDeadlineAt, stageGrid, stageRulesProblems, type ConceptCandidate } from './grants.concept';
import { call2018Rules } from './grants.fixtures';

const twoStage = () => ({ ...call2018Rules(), twoStage: true, preSelectionThreshold: 30, fullDeadlineAt: '2019-04-15T17:00:00+03:00' });
const note = (id: string, total: number, relevance = 0, passed = true): ConceptCandidate => ({ id, total, passed, sections: { relevance } });

describe('the concept-note grid', () => {
  it("is PRAG's: relevance 30 and design 20, 50 points", () => {
    const g = conceptNoteGrid();
    expect(g.sections.map((s) => [s.key, s.criteria.reduce((n, c) => n + c.maxScore * c.weight, 0)])).toEqual([['relevance', 30], ['design', 20]]);
    expect(gridMaxScore(g)).toBe(50);
  });
  it('scores concept notes of a two-stage call, full applications and single-stage calls on the call grid', () => {
    const r = twoStage();
    expect(gridMaxScore(stageGrid(r, 'concept'))).toBe(50);
    expect(stageGrid(r, 'full')).toBe(r.grid);
    expect(gridMaxScore(stageGrid(call2018Rules(), 'concept'))).toBe(100);
  });
});

describe('the stages of a call', () => {
  it('hold each stage to its own deadline', () => {
    const r = twoStage();
    expect(stageDeadlineAt(r, 'concept')).toBe(r.deadlineAt);
    expect(stageDeadlineAt(r, 'full')).toBe(r.fullDeadlineAt);
    expect(stageDeadlineAt(call2018Rules(), 'full')).toBe(call2018Rules().deadlineAt);
  });
  it('need a full-application deadline after the concept deadline and a reachable threshold', () => {
    expect(stageRulesProblems(twoStage())).toEqual([]);
    expect(stageRulesProblems({ ...call2018Rules(), twoStage: false })).toEqual([]);
    const { fullDeadlineAt: _f, ...without } = twoStage();
    expect(validateCallRules({ ...without }).map((p) => `${p.field}:${p.code}`)).toEqual(['fullDeadlineAt:full_deadline_required']);
    expect(stageRulesProblems({ ...twoStage(), fullDeadlineAt: '2019-01-15T17:00:00+03:00' }).map((p) => p.code)).toEqual(['full_deadline_not_after_concept']);
    expect(stageRulesProblems({ ...twoStage(), preSelectionThreshold: 51 })).toEqual([{ field: 'preSelectionThreshold', code: 'threshold_above_grid_max', params: { max: 50 } }]);
  });
  it('let a published call extend the full-application deadline, never shorten it', () => {
    const r = twoStage();
    expect(lockedAfterPublish(r, { ...r, fullDeadlineAt: '2019-05-01T17:00:00+03:00' })).toEqual([]);
    expect(lockedAfterPublish(r, { ...r, fullDeadlineAt: '2019-04-01T17:00:00+03:00' })).toEqual(['fullDeadlineAt']);
    expect(lockedAfterPublish(r, { ...r, preSelectionThreshold: 25 })).toEqual(['preSelectionThreshold']);
  });
  it('start the check, the assessors and the shortlist only after the deadline (the deadline instant itself still takes submissions)', () => {
    const r = twoStage();
    const at = Date.parse(r.deadlineAt);
    expect(beforeDeadlineRefusal(r, 'concept', new Date(at))).toMatchObject({ code: 'deadline_not_passed', params: { at: r.deadlineAt } });
    expect(beforeDeadlineRefusal(r, 'concept', new Date(at + 1))).toBeNull();
    expect(beforeDeadlineRefusal(r, 'full', new Date(at + 1))).toMatchObject({ params: { at: r.fullDeadlineAt } });
  });
});

describe('the shortlist', () => {
  it('takes the best at or above the threshold, at most the number asked', () => {
    const out = shortlist([note('a', 44), note('b', 29), note('c', 38), note('d', 30), note('e', 47, 0, false)], 30, 2, 'relevance');
    expect(out).toEqual({ shortlisted: ['a', 'c'], tiedAtCut: [], notShortlisted: ['b', 'd', 'e'] });
    expect(shortlist([note('a', 44), note('d', 30)], 30, 5, null).shortlisted).toEqual(['a', 'd']);
  });
  it('breaks equal totals by the relevance score, and leaves a group still equal at the cut out whole', () => {
    expect(shortlist([note('a', 40, 20), note('b', 40, 24), note('c', 35)], 30, 1, 'relevance').shortlisted).toEqual(['b']);
    const tied = shortlist([note('a', 45), note('b', 40, 22), note('c', 40, 22), note('d', 33)], 30, 2, 'relevance');
    expect(tied).toEqual({ shortlisted: ['a'], tiedAtCut: ['b', 'c'], notShortlisted: ['b', 'c', 'd'] });
  });
  const candidates = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), total: fc.integer({ min: 0, max: 50 }), passed: fc.boolean(), relevance: fc.integer({ min: 0, max: 30 }) }), { selector: (c) => c.id, maxLength: 30 })
    .map((xs) => xs.map((x) => note(x.id, x.total, x.relevance, x.passed)));
  it('never holds a concept note below the threshold or eliminated, never more than asked, and splits the notes', () => {
    fc.assert(fc.property(candidates, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 40 }), (cs, threshold, count) => {
      const out = shortlist(cs, threshold, count, 'relevance');
      const byId = new Map(cs.map((c) => [c.id, c]));
      expect(out.shortlisted.length).toBeLessThanOrEqual(count);
      for (const id of out.shortlisted) expect(byId.get(id)!.passed && byId.get(id)!.total >= threshold).toBe(true);
      expect(new Set([...out.shortlisted, ...out.notShortlisted])).toEqual(new Set(cs.map((c) => c.id)));
      expect(out.shortlisted.filter((id) => out.notShortlisted.includes(id))).toEqual([]);
      // No one left out is better than, or equal to, someone shortlisted (equal treatment).
      const rankKey = (id: string) => byId.get(id)!.total * 100 + byId.get(id)!.sections.relevance!;
      const worst = Math.min(...out.shortlisted.map(rankKey));
      for (const id of out.notShortlisted) if (out.shortlisted.length && byId.get(id)!.passed) expect(rankKey(id)).toBeLessThan(worst);
    }));
  });
});
