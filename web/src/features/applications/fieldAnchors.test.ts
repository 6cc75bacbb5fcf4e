import { describe, expect, it } from 'vitest';
import { anchorOf, budgetCellId, fieldLabel, itemId, partnerId, type AnchorContext } from './fieldAnchors';

const ctx: AnchorContext = {
  budget: [
    { heading: 'human_resources', year: 1, description: '', amountCents: 1 },
    { heading: 'travel', year: 3, description: '', amountCents: 1 },
  ],
  partners: [{ code: 'DE_05315000', name: 'Köln' }, { code: 'FR 75056', name: 'Paris' }],
};

describe('problem anchors', () => {
  it('links text fields, the grant and whole lists to their inputs and sections', () => {
    expect(anchorOf('content.titleEn', ctx)).toBe('app-titleEn');
    expect(anchorOf('content.theme', ctx)).toBe('app-theme');
    expect(anchorOf('content.durationMonths', ctx)).toBe('app-durationMonths');
    expect(anchorOf('content.requestedGrantCents', ctx)).toBe('app-requestedGrant');
    expect(anchorOf('content.objectives', ctx)).toBe('app-objectives');
    expect(anchorOf('content.activities', ctx)).toBe('app-activities');
    expect(anchorOf('content.budget', ctx)).toBe('app-budget');
  });

  it('links an item of a list to its input, and a budget line to its cell', () => {
    expect(anchorOf('content.activities.2.endMonth', ctx)).toBe(itemId('activities', 2, 'endMonth'));
    expect(anchorOf('content.activities.0', ctx)).toBe('app-activity-0-title');
    expect(anchorOf('content.indicators.1.name', ctx)).toBe('app-indicator-1-name');
    expect(anchorOf('content.objectives.3', ctx)).toBe('app-objective-3');
    expect(anchorOf('content.budget.1.year', ctx)).toBe(budgetCellId('travel', 3));
    expect(anchorOf('content.budget.0.amountCents', ctx)).toBe('app-budget-human_resources-1');
    expect(anchorOf('content.budget.9.amountCents', ctx)).toBe('app-budget');
  });

  it('links partner problems to the partner row, and to the section otherwise', () => {
    expect(anchorOf('partners.0.confirmed', ctx)).toBe(partnerId('DE_05315000'));
    expect(anchorOf('partners.1.country', ctx)).toBe('app-partner-FR_75056');
    expect(anchorOf('partners', ctx)).toBe('app-partners');
    expect(anchorOf('partners.7', ctx)).toBe('app-partners');
    expect(anchorOf('codes.0', ctx)).toBe('app-partners');
  });

  it('links nothing for the call and the lead, which are no fields of the form', () => {
    expect(anchorOf('call.deadlineAt', ctx)).toBeNull();
    expect(anchorOf('lead.type', ctx)).toBeNull();
    expect(anchorOf('content.unknown', ctx)).toBeNull();
  });

  it('names fields with their figures', () => {
    expect(fieldLabel('content.titleTr', ctx)).toEqual({ key: 'titleTr' });
    expect(fieldLabel('content.requestedGrantCents', ctx)).toEqual({ key: 'requestedGrant' });
    expect(fieldLabel('content.activities.2.endMonth', ctx)).toEqual({ key: 'activityN', params: { n: 3 } });
    expect(fieldLabel('content.expectedResults.0', ctx)).toEqual({ key: 'resultN', params: { n: 1 } });
    expect(fieldLabel('content.budget.1.year', ctx)).toEqual({ key: 'budgetCell', params: { heading: 'travel', year: 3 } });
    expect(fieldLabel('partners.0.confirmed', ctx)).toEqual({ key: 'partner', params: { name: 'Köln' } });
    expect(fieldLabel('partners', ctx)).toEqual({ key: 'partners' });
    expect(fieldLabel('call.deadlineAt', ctx)).toEqual({ key: 'call' });
  });
});
