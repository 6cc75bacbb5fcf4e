import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET_HEADINGS, type BudgetLine } from './grants';
import { maxIndirectCents, summariseBudget } from './grants.budget.rules';
import {
  ADMIN_CHECKS, adminCheckOutcome, ELIGIBILITY_PROBLEM_CODES, stageTwoAmountProblems, submissionProblems, type SubmissionInput,
} from './grants.eligibility.rules';
import { call2018Rules, validContent2018 } from './grants.fixtures';
import type { Problem } from './problems';

const EUR = 100;
const rules = call2018Rules();
const during = new Date('2018-12-01T09:00:00Z');
const valid = (): SubmissionInput => ({
  lead: { code: 'TR-M-1126', type: 'district_center', country: 'TR' },
  partners: [{ code: 'DE_05315000', country: 'DE', type: 'municipality', confirmed: true }],
  content: validContent2018(),
});
const seen = new Set<string>();
const check = (change: (i: SubmissionInput) => void, now = during): Problem[] => {
  const input = valid();
  change(input);
  const out = submissionProblems(input, rules, now);
  out.forEach((x) => seen.add(x.code));
  return out;
};
const codes = (ps: Problem[]) => ps.map((x) => `${x.field}:${x.code}`);
/** Records the codes of problems not produced through `check`. */
const noted = (ps: Problem[]): Problem[] => {
  ps.forEach((x) => seen.add(x.code));
  return ps;
};

describe('submissionProblems: timing', () => {
  it('accepts a complete application between opening and deadline', () => {
    expect(check(() => {})).toEqual([]);
  });
  it('accepts at exactly the opening and exactly the deadline instant', () => {
    expect(check(() => {}, new Date('2018-10-01T07:00:00Z'))).toEqual([]);
    expect(check(() => {}, new Date('2019-01-15T14:00:00Z'))).toEqual([]);
  });
  it('refuses a millisecond before the opening and after the deadline', () => {
    expect(codes(check(() => {}, new Date('2018-10-01T06:59:59.999Z')))).toEqual(['call.opensAt:call_not_open']);
    expect(check(() => {}, new Date('2019-01-15T14:00:00.001Z'))).toEqual([
      { field: 'call.deadlineAt', code: 'deadline_passed', params: { deadlineAt: '2019-01-15T17:00:00+03:00' } },
    ]);
  });
});

describe('submissionProblems: lead and partners', () => {
  it('refuses a lead of an ineligible type or country', () => {
    expect(codes(check((i) => { i.lead.type = 'municipality'; i.lead.country = 'DE'; }))).toEqual(['lead.type:lead_type_ineligible', 'lead.country:lead_country_ineligible']);
  });
  it('names an unconfirmed partner, which does not count', () => {
    expect(check((i) => { i.partners[0]!.confirmed = false; })).toEqual([
      { field: 'partners.0.confirmed', code: 'partner_not_confirmed', params: { code: 'DE_05315000' } },
      { field: 'partners', code: 'too_few_partners', params: { minPartners: 1, count: 0 } },
    ]);
  });
  it('still names an unconfirmed partner when enough others confirmed', () => {
    expect(codes(check((i) => { i.partners = [...i.partners, { code: 'FR_75056', country: 'FR', type: 'municipality', confirmed: false }]; }))).toEqual(['partners.1.confirmed:partner_not_confirmed']);
  });
  it('counts a partner of any kind when the call names no partner types, and only the named kinds when it does', () => {
    const region = (i: SubmissionInput) => { i.partners = [{ code: 'DE-REG-02', country: 'DE', type: 'region', confirmed: true }]; };
    expect(check(region)).toEqual([]);
    const towns = { ...rules, partnerTypes: ['municipality' as const] };
    const input = valid();
    region(input);
    expect(noted(submissionProblems(input, towns, during))).toEqual([
      { field: 'partners.0.type', code: 'partner_type_ineligible', params: { code: 'DE-REG-02', value: 'region' } },
      { field: 'partners', code: 'too_few_partners', params: { minPartners: 1, count: 0 } },
    ]);
    expect(submissionProblems(valid(), towns, during)).toEqual([]);
  });
  it('counts neither a partner from outside the partner countries, nor the lead, nor a duplicate', () => {
    expect(codes(check((i) => { i.partners = [{ code: 'TR-M-1', country: 'TR', type: 'town', confirmed: true }]; })))
      .toEqual(['partners.0.country:partner_country_ineligible', 'partners:too_few_partners']);
    const lead = valid().lead;
    expect(codes(check((i) => { i.partners = [{ ...lead, confirmed: true }]; })))
      .toEqual(['partners.0:partner_is_lead', 'partners.0.country:partner_country_ineligible', 'partners:too_few_partners']);
    const rules2 = { ...rules, minPartners: 2 };
    const input = valid();
    input.partners = [input.partners[0]!, input.partners[0]!];
    expect(noted(submissionProblems(input, rules2, during))).toEqual([
      { field: 'partners.1', code: 'partner_duplicate', params: { code: 'DE_05315000' } },
      { field: 'partners', code: 'too_few_partners', params: { minPartners: 2, count: 1 } },
    ]);
  });
});

