import { describe, expect, it } from 'vitest';
import { callStage, callWaits, evaluationWait } from './grants.waits.rules';

const rules = { assessorsPerApplication: 2, divergenceThreshold: 20 };
const dates = { opensAt: '2026-01-01T00:00:00+03:00', deadlineAt: '2026-03-01T00:00:00+03:00' };
const sheet = (status: string, total: number | null = null) => ({ status, total });

describe('callStage', () => {
  it('follows the dates between publication and award', () => {
    expect(callStage('draft', dates, new Date('2026-02-01'))).toBe('draft');
    expect(callStage('published', dates, new Date('2025-12-01'))).toBe('upcoming');
    expect(callStage('published', dates, new Date('2026-02-01'))).toBe('open');
    expect(callStage('published', dates, new Date('2026-03-02'))).toBe('closed');
    expect(callStage('awarded', dates, new Date('2026-03-02'))).toBe('awarded');
  });
});

describe('evaluationWait', () => {
  it('asks for assessors while fewer live sheets than the call needs (conflicts do not count)', () => {
    expect(evaluationWait(rules, [])).toBe('assign');
    expect(evaluationWait(rules, [sheet('declared'), sheet('conflicted')])).toBe('assign');
  });
  it('asks for a further assessor when submitted scores diverge beyond the threshold', () => {
    expect(evaluationWait(rules, [sheet('submitted', 80), sheet('submitted', 50)])).toBe('diverge');
  });
  it('asks for the consensus once every live sheet is in and close enough', () => {
    expect(evaluationWait(rules, [sheet('submitted', 80), sheet('submitted', 70), sheet('conflicted')])).toBe('consensus');
  });
  it('asks nothing of the managers while assessors are still scoring', () => {
    expect(evaluationWait(rules, [sheet('submitted', 80), sheet('declared')])).toBe('scoring');
  });
});

describe('callWaits', () => {
  it('counts checks, assignments, divergences and consensus per application', () => {
    const apps = [
      { status: 'submitted', sheets: [] },
      { status: 'admin_check', sheets: [] },
      { status: 'evaluation', sheets: [] },
      { status: 'evaluation', sheets: [sheet('submitted', 90), sheet('submitted', 40)] },
      { status: 'evaluation', sheets: [sheet('submitted', 90), sheet('submitted', 85)] },
      { status: 'draft', sheets: [] },
    ];
    expect(callWaits('closed', rules, apps)).toEqual({ check: 2, assign: 1, diverge: 1, consensus: 1, award: 0 });
  });
  it('asks for the award only after the deadline, with something evaluated and nothing pending', () => {
    const done = [{ status: 'evaluated', sheets: [] }, { status: 'ineligible', sheets: [] }];
    expect(callWaits('closed', rules, done).award).toBe(1);
    expect(callWaits('open', rules, done).award).toBe(0);
    expect(callWaits('awarded', rules, done).award).toBe(0);
    expect(callWaits('closed', rules, [...done, { status: 'evaluation', sheets: [] }]).award).toBe(0);
    expect(callWaits('closed', rules, [{ status: 'ineligible', sheets: [] }]).award).toBe(0);
  });
  it('asks for no check before the deadline, and no award of concept notes', () => {
    const inTime = [{ status: 'submitted', sheets: [] }];
    expect(callWaits('open', rules, inTime).check).toBe(0);
    expect(callWaits('closed', rules, inTime).check).toBe(1);
    expect(callWaits('closed', rules, [{ status: 'evaluated', sheets: [] }], true).award).toBe(0);
  });
});
