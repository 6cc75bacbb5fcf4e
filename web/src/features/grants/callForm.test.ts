import { describe, expect, it } from 'vitest';
import { callRules } from '../../../../shared/grants';
import { twinningGrid } from '../../../../shared/grants.grid';
import { call2018Rules } from '../../../../shared/grants.fixtures';
import { validateCallRules } from '../../../../shared/grants.call.rules';
import { defaultCallValues } from './callDefaults';
import { freeKey, newCriterion, newSection, relocalise, toBody, toValues, typedSectionMax, type CallValues } from './callForm';
import { ledgerSegments } from './ledger';
import { indicatorProgress } from './indicators.rules';

const NOW = new Date('2026-03-10T09:00:00Z');
const named = (v: CallValues): CallValues => ({ ...v, reference: 'TWIN-2026/01', titleEn: 'Call', titleTr: 'Çağrı' });

describe('call editor values', () => {
  it('sends the stage fields of a two-stage call only, and reads them back', () => {
    const one = toBody(named(defaultCallValues(NOW, 'en-GB')), 'en-GB').body!.rules;
    expect([one.preSelectionThreshold, one.fullDeadlineAt]).toEqual([undefined, undefined]);
    const v = named(defaultCallValues(NOW, 'en-GB'));
    const two = toBody({ ...v, rules: { ...v.rules, twoStage: true, preSelectionThreshold: '32', fullDeadlineAt: '2026-12-01T17:00' } }, 'en-GB').body!.rules;
    expect(two).toMatchObject({ twoStage: true, preSelectionThreshold: 32, fullDeadlineAt: '2026-12-01T17:00:00+03:00' });
    expect(validateCallRules(two)).toEqual([]);
    expect(toValues(two, 'en-GB')).toMatchObject({ preSelectionThreshold: 32, fullDeadlineAt: '2026-12-01T17:00' });
    const bad = toBody({ ...v, rules: { ...v.rules, twoStage: true, fullDeadlineAt: 'soon' } }, 'en-GB');
    expect(bad.problems).toEqual({ 'rules.fullDeadlineAt': 'datetime' });
  });
  it('starts from the 2018 call’s money and eligibility and the PRAG-structured grid with guidance, as valid rules', () => {
    for (const locale of ['en-GB', 'tr-TR']) {
      const out = toBody(named(defaultCallValues(NOW, locale)), locale);
      expect(out.problems).toBeNull();
      const rules = out.body!.rules;
      expect(callRules.safeParse(rules).success).toBe(true);
      expect(validateCallRules(rules)).toEqual([]);
      const fixture = call2018Rules();
      const { opensAt: _o, deadlineAt: _d, ...same } = fixture;
      const { grid: _g, ...money } = same;
      expect(rules).toMatchObject(money);
      expect(rules.grid).toEqual(twinningGrid());
      expect(rules.grid.sections.map((s) => s.key)).toEqual(['capacity', 'relevance', 'design', 'implementation', 'sustainability', 'budget']);
      for (const c of rules.grid.sections.flatMap((s) => s.criteria)) expect([c.guidanceEn?.length, c.guidanceTr?.length]).toEqual([expect.any(Number), expect.any(Number)]);
    }
  });

  it('opens a week from today at 10:00 and closes 106 days later at 17:00, Istanbul time', () => {
    const v = defaultCallValues(NOW, 'en-GB');
    expect(v.rules.opensAt).toBe('2026-03-17T10:00');
    expect(v.rules.deadlineAt).toBe('2026-07-01T17:00');
    expect(toBody(named(v), 'en-GB').body?.rules.deadlineAt).toBe('2026-07-01T17:00:00+03:00');
  });

  it('round-trips stored rules through the form in both languages, criteria guidance included', () => {
    const plain = { ...call2018Rules(), minGrantCents: 6_000_029, maxIndirectBp: 725, sameCountryExclusion: 'both' as const };
    for (const rules of [plain, { ...plain, grid: twinningGrid() }, { ...plain, partnerTypes: ['municipality' as const, 'region' as const] }])
      for (const locale of ['en-GB', 'tr-TR']) {
        const values: CallValues = { reference: 'R-1', titleEn: 'a', titleTr: 'b', rules: toValues(rules, locale) };
        expect(toBody(values, locale).body?.rules).toStrictEqual(rules);
      }
  });

  it('keeps a stored instant with seconds when the manager left it as shown', () => {
    const rules = { ...call2018Rules(), opensAt: '2026-11-18T15:44:57.819Z' };
    const values: CallValues = { reference: 'R-1', titleEn: 'a', titleTr: 'b', rules: toValues(rules, 'en-GB') };
    expect(toBody(values, 'en-GB', rules).body?.rules.opensAt).toBe('2026-11-18T15:44:57.819Z');
    expect(toBody(values, 'en-GB').body?.rules.opensAt).toBe('2026-11-18T18:44:00+03:00');
    values.rules.deadlineAt = '2019-01-20T17:00';
    expect(toBody(values, 'en-GB', rules).body?.rules.deadlineAt).toBe('2019-01-20T17:00:00+03:00');
  });

  it('rewrites amounts and rates in the number style of the new language', () => {
    const v = defaultCallValues(NOW, 'en-GB').rules;
    v.minGrantCents = '60,000.5';
    v.maxIndirectBp = '7.5';
    v.maxGrantCents = 'oops';
    const tr = relocalise(v, 'en-GB', 'tr-TR');
    expect([tr.budgetCents, tr.minGrantCents, tr.maxIndirectBp, tr.maxGrantCents]).toEqual(['2.600.000', '60.000,50', '7,5', 'oops']);
  });

  it('names every field whose text does not convert, by its API path', () => {
    const v = named(defaultCallValues(NOW, 'en-GB'));
    v.rules.minGrantCents = '60.000';
    v.rules.maxIndirectBp = '7.125';
    v.rules.deadlineAt = '2026-02-30T17:00';
    v.rules.grid.sections[1]!.criteria[2]!.maxScore = '';
    v.rules.minPartners = 1.5;
    expect(toBody(v, 'en-GB').problems).toEqual({
      'rules.minGrantCents': 'money',
      'rules.maxIndirectBp': 'percent',
      'rules.deadlineAt': 'datetime',
      'rules.minPartners': 'number',
      'rules.grid.sections.1.criteria.2.maxScore': 'number',
    });
  });

  it('sends the EU share floor, minimum duration and excluded authorities only when set, and reads them back', () => {
    const v = named(defaultCallValues(NOW, 'tr-TR'));
    // By default the national union is excluded while unions of municipalities may lead; no floor, no minimum.
    const plain = toBody(v, 'tr-TR').body!.rules;
    expect(plain.leadTypes).toContain('union_of_municipalities');
    expect(plain.excludedAuthorities).toEqual(['TR-BIR-TBB']);
    expect('minEuShareBp' in plain || 'minDurationMonths' in plain).toBe(false);
    v.rules.minEuShareBp = '85,5';
    v.rules.minDurationMonths = 6;
    v.rules.excludedAuthorities = [];
    const rules = toBody(v, 'tr-TR').body!.rules;
    expect([rules.minEuShareBp, rules.minDurationMonths, 'excludedAuthorities' in rules]).toEqual([8550, 6, false]);
    expect(callRules.safeParse(rules).success).toBe(true);
    const back = toValues(rules, 'en-GB');
    expect([back.minEuShareBp, back.minDurationMonths, back.excludedAuthorities]).toEqual(['85.5', 6, []]);
    expect(relocalise(back, 'en-GB', 'tr-TR').minEuShareBp).toBe('85,5');
    v.rules.minEuShareBp = 'lots';
    expect(toBody(v, 'tr-TR').problems).toEqual({ 'rules.minEuShareBp': 'percent' });
  });

  it('sends no tie-break section unless ties are broken by a section score; an empty threshold is none', () => {
    const v = named(defaultCallValues(NOW, 'en-GB'));
    v.rules.tieBreaks = ['unfunded_theme_first'];
    v.rules.grid.sections[0]!.threshold = '';
    const rules = toBody(v, 'en-GB').body!.rules;
    expect(rules.tieBreakSection).toBeNull();
    expect(rules.grid.sections[0]!.threshold).toBeNull();
  });

  it('gives new sections and criteria keys unique in the grid', () => {
    const sections = defaultCallValues(NOW, 'en-GB').rules.grid.sections;
    expect(freeKey('section_', ['section_1', 'section_3'])).toBe('section_2');
    const added = newSection(sections);
    expect(added.key).toBe('section_1');
    expect(newCriterion('relevance', sections).key).toBe('relevance_5');
    expect(typedSectionMax(sections[1]!)).toBe(30);
    expect(sections.reduce((s, x) => s + typedSectionMax(x), 0)).toBe(100);
  });
});