describe('submissionProblems: content', () => {
  it('needs both titles and summaries, a theme, objectives, activities, indicators and a duration', () => {
    const out = check((i) => {
      Object.assign(i.content, { titleEn: ' ', titleTr: '', summaryEn: '', summaryTr: '', theme: null, objectives: [], activities: [], indicators: [], durationMonths: null });
    });
    expect(codes(out)).toEqual(['titleEn', 'titleTr', 'theme', 'summaryEn', 'summaryTr', 'objectives', 'activities', 'indicators', 'durationMonths'].map((f) => `content.${f}:required`));
  });
  it('refuses a theme the call does not fund', () => {
    expect(codes(noted(submissionProblems(valid(), { ...rules, themes: ['energy'] }, during)))).toEqual(['content.theme:theme_not_in_call']);
  });
  it('allows 18 months and refuses 19', () => {
    const longer = (months: number) => (i: SubmissionInput) => { i.content.durationMonths = months; i.content.activities[1]!.endMonth = months; };
    expect(check(longer(18))).toEqual([]);
    expect(check(longer(19))).toEqual([{ field: 'content.durationMonths', code: 'duration_above_maximum', params: { maxDurationMonths: 18 } }]);
  });
  it('keeps activities within the duration and in order', () => {
    expect(check((i) => { i.content.activities[0]!.endMonth = 12; })).toEqual([]);
    expect(codes(check((i) => { i.content.activities[0]!.endMonth = 13; }))).toEqual(['content.activities.0.endMonth:activity_beyond_duration']);
    expect(codes(check((i) => { i.content.activities[1]!.startMonth = 5; i.content.activities[1]!.endMonth = 4; })))
      .toEqual(['content.activities.1.endMonth:activity_ends_before_start']);
  });
  it('includes the budget problems', () => {
    expect(codes(check((i) => { i.content.requestedGrantCents = 200_000 * EUR; }))).toEqual(['content.requestedGrantCents:grant_above_maximum', 'content.requestedGrantCents:grant_above_total']);
  });
  it('names every failure at once', () => {
    const out = check((i) => { i.lead.country = 'DE'; i.partners = []; i.content.titleTr = ''; i.content.requestedGrantCents = null; }, new Date('2020-01-01T00:00:00Z'));
    expect(out.map((x) => x.code)).toEqual(['deadline_passed', 'lead_country_ineligible', 'too_few_partners', 'required', 'required']);
  });
  it('property: content that passes always has a grant within [min, max] and indirect costs within the cap', () => {
    const direct = fc.record({
      heading: fc.constantFrom(...BUDGET_HEADINGS.filter((h) => h !== 'indirect' && h !== 'contingency')),
      year: fc.integer({ min: 1, max: 2 }), description: fc.constant(''), amountCents: fc.integer({ min: 0, max: 50_000 * EUR }),
    });
    let passed = 0;
    fc.assert(
      fc.property(fc.array(direct, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 40_000 * EUR, max: 150_000 * EUR }), fc.integer({ min: 6, max: 24 }),
        (lines, indirectPermille, grant, months) => {
          const directCents = lines.reduce((a, l) => a + l.amountCents, 0);
          const budget: BudgetLine[] = [...lines, { heading: 'indirect', year: 1, description: '', amountCents: Math.floor((directCents * indirectPermille) / 10_000) }];
          const input = valid();
          Object.assign(input.content, { budget, requestedGrantCents: grant, durationMonths: months });
          input.content.activities = [{ title: 'All', description: '', startMonth: 1, endMonth: Math.min(months, 12) }];
          if (submissionProblems(input, rules, during).length > 0) return;
          passed++;
          const s = summariseBudget(budget, grant);
          expect(grant).toBeGreaterThanOrEqual(rules.minGrantCents);
          expect(grant).toBeLessThanOrEqual(rules.maxGrantCents);
          expect(s.indirectCents).toBeLessThanOrEqual(maxIndirectCents(s.directCents, rules));
        }),
      { numRuns: 3000 },
    );
    expect(passed).toBeGreaterThan(50);
  });
});

