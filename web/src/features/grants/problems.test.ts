import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { fieldLabel, formErrors, formPath, lockedFields, problemText } from './problems';

let t: TFunction;
beforeAll(async () => {
  await i18n.changeLanguage('en');
  t = i18n.t.bind(i18n) as TFunction;
});

describe('server field problems in the editor', () => {
  it('puts each problem on its input, a list entry on its list', () => {
    expect(formPath('rules.minGrantCents')).toBe('rules.minGrantCents');
    expect(formPath('rules.partnerCountries.3')).toBe('rules.partnerCountries');
    expect(formPath('rules.grid.sections.0.threshold')).toBe('rules.grid.sections.0.threshold');
  });

  it('translates codes with their figures: money, Istanbul time, numbers', () => {
    expect(problemText({ path: 'rules.minGrantCents', message: 'x', code: 'min_grant_above_max', params: { maxGrantCents: 13_000_000 } }, t, 'en-GB'))
      .toBe('The minimum grant is above the maximum grant (€130,000).');
    expect(problemText({ path: 'rules.deadlineAt', message: 'x', code: 'deadline_not_after_opening', params: { opensAt: '2026-03-17T10:00:00+03:00' } }, t, 'en-GB'))
      .toBe('The deadline must come after the opening (17 March 2026, 10:00 (Istanbul time)).');
    expect(problemText({ path: 'rules.grid.sections.0.threshold', message: 'x', code: 'threshold_above_section_max', params: { max: 30 } }, t, 'en-GB'))
      .toBe("The threshold is above the section's 30 points.");
  });

  it('never shows the server wording: schema problems without a code read as "not valid"', () => {
    const errors = formErrors([
      { path: 'rules.grid.sections.1.criteria.0.maxScore', message: 'Too small: expected number to be >=1' },
      { path: 'rules.minGrantCents', message: 'min grant above max', code: 'min_grant_above_max', params: { maxGrantCents: 100 } },
      { path: 'rules.minGrantCents', message: 'second', code: 'unknown_code' },
    ], t, 'en-GB');
    expect(errors).toEqual({
      'rules.grid.sections.1.criteria.0.maxScore': 'This value is not valid.',
      'rules.minGrantCents': 'The minimum grant is above the maximum grant (€1).',
    });
  });

  it('labels fields for the summary and reads the locked fields of a 409', () => {
    expect(fieldLabel('rules.maxGrantCents', t)).toBe('Maximum grant');
    expect(fieldLabel('rules.grid.sections.0.threshold', t)).toBe('Section 1: Threshold');
    expect(fieldLabel('rules.grid.sections.1.criteria.2.maxScore', t)).toBe('Criterion 2.3: Max score');
    expect(fieldLabel('rules.grid.overallThreshold', t)).toBe('Overall threshold');
    expect(fieldLabel('titleEn', t)).toBe('Title (English)');
    expect(lockedFields('Published: applicants rely on budgetCents, grid.sections.0.threshold; only the deadline may be extended'))
      .toEqual(['budgetCents', 'grid.sections.0.threshold']);
    expect(lockedFields('Published: the title is fixed')).toEqual([]);
  });
});
