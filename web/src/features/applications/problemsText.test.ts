import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_PROBLEM_CODES } from '../../../../shared/grants.budget.rules';
import { ELIGIBILITY_PROBLEM_CODES } from '../../../../shared/grants.eligibility.rules';
import i18n from '../../i18n';
import { problemsOfError, showProblem } from './problemsText';

const ctx = { budget: [], partners: [{ code: 'DE_05315000', name: 'Köln' }] };

// Both dictionaries: each is loaded on demand, and these tests read Turkish while English is active.
beforeAll(async () => {
  await i18n.loadLanguages(['tr', 'en']);
  await i18n.changeLanguage('en');
});

describe('problem messages', () => {
  it('translate every code the rules return, in both languages', () => {
    for (const lang of ['en', 'tr']) {
      for (const code of [...BUDGET_PROBLEM_CODES, ...ELIGIBILITY_PROBLEM_CODES]) expect(i18n.exists(`applications.problems.${code}`, { lng: lang }), `${lang} ${code}`).toBe(true);
    }
  });

  it('name the partner, format money and rates, and link the field', () => {
    const t = i18n.getFixedT('en');
    expect(showProblem({ field: 'partners.0.confirmed', code: 'partner_not_confirmed', params: { code: 'DE_05315000' } }, t, 'en-GB', ctx)).toEqual({
      key: 'partners.0.confirmed|partner_not_confirmed',
      label: 'Partner Köln',
      message: 'Köln has not confirmed its participation yet.',
      anchor: 'app-partner-DE_05315000',
    });
    const shown = showProblem({ field: 'content.requestedGrantCents', code: 'co_financing_below_minimum', params: { minCoFinancingBp: 1000, coFinancingRateBp: 550 } }, t, 'en-GB', ctx);
    expect(shown.message).toBe("Co-financing of 5.5% is below the call's minimum of 10%.");
    expect(showProblem({ field: 'content.requestedGrantCents', code: 'grant_below_minimum', params: { minGrantCents: 6_000_000 } }, t, 'en-GB', ctx).message)
      .toBe("The grant is below the call's minimum of €60,000.");
  });

  it('speak Turkish with Turkish number formats', () => {
    const t = i18n.getFixedT('tr');
    const shown = showProblem({ field: 'content.titleTr', code: 'required' }, t, 'tr-TR', ctx);
    expect(shown).toMatchObject({ label: 'Başlık (Türkçe)', message: 'Bu alan zorunludur.', anchor: 'app-titleTr' });
    expect(showProblem({ field: 'content.requestedGrantCents', code: 'grant_above_maximum', params: { maxGrantCents: 13_000_000 } }, t, 'tr-TR', ctx).message).toContain('€130.000');
  });

  it('read a refused request’s fields as problems, unknown codes as invalid', () => {
    expect(problemsOfError([{ path: 'partners', message: 'too few partners', code: 'too_few_partners', params: { minPartners: 1, count: 0 } }, { path: 'x', message: 'bad' }]))
      .toEqual([{ field: 'partners', code: 'too_few_partners', params: { minPartners: 1, count: 0 } }, { field: 'x', code: 'invalid' }]);
  });
});
