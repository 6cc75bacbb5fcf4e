import { describe, expect, it } from 'vitest';
import { callRules, type CallRules } from './grants';
import {
  CALL_PROBLEM_CODES, deadlinePassed, gridMaxScore, isOpen, lockedAfterPublish,
  sectionMaxScore, validateCallRules,
} from './grants.call.rules';
import { call2018Rules } from './grants.fixtures';
import { conceptNoteGrid } from './grants.concept';
import type { Problem } from './problems';

const seen = new Set<string>();
const check = (change: (r: CallRules) => void): Problem[] => {
  const rules = call2018Rules();
  change(rules);
  const out = validateCallRules(rules);
  out.forEach((x) => seen.add(x.code));
  return out;
};
const codes = (ps: Problem[]) => ps.map((x) => `${x.field}:${x.code}`);

describe('the 2018 fixture', () => {
  it('parses with the shared schema and has no problems', () => {
    expect(callRules.parse(call2018Rules())).toEqual(call2018Rules());
    expect(validateCallRules(call2018Rules())).toEqual([]);
  });
  it('has a 100-point grid: relevance 30, capacity 20, methodology 25, sustainability 15, budget 10', () => {
    const { grid } = call2018Rules();
    expect(grid.sections.map((s) => [s.key, sectionMaxScore(s)])).toEqual([
      ['relevance', 30], ['operational_capacity', 20], ['methodology', 25], ['sustainability', 15], ['budget', 10],
    ]);
    expect(gridMaxScore(grid)).toBe(100);
  });
});

