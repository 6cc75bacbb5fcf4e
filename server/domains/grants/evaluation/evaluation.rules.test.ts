import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationGrid } from '../../../../shared/grants';
import {
  assignAssessors, type AssignmentInput, divergence, finalScore, gridMax, needsFurtherAssessor,
  type ScoreSheet, scoreSheetProblems, sectionMax, sheetTotals,
} from './evaluation.rules';

const crit = (key: string, maxScore: number, weight = 1) => ({ key, titleEn: key, titleTr: key, maxScore, weight });
// Relevance (max 15, eliminatory at 10), capacity (max 5, threshold 3), design (max 10, no threshold); overall 20 of 30.
const grid: EvaluationGrid = {
  sections: [
    { key: 'relevance', titleEn: 'R', titleTr: 'R', criteria: [crit('relevance_1', 5, 2), crit('relevance_2', 5)], threshold: 10, eliminatory: true },
    { key: 'capacity', titleEn: 'C', titleTr: 'C', criteria: [crit('capacity_1', 5)], threshold: 3, eliminatory: false },
    { key: 'design', titleEn: 'D', titleTr: 'D', criteria: [crit('design_1', 10)], threshold: null, eliminatory: false },
  ],
  overallThreshold: 20,
};
const sheet = (r1: number, r2: number, c1: number, d1: number): ScoreSheet => ({
  relevance_1: { score: r1, comment: 'clear fit' },
  relevance_2: { score: r2, comment: 'ok' },
  capacity_1: { score: c1, comment: 'ok' },
  design_1: { score: d1, comment: 'ok' },
});

describe('score sheets', () => {
  it('a complete sheet has no problems', () => expect(scoreSheetProblems(grid, sheet(5, 5, 5, 10))).toEqual([]));
  it('reports every problem at once, with field paths', () => {
    const s: ScoreSheet = {
      relevance_1: { score: 6, comment: 'x' },
      relevance_2: { score: 2.5, comment: '   ' },
      capacity_1: { score: -1, comment: 'x' },
      extra: { score: 1, comment: 'x' },
    };
    expect(scoreSheetProblems(grid, s)).toEqual([
      { field: 'scores.relevance_1.score', code: 'score_out_of_range', params: { min: 1, max: 5 } },
      { field: 'scores.relevance_2.score', code: 'score_out_of_range', params: { min: 1, max: 5 } },
      { field: 'scores.relevance_2.comment', code: 'required' },
      { field: 'scores.capacity_1.score', code: 'score_out_of_range', params: { min: 1, max: 5 } },
      { field: 'scores.design_1', code: 'required' },
      { field: 'scores.extra', code: 'unknown_criterion' },
    ]);
  });
  it('1 and the max score are both valid; 0 is not (PRAG scores 1 to 5)', () => {
    expect(scoreSheetProblems(grid, sheet(1, 5, 1, 10))).toEqual([]);
    expect(scoreSheetProblems(grid, sheet(0, 5, 1, 10))).toEqual([{ field: 'scores.relevance_1.score', code: 'score_out_of_range', params: { min: 1, max: 5 } }]);
  });
  it('a criterion key that is also an Object.prototype name is not taken as scored', () => {
    const g: EvaluationGrid = { ...grid, sections: [{ ...grid.sections[0]!, criteria: [crit('constructor', 5)] }] };
    expect(scoreSheetProblems(g, {})).toEqual([{ field: 'scores.constructor', code: 'required' }]);
    expect(sheetTotals(g, {}).total).toBe(0);
  });
  it('totals count each score times its weight', () => {
    expect(sheetTotals(grid, sheet(4, 3, 2, 7))).toEqual({ sections: { relevance: 11, capacity: 2, design: 7 }, total: 20 });
    expect(sectionMax(grid.sections[0]!)).toBe(15);
    expect(gridMax(grid)).toBe(30);
  });
});

