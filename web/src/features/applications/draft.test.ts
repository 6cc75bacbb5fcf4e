import { describe, expect, it } from 'vitest';
import type { ApplicationContent } from '../../../../shared/grants';
import { canEdit, canWithdraw, laterStamp, patchOf, unsendable } from './draft';

const empty: ApplicationContent = {
  titleEn: '', titleTr: '', theme: null, summaryEn: '', summaryTr: '', objectives: [], activities: [],
  expectedResults: [], indicators: [], durationMonths: null, budget: [], requestedGrantCents: null,
};

describe('autosave', () => {
  it('holds back list items the server would refuse, and sends the rest', () => {
    const c: ApplicationContent = {
      ...empty,
      titleEn: 'Open data',
      objectives: ['Share data', ' '],
      activities: [{ title: 'Visit', description: '', startMonth: 1, endMonth: 0 }],
      indicators: [{ name: '', unit: '', baseline: 0, target: 1 }],
    };
    expect(unsendable(c)).toEqual({ objectives: 'emptyItem', activities: 'months', indicators: 'indicatorName' });
    expect(patchOf(c, ['titleEn', 'objectives', 'activities', 'indicators'])).toEqual({ titleEn: 'Open data' });
    expect(patchOf({ ...c, objectives: ['Share data'] }, ['objectives'])).toEqual({ objectives: ['Share data'] });
  });

  it('sends only the changed fields, nulls included', () => {
    expect(patchOf({ ...empty, requestedGrantCents: null, durationMonths: 18 }, ['requestedGrantCents'])).toEqual({ requestedGrantCents: null });
    expect(unsendable({ ...empty, durationMonths: 61 })).toEqual({ durationMonths: 'months' });
  });

  it('keeps the later update stamp whatever order answers arrive in', () => {
    const a = '2026-11-28T10:00:00.000Z';
    const b = '2026-11-28T10:00:00.001Z';
    expect(laterStamp(a, b)).toBe(b);
    expect(laterStamp(b, a)).toBe(b);
  });

  it('lets the lead edit drafts only, and withdraw before a decision', () => {
    expect(canEdit({ viewerRole: 'lead', status: 'draft' })).toBe(true);
    expect(canEdit({ viewerRole: 'partner', status: 'draft' })).toBe(false);
    expect(canEdit({ viewerRole: 'lead', status: 'submitted' })).toBe(false);
    expect(canWithdraw({ viewerRole: 'lead', status: 'evaluation' })).toBe(true);
    expect(canWithdraw({ viewerRole: 'lead', status: 'awarded' })).toBe(false);
    expect(canWithdraw({ viewerRole: 'manager', status: 'draft' })).toBe(false);
  });
});