describe('stageTwoAmountProblems', () => {
  const concept = 100_000 * EUR;
  it('allows exactly ±20 % and refuses a cent more either way', () => {
    expect(stageTwoAmountProblems(concept, 120_000 * EUR, rules)).toEqual([]);
    expect(stageTwoAmountProblems(concept, 80_000 * EUR, rules)).toEqual([]);
    const limits = { conceptGrantCents: concept, amountChangeLimitBp: 2000, minGrantCents: 80_000 * EUR, maxGrantCents: 120_000 * EUR };
    expect(noted(stageTwoAmountProblems(concept, 120_000 * EUR + 1, rules))).toEqual([{ field: 'content.requestedGrantCents', code: 'grant_change_above_limit', params: limits }]);
    expect(stageTwoAmountProblems(concept, 80_000 * EUR - 1, rules)).toEqual([{ field: 'content.requestedGrantCents', code: 'grant_change_above_limit', params: limits }]);
  });
  it('property: the allowed band is symmetric around the concept amount, boundary included', () => {
    // Changes drawn anywhere in [0, concept] and, half the time, within two cents of the exact limit.
    const cases = fc.tuple(fc.integer({ min: 0, max: 1_000_000_000_00 }), fc.integer({ min: 0, max: 10_000 })).chain(([c, bp]) => {
      const limit = Math.floor((c * bp) / 10_000);
      const near = fc.integer({ min: Math.max(0, limit - 2), max: Math.min(c, limit + 2) });
      return fc.tuple(fc.constant(c), fc.constant(bp), fc.oneof(near, fc.integer({ min: 0, max: c })));
    });
    fc.assert(
      fc.property(cases, ([c, bp, d]) => {
        const r = { amountChangeLimitBp: bp };
        expect(stageTwoAmountProblems(c, c + d, r).length).toBe(stageTwoAmountProblems(c, c - d, r).length);
        expect(stageTwoAmountProblems(c, c + d, r).length === 0).toBe(BigInt(d) * 10_000n <= BigInt(c) * BigInt(bp));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('submissionProblems: per-call minimum EU share, minimum duration, excluded authorities', () => {
  // validContent2018: EUR 107,000 of costs, EUR 90,000 requested (84.11 %), 12 months.
  it('refuses a grant below the EU share floor, naming the smallest grant that meets it; the boundary passes', () => {
    const floor = { ...rules, minEuShareBp: 8500 };
    expect(noted(submissionProblems(valid(), floor, during))).toEqual([
      { field: 'content.requestedGrantCents', code: 'eu_share_below_minimum', params: { minEuShareBp: 8500, grantRateBp: 8411, minGrantCents: 90_950 * EUR } },
    ]);
    const atFloor = valid();
    atFloor.content.requestedGrantCents = 90_950 * EUR; // exactly 85.00 %
    expect(submissionProblems(atFloor, floor, during)).toEqual([]);
    atFloor.content.requestedGrantCents = 90_950 * EUR - 1;
    expect(codes(submissionProblems(atFloor, floor, during))).toEqual(['content.requestedGrantCents:eu_share_below_minimum']);
    // No floor set (calls before it existed): nothing to check.
    expect(submissionProblems(valid(), rules, during)).toEqual([]);
  });
  it('property: the floor holds exactly when grant × 10,000 ≥ floor × total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (total, grantPart, floor) => {
        const grant = Math.floor((total * grantPart) / 10_000);
        const input = valid();
        input.content.budget = [{ heading: 'services', year: 1, description: 'x', amountCents: total }];
        input.content.requestedGrantCents = grant;
        const out = submissionProblems(input, { ...rules, minEuShareBp: floor, minGrantCents: 0, minCoFinancingBp: 0 }, during).filter((x) => x.code === 'eu_share_below_minimum');
        expect(out.length === 0).toBe(BigInt(grant) * 10_000n >= BigInt(floor) * BigInt(total));
      }),
    );
  });
  it('refuses a project shorter than the call\'s minimum duration', () => {
    const longer = { ...rules, minDurationMonths: 18 };
    expect(noted(submissionProblems(valid(), longer, during))).toEqual([
      { field: 'content.durationMonths', code: 'duration_below_minimum', params: { minDurationMonths: 18 } },
    ]);
    expect(submissionProblems(valid(), { ...rules, minDurationMonths: 12 }, during)).toEqual([]);
  });
  it('lets a union of municipalities lead, but not one the call excludes (e.g. the national union)', () => {
    const open = { ...rules, excludedAuthorities: ['TR-BIR-TBB'] };
    const union = (code: string) => ({ ...valid(), lead: { code, type: 'union_of_municipalities' as const, country: 'TR' } });
    expect(submissionProblems(union('TR-BIR-MBB'), open, during)).toEqual([]);
    expect(noted(submissionProblems(union('TR-BIR-TBB'), open, during))).toEqual([{ field: 'lead.code', code: 'lead_excluded', params: { code: 'TR-BIR-TBB' } }]);
    const partner = valid();
    partner.partners = [{ code: 'DE_05315000', country: 'DE', type: 'municipality', confirmed: true }];
    expect(codes(noted(submissionProblems(partner, { ...rules, excludedAuthorities: ['DE_05315000'] }, during)))).toEqual(['partners.0:partner_excluded', 'partners:too_few_partners']);
  });
});

describe('adminCheckOutcome', () => {
  const all = (v: boolean | null) => Object.fromEntries(ADMIN_CHECKS.map((k) => [k, v]));
  it('is eligible only when every check is answered yes', () => {
    expect(adminCheckOutcome(all(true))).toEqual({ complete: true, eligible: true, failed: [], unanswered: [] });
  });
  it('names the failed checks in order; a single no already fails', () => {
    expect(adminCheckOutcome({ ...all(true), signed_declaration: false, lead_eligible: false })).toMatchObject({ complete: true, eligible: false, failed: ['lead_eligible', 'signed_declaration'] });
    expect(adminCheckOutcome({ documents_complete: false })).toMatchObject({ complete: false, eligible: false, failed: ['documents_complete'] });
  });
  it('is incomplete while any check is null or missing', () => {
    const out = adminCheckOutcome({ ...all(true), partner_confirmations: null });
    expect(out).toEqual({ complete: false, eligible: false, failed: [], unanswered: ['partner_confirmations'] });
    expect(adminCheckOutcome({}).unanswered).toEqual([...ADMIN_CHECKS]);
  });
});

it('exercises every eligibility problem code', () => {
  expect([...seen].filter((c) => (ELIGIBILITY_PROBLEM_CODES as readonly string[]).includes(c)).sort()).toEqual([...ELIGIBILITY_PROBLEM_CODES].sort());
});