describe('divergence and the further assessor', () => {
  const rules = { assessorsPerApplication: 2, divergenceThreshold: 5 };
  it('spread is max − min; exactly at the threshold does not diverge', () => {
    expect(divergence([], 5)).toEqual({ spread: 0, diverges: false });
    expect(divergence([12], 5)).toEqual({ spread: 0, diverges: false });
    expect(divergence([10, 15], 5)).toEqual({ spread: 5, diverges: false });
    expect(divergence([10, 16, 12], 5)).toEqual({ spread: 6, diverges: true });
  });
  it('asks for one extra assessor only when the regular ones are assigned and the sheets diverge', () => {
    expect(needsFurtherAssessor([10, 16], rules, 2)).toBe(true);
    expect(needsFurtherAssessor([10, 15], rules, 2)).toBe(false);
    expect(needsFurtherAssessor([10, 16], rules, 1)).toBe(false); // regular slot still open
    expect(needsFurtherAssessor([10, 16, 30], rules, 3)).toBe(false); // the one extra is used: committee decides
  });
  it('asks as soon as submitted sheets diverge, even before all assigned have submitted', () => {
    expect(needsFurtherAssessor([10, 20], { ...rules, assessorsPerApplication: 3 }, 3)).toBe(true);
  });
});

describe('consensus and final score', () => {
  it('exactly at every threshold passes', () => {
    expect(finalScore(grid, { relevance: 10, capacity: 3, design: 7 })).toEqual({
      total: 20, passed: true, failedSections: [], eliminatedBy: null, belowOverall: false,
    });
  });
  it('an eliminatory section one point short eliminates, whatever the rest', () => {
    expect(finalScore(grid, { relevance: 9, capacity: 5, design: 10 })).toEqual({
      total: 24, passed: false, failedSections: ['relevance'], eliminatedBy: 'relevance', belowOverall: false,
    });
  });
  it('a non-eliminatory section below its threshold fails without eliminating', () => {
    expect(finalScore(grid, { relevance: 15, capacity: 2, design: 10 })).toMatchObject({
      passed: false, failedSections: ['capacity'], eliminatedBy: null, belowOverall: false,
    });
  });
  it('all sections passing but the total one point short of the overall threshold fails', () => {
    expect(finalScore(grid, { relevance: 10, capacity: 3, design: 6 })).toMatchObject({ total: 19, passed: false, failedSections: [], belowOverall: true });
  });
  it('matches the rule for every possible consensus on the small grid', () => {
    for (let r = 0; r <= 15; r++)
      for (let c = 0; c <= 5; c++)
        for (let d = 0; d <= 10; d++) {
          const out = finalScore(grid, { relevance: r, capacity: c, design: d });
          const failed = [...(r < 10 ? ['relevance'] : []), ...(c < 3 ? ['capacity'] : [])];
          expect(out).toEqual({
            total: r + c + d, failedSections: failed, eliminatedBy: r < 10 ? 'relevance' : null,
            belowOverall: r + c + d < 20, passed: failed.length === 0 && r + c + d >= 20,
          });
        }
  });
});

