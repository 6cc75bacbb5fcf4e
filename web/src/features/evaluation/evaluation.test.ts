import { describe, expect, it } from 'vitest';
import type { EvaluationGrid } from '../../../../shared/grants';
import type { EvaluationView } from '../../api/evaluation';
import { consensusBody, consensusInput, sectionAverages, sectionMaximum } from './consensus';
import { assesses, costsInCents, leadsAward } from './roles';
import { errorsByKey, parseScore, sectionTotals, sheetBody, sheetGaps, sheetInput } from './sheet';

const crit = (key: string, maxScore: number, weight = 1) => ({ key, titleEn: key, titleTr: key, maxScore, weight });
const grid: EvaluationGrid = {
  sections: [
    { key: 'relevance', titleEn: 'Relevance', titleTr: 'İlgi', criteria: [crit('relevance_1', 5, 2), crit('relevance_2', 5)], threshold: 8, eliminatory: true },
    { key: 'budget', titleEn: 'Budget', titleTr: 'Bütçe', criteria: [crit('budget_1', 5)], threshold: null, eliminatory: false },
  ],
  overallThreshold: 10,
};

describe('score sheet', () => {
  it('starts from the saved scores with every criterion present', () => {
    expect(sheetInput(grid, { relevance_1: { score: 4, comment: 'Good' } })).toEqual({
      relevance_1: { score: '4', comment: 'Good' },
      relevance_2: { score: '', comment: '' },
      budget_1: { score: '', comment: '' },
    });
  });
  it('reads whole scores only', () => {
    expect([parseScore(' 3 '), parseScore(''), parseScore('2.5'), parseScore('-1')]).toEqual([3, null, null, null]);
  });
  it('sends only typed scores, comments trimmed', () => {
    expect(sheetBody({ a: { score: '3', comment: ' ok ' }, b: { score: '', comment: 'x' } })).toEqual({ a: { score: 3, comment: 'ok' } });
  });
  it('adds weighted section totals as the server does', () => {
    const input = sheetInput(grid, { relevance_1: { score: 4, comment: '' }, relevance_2: { score: 3, comment: '' }, budget_1: { score: 5, comment: '' } });
    expect(sectionTotals(grid, input)).toEqual({ sections: { relevance: 11, budget: 5 }, total: 16 });
    expect(sectionTotals(grid, sheetInput(grid, {}))).toEqual({ sections: { relevance: 0, budget: 0 }, total: 0 });
  });
  it('names the criteria still without a whole score or a comment, as a submit would', () => {
    const input = sheetInput(grid, { relevance_1: { score: 4, comment: 'Good' }, relevance_2: { score: 3, comment: ' ' } });
    expect(sheetGaps(grid, input)).toEqual(['relevance_2', 'budget_1']);
    expect(sheetGaps(grid, { ...input, relevance_2: { score: '3', comment: 'ok' }, budget_1: { score: '2.5', comment: 'x' } })).toEqual(['budget_1']);
  });
  it('groups the server’s field errors by criterion', () => {
    const fields = [
      { path: 'scores.budget_1.comment', message: 'x', code: 'required' },
      { path: 'scores.budget_1.score', message: 'x', code: 'score_out_of_range', params: { min: 0, max: 5 } },
      { path: 'scores.relevance_1', message: 'x', code: 'required' },
      { path: 'other', message: 'x' },
    ];
    expect(errorsByKey(fields, 'scores')).toEqual({
      budget_1: [{ field: 'comment', code: 'required', params: {} }, { field: 'score', code: 'score_out_of_range', params: { min: 0, max: 5 } }],
      relevance_1: [{ field: 'score', code: 'required', params: {} }],
    });
    expect(errorsByKey([{ path: 'sections.relevance.justification', message: 'x' }], 'sections')).toEqual({ relevance: [{ field: 'comment', code: 'invalid', params: {} }] });
  });
});

describe('consensus', () => {
  const sheet = (rel: number, bud: number) => ({ assignmentId: 'x', assessor: 'A', status: 'submitted' as const, further: false, total: rel + bud, sections: { relevance: rel, budget: bud }, scores: {} });
  const view: EvaluationView = { applicationId: 'a', reference: 'R', status: 'evaluation', sheets: [sheet(10, 4), sheet(13, 3)], spread: 2, diverges: false, consensus: null };
  it('starts from the assessors’ mean (to hundredths), or the recorded score and reason', () => {
    expect(sectionAverages(grid, view)).toEqual({ relevance: 11.5, budget: 3.5 });
    expect(consensusInput(grid, view)).toEqual({ relevance: { score: '11.5', justification: '' }, budget: { score: '3.5', justification: '' } });
    const recorded = { ...view, consensus: { sections: { relevance: { score: 9, average: 11.5, justification: 'Agreed' } }, total: 9, passed: false, eliminatedBy: null, recordedAt: '' } };
    expect(consensusInput(grid, recorded).relevance).toEqual({ score: '9', justification: 'Agreed' });
  });
  it('sends only the sections the committee changes, with their trimmed justification', () => {
    const averages = { relevance: 11.5, budget: 3.5 };
    expect(consensusBody({ relevance: { score: '11.5', justification: '' }, budget: { score: '3,5', justification: '' } }, averages)).toEqual({});
    expect(consensusBody({ relevance: { score: '12', justification: ' annex 2 ' }, budget: { score: '', justification: '' } }, averages)).toEqual({ relevance: { score: 12, justification: 'annex 2' } });
    // A change without a reason is still sent: the server names the missing justification.
    expect(consensusBody({ relevance: { score: '10', justification: '' }, budget: { score: '3.5', justification: '' } }, averages)).toEqual({ relevance: { score: 10, justification: '' } });
    expect([sectionMaximum(grid, 'relevance'), sectionMaximum(grid, 'budget'), sectionMaximum(grid, 'none')]).toEqual([15, 5, 0]);
  });
});

describe('roles and report costs', () => {
  const user = (role: 'assessor' | 'officer' | 'public', authorityCode: string | null = null) => ({ role, authorityCode }) as never;
  it('knows assessors and the lead authority’s officers', () => {
    expect([assesses(user('assessor')), assesses(user('officer')), assesses(null)]).toEqual([true, false, false]);
    expect([leadsAward(user('officer', 'TR-1'), 'TR-1'), leadsAward(user('officer', 'TR-2'), 'TR-1'), leadsAward(user('public'), 'TR-1')]).toEqual([true, false, false]);
  });
  it('reads euros per heading as cents in the UI language', () => {
    expect(costsInCents({ travel: '1.234,50', equipment: '', services: 'abc' }, 'tr')).toEqual({ costs: { travel: 123_450 }, bad: ['services'] });
    expect(costsInCents({ travel: '1,234.50' }, 'en')).toEqual({ costs: { travel: 123_450 }, bad: [] });
  });
});