describe('validateCallRules', () => {
  it('allows min = max grant = budget', () => {
    expect(check((r) => { r.minGrantCents = r.maxGrantCents = r.budgetCents; })).toEqual([]);
  });
  it('refuses min above max and max above budget', () => {
    expect(codes(check((r) => { r.minGrantCents = r.maxGrantCents + 1; }))).toEqual(['minGrantCents:min_grant_above_max']);
    expect(codes(check((r) => { r.maxGrantCents = r.budgetCents + 1; }))).toEqual(['maxGrantCents:max_grant_above_budget']);
  });
  it('refuses a 100 % co-financing requirement', () => {
    expect(codes(check((r) => { r.minCoFinancingBp = 10_000; }))).toEqual(['minCoFinancingBp:co_financing_leaves_no_grant']);
    expect(check((r) => { r.minCoFinancingBp = 9_999; })).toEqual([]);
  });
  it('needs the deadline strictly after the opening, comparing instants not strings', () => {
    expect(codes(check((r) => { r.deadlineAt = r.opensAt; }))).toEqual(['deadlineAt:deadline_not_after_opening']);
    expect(codes(check((r) => { r.deadlineAt = '2018-10-01T07:00:00Z'; }))).toEqual(['deadlineAt:deadline_not_after_opening']);
    expect(check((r) => { r.deadlineAt = '2018-10-01T07:00:01Z'; })).toEqual([]);
    expect(codes(check((r) => { r.opensAt = 'soon'; }))).toEqual(['opensAt:invalid_datetime']);
  });
  it('names duplicated list values and unknown countries by index', () => {
    expect(check((r) => { r.themes.push('energy'); })).toEqual([{ field: 'themes.10', code: 'duplicate_value', params: { value: 'energy' } }]);
    expect(codes(check((r) => { r.tieBreaks.push('unfunded_theme_first'); }))).toEqual(['tieBreaks.2:duplicate_value']);
    expect(codes(check((r) => { r.partnerCountries = ['DE', 'EL', 'US']; }))).toEqual(['partnerCountries.1:unknown_country', 'partnerCountries.2:unknown_country']);
  });
  it('needs unique section keys and criterion keys unique across the grid', () => {
    expect(codes(check((r) => { r.grid.sections[4]!.key = 'relevance'; }))).toEqual(['grid.sections.4.key:duplicate_key']);
    expect(codes(check((r) => { r.grid.sections[1]!.criteria[2]!.key = 'relevance_1'; }))).toEqual(['grid.sections.1.criteria.2.key:duplicate_key']);
  });
  it('allows thresholds up to the maximum and refuses one point more', () => {
    expect(check((r) => { r.grid.sections[0]!.threshold = 30; r.grid.overallThreshold = 100; r.divergenceThreshold = 100; })).toEqual([]);
    expect(check((r) => { r.grid.sections[0]!.threshold = 31; })).toEqual([{ field: 'grid.sections.0.threshold', code: 'threshold_above_section_max', params: { max: 30 } }]);
    expect(codes(check((r) => { r.grid.overallThreshold = 101; }))).toEqual(['grid.overallThreshold:threshold_above_grid_max']);
    expect(codes(check((r) => { r.divergenceThreshold = 101; }))).toEqual(['divergenceThreshold:divergence_above_grid_max']);
  });
  it('refuses an eliminatory section without a threshold', () => {
    expect(codes(check((r) => { r.grid.sections[0]!.threshold = null; }))).toEqual(['grid.sections.0.threshold:eliminatory_without_threshold']);
  });
  it('needs the tie-break section when ties are broken by a section score, and it must exist', () => {
    expect(codes(check((r) => { r.tieBreakSection = null; }))).toEqual(['tieBreakSection:tie_break_section_required']);
    expect(check((r) => { r.tieBreakSection = null; r.tieBreaks = ['unfunded_theme_first']; })).toEqual([]);
    expect(codes(check((r) => { r.tieBreakSection = 'impact'; }))).toEqual(['tieBreakSection:tie_break_section_unknown']);
  });
  it('refuses an EU share floor the co-financing floor leaves no room for, and a minimum duration above the maximum', () => {
    expect(check((r) => { r.minEuShareBp = 9000; })).toEqual([]); // 90 % + 10 % co-financing: exactly one split
    expect(check((r) => { r.minEuShareBp = 9001; })).toEqual([
      { field: 'minEuShareBp', code: 'eu_share_conflicts_with_co_financing', params: { minCoFinancingBp: 1000, maxEuShareBp: 9000 } },
    ]);
    expect(check((r) => { r.minDurationMonths = 18; })).toEqual([]);
    expect(codes(check((r) => { r.minDurationMonths = 19; }))).toEqual(['minDurationMonths:min_duration_above_max']);
    expect(codes(check((r) => { r.excludedAuthorities = ['TR-BIR-TBB', 'TR-BIR-TBB']; }))).toEqual(['excludedAuthorities.1:duplicate_value']);
  });
  it('needs a two-stage call to set a full-application deadline after the concept deadline', () => {
    expect(codes(check((r) => { r.twoStage = true; }))).toEqual(['fullDeadlineAt:full_deadline_required']);
    expect(codes(check((r) => { r.twoStage = true; r.fullDeadlineAt = r.deadlineAt; }))).toEqual(['fullDeadlineAt:full_deadline_not_after_concept']);
    expect(check((r) => { r.twoStage = true; r.fullDeadlineAt = '2019-04-15T17:00:00+03:00'; })).toEqual([]);
  });
  it('holds a two-stage call’s own concept-note grid to the grid rules, by its own paths', () => {
    const twoStage = (r: CallRules) => { r.twoStage = true; r.fullDeadlineAt = '2019-04-15T17:00:00+03:00'; r.conceptGrid = conceptNoteGrid(); };
    expect(check(twoStage)).toEqual([]);
    expect(codes(check((r) => {
      twoStage(r);
      const [relevance, design] = r.conceptGrid!.sections;
      relevance!.threshold = 31;
      design!.eliminatory = true;
      design!.criteria[1]!.key = design!.criteria[0]!.key;
    }))).toEqual(['conceptGrid.sections.1.criteria.1.key:duplicate_key', 'conceptGrid.sections.0.threshold:threshold_above_section_max', 'conceptGrid.sections.1.threshold:eliminatory_without_threshold']);
    // A one-stage call keeps no concept notes: a leftover grid is not checked.
    expect(check((r) => { r.conceptGrid = { ...conceptNoteGrid(), sections: [{ ...conceptNoteGrid().sections[0]!, threshold: 99 }] }; })).toEqual([]);
  });
  it('names every problem at once', () => {
    const out = check((r) => { r.minGrantCents = r.budgetCents + 2; r.maxGrantCents = r.budgetCents + 1; r.deadlineAt = r.opensAt; r.tieBreakSection = 'x'; });
    expect(out.map((x) => x.code)).toEqual(['min_grant_above_max', 'max_grant_above_budget', 'deadline_not_after_opening', 'tie_break_section_unknown']);
  });
  it('exercises every call problem code', () => {
    expect([...seen].sort()).toEqual([...CALL_PROBLEM_CODES].sort());
  });
});