describe('ledger bar and indicators', () => {
  it('splits the budget into paid (net of recoveries), awarded not yet paid, and left', () => {
    const l = { totalCents: 1000, awardedCents: 700, committedCents: 600, paidCents: 450, recoveredCents: 50, owedCents: 200, leftCents: 300, recoveryDueCents: 0 };
    expect(ledgerSegments(l)).toEqual({ paid: 400, unpaid: 300, open: 0, left: 300, total: 1000 });
  });

  it('splits a programme envelope: paid, awarded not paid, held by calls not awarded, left for new calls', () => {
    // A EUR 5 M envelope, 4.1 M in calls, 1 M awarded of which 0.4 M paid.
    const l = { totalCents: 500, awardedCents: 100, committedCents: 100, paidCents: 40, recoveredCents: 0, owedCents: 60, leftCents: 400, allottedCents: 410, unallottedCents: 90, recoveryDueCents: 0 };
    expect(ledgerSegments(l)).toEqual({ paid: 40, unpaid: 60, open: 310, left: 90, total: 500 });
  });

  it('measures progress from the baseline to the target', () => {
    expect(indicatorProgress({ baseline: 0, target: 100, achieved: 105 })).toBe(105);
    expect(indicatorProgress({ baseline: 20, target: 120, achieved: 70 })).toBe(50);
    expect(indicatorProgress({ baseline: 0, target: 30, achieved: null })).toBeNull();
    expect(indicatorProgress({ baseline: 5, target: 5, achieved: 5 })).toBe(100);
  });
});