describe('assessor assignment', () => {
  const base: AssignmentInput = {
    applications: [{ id: 'a1', countries: ['TR', 'DE'] }, { id: 'a2', countries: ['TR', 'FR'] }],
    assessors: [{ id: 'x', country: 'IT', load: 0 }, { id: 'y', country: 'ES', load: 0 }, { id: 'z', country: 'PL', load: 0 }],
    perApplication: 2, excludeSameCountry: true, conflicts: new Set(), existing: {},
  };
  it('spreads work evenly, least loaded first and ties by id', () => {
    const even = { a1: ['x', 'z'], a2: ['y', 'x'] };
    expect(assignAssessors(base)).toEqual({ assignments: even, added: even, unfilled: [] });
    const busy = assignAssessors({ ...base, assessors: base.assessors.map((a) => (a.id === 'x' ? { ...a, load: 5 } : a)) });
    expect(busy.assignments).toEqual({ a1: ['y', 'z'], a2: ['z', 'y'] });
  });
  it('never a conflicted, same-country (any case) or already assigned assessor; keeps existing ones', () => {
    const out = assignAssessors({
      ...base, assessors: [...base.assessors, { id: 'w', country: 'de', load: 0 }],
      conflicts: new Set(['y:a1']), existing: { a1: ['x'] },
    });
    expect(out.assignments.a1).toEqual(['x', 'z']);
    expect(out.added.a1).toEqual(['z']);
    expect(out.assignments.a2).toEqual(['w', 'x']); // w (de) may assess a2, which has no German partner
  });
  it('reports applications it cannot fill', () => {
    const out = assignAssessors({ ...base, assessors: [{ id: 'x', country: 'IT', load: 0 }, { id: 'd', country: 'DE', load: 0 }] });
    expect(out.assignments).toEqual({ a1: ['x'], a2: ['d', 'x'] });
    expect(out.unfilled).toEqual(['a1']);
  });
  it('same country allowed when the call does not exclude it', () => {
    const out = assignAssessors({ ...base, excludeSameCountry: false, assessors: [{ id: 'd', country: 'DE', load: 0 }, { id: 't', country: 'TR', load: 0 }] });
    expect(out.unfilled).toEqual([]);
  });

  const countries = fc.constantFrom('TR', 'DE', 'FR', 'IT');
  const input: fc.Arbitrary<AssignmentInput> = fc
    .record({
      apps: fc.uniqueArray(
        fc.record({ id: fc.stringMatching(/^a[0-9]{1,2}$/), countries: fc.array(countries, { minLength: 1, maxLength: 3 }) }),
        { selector: (a) => a.id, maxLength: 8 },
      ),
      assessors: fc.uniqueArray(
        fc.record({ id: fc.stringMatching(/^x[0-9]{1,2}$/), country: countries, load: fc.nat(4) }),
        { selector: (a) => a.id, maxLength: 8 },
      ),
      perApplication: fc.integer({ min: 1, max: 4 }),
      excludeSameCountry: fc.boolean(),
      conflictSeed: fc.array(fc.nat(), { maxLength: 10 }),
    })
    .map(({ apps, assessors, perApplication, excludeSameCountry, conflictSeed }) => ({
      applications: apps, assessors, perApplication, excludeSameCountry, existing: {},
      conflicts: new Set(
        apps.length && assessors.length
          ? conflictSeed.map((n) => `${assessors[n % assessors.length]!.id}:${apps[n % apps.length]!.id}`)
          : [],
      ),
    }));

  it('property: no duplicate, conflicted or same-country assessor; unfilled exactly when eligible ones ran out; order-independent', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const out = assignAssessors(inp);
        for (const app of inp.applications) {
          const mine = out.assignments[app.id]!;
          expect(new Set(mine).size).toBe(mine.length);
          expect(mine.length).toBeLessThanOrEqual(inp.perApplication);
          for (const id of mine) {
            expect(inp.conflicts.has(`${id}:${app.id}`)).toBe(false);
            if (inp.excludeSameCountry) expect(app.countries).not.toContain(inp.assessors.find((a) => a.id === id)!.country);
          }
          const stillEligible = inp.assessors.filter(
            (a) =>
              !mine.includes(a.id) &&
              !inp.conflicts.has(`${a.id}:${app.id}`) &&
              !(inp.excludeSameCountry && app.countries.includes(a.country)),
          );
          expect(out.unfilled.includes(app.id)).toBe(mine.length < inp.perApplication);
          if (mine.length < inp.perApplication) expect(stillEligible).toEqual([]);
        }
        expect(assignAssessors({ ...inp, applications: [...inp.applications].reverse(), assessors: [...inp.assessors].reverse() })).toEqual(out);
      }),
    );
  });
});