describe('lockedAfterPublish', () => {
  const edit = (change: (r: CallRules) => void) => {
    const after = call2018Rules();
    change(after);
    return lockedAfterPublish(call2018Rules(), after);
  };
  it('reports nothing for an unchanged or equivalently written call', () => {
    expect(edit(() => {})).toEqual([]);
    expect(edit((r) => { r.deadlineAt = '2019-01-15T14:00:00.000Z'; r.opensAt = '2018-10-01T07:00:00Z'; r.themes.reverse(); })).toEqual([]);
  });
  it('lets the deadline be extended but never shortened', () => {
    expect(edit((r) => { r.deadlineAt = '2019-02-15T17:00:00+03:00'; })).toEqual([]);
    expect(edit((r) => { r.deadlineAt = '2019-01-15T16:59:59+03:00'; })).toEqual(['deadlineAt']);
  });
  it('reports nested grid changes by path', () => {
    expect(edit((r) => { r.grid.sections[0]!.threshold = 18; })).toEqual(['grid.sections.0.threshold']);
    expect(edit((r) => { r.grid.sections[1]!.criteria.pop(); })).toEqual(['grid.sections.1.criteria.3']);
    expect(edit((r) => { r.grid.sections[2]!.titleEn = 'Method'; r.grid.overallThreshold = 50; })).toEqual(['grid.sections.2.titleEn', 'grid.overallThreshold']);
  });
  it('locks every other field of the call', () => {
    const changes: Record<keyof CallRules, (r: CallRules) => void> = {
      currency: (r) => { (r as { currency: string }).currency = 'TRY'; },
      budgetCents: (r) => { r.budgetCents += 1; }, minGrantCents: (r) => { r.minGrantCents -= 1; }, maxGrantCents: (r) => { r.maxGrantCents += 1; },
      minCoFinancingBp: (r) => { r.minCoFinancingBp = 500; }, maxIndirectBp: (r) => { r.maxIndirectBp = 1000; },
      themes: (r) => { r.themes.pop(); }, leadTypes: (r) => { r.leadTypes.push('municipality'); },
      leadCountries: (r) => { r.leadCountries = ['DE']; }, partnerCountries: (r) => { r.partnerCountries = ['DE']; }, partnerTypes: (r) => { r.partnerTypes = ['region']; },
      minPartners: (r) => { r.minPartners = 2; }, opensAt: (r) => { r.opensAt = '2018-09-01T10:00:00+03:00'; },
      deadlineAt: (r) => { r.deadlineAt = '2019-01-01T17:00:00+03:00'; }, maxDurationMonths: (r) => { r.maxDurationMonths = 24; },
      grid: (r) => { r.grid.sections[0]!.eliminatory = false; }, assessorsPerApplication: (r) => { r.assessorsPerApplication = 3; },
      divergenceThreshold: (r) => { r.divergenceThreshold = 15; }, excludeSameCountryAssessors: (r) => { r.excludeSameCountryAssessors = false; },
      twoStage: (r) => { r.twoStage = true; }, amountChangeLimitBp: (r) => { r.amountChangeLimitBp = 1000; },
      preFinancingBp: (r) => { r.preFinancingBp = 9000; }, tieBreaks: (r) => { r.tieBreaks.reverse(); },
      tieBreakSection: (r) => { r.tieBreakSection = 'methodology'; },
      minEuShareBp: (r) => { r.minEuShareBp = 5000; }, minDurationMonths: (r) => { r.minDurationMonths = 6; },
      excludedAuthorities: (r) => { r.excludedAuthorities = ['TR-BIR-MBB']; },
      sameCountryExclusion: (r) => { r.sameCountryExclusion = 'lead'; }, reserveValidMonths: (r) => { r.reserveValidMonths = 12; },
      conceptGrid: (r) => { r.conceptGrid = { sections: r.grid.sections.slice(0, 1), overallThreshold: 0 }; },
      preSelectionThreshold: (r) => { r.preSelectionThreshold = 30; }, fullDeadlineAt: (r) => { r.fullDeadlineAt = '2019-04-15T17:00:00+03:00'; },
    };
    for (const [field, change] of Object.entries(changes)) expect([...new Set(edit(change).map((f) => f.split('.')[0]))]).toEqual([field]);
  });
});

describe('isOpen and deadlinePassed', () => {
  const r = call2018Rules();
  const at = (iso: string) => new Date(iso);
  it('opens at the opening instant, not a millisecond earlier', () => {
    expect(isOpen(r, at('2018-10-01T06:59:59.999Z'))).toBe(false);
    expect(isOpen(r, at('2018-10-01T07:00:00Z'))).toBe(true);
  });
  it('takes a submission at exactly the deadline instant and none a millisecond later', () => {
    expect(isOpen(r, at('2019-01-15T14:00:00Z'))).toBe(true);
    expect(deadlinePassed(r, at('2019-01-15T14:00:00Z'))).toBe(false);
    expect(isOpen(r, at('2019-01-15T14:00:00.001Z'))).toBe(false);
    expect(deadlinePassed(r, at('2019-01-15T14:00:00.001Z'))).toBe(true);
  });
  it('fails closed on an unparsable deadline', () => {
    expect(deadlinePassed({ ...r, deadlineAt: 'never' }, at('2018-11-01T00:00:00Z'))).toBe(true);
  });
});

