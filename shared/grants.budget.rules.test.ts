import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationContent, BUDGET_HEADINGS, type ApplicationContent, type BudgetLine } from './grants';
import { BUDGET_PROBLEM_CODES, budgetProblems, maxIndirectCents, mulDivFloor, projectYears, summariseBudget } from './grants.budget.rules';
import { call2018Rules, validContent2018 } from './grants.fixtures';
import type { Problem } from './problems';

const EUR = 100;
const rules = call2018Rules();
const seen = new Set<string>();
const check = (change: (c: ApplicationContent) => void): Problem[] => {
  const content = validContent2018();
  change(content);
  const out = budgetProblems(content, rules);
  out.forEach((x) => seen.add(x.code));
  return out;
};
const codes = (ps: Problem[]) => ps.map((x) => `${x.field}:${x.code}`);
const line = (heading: BudgetLine['heading'], amountCents: number, year = 1): BudgetLine => ({ heading, year, description: '', amountCents });
/** Sets the direct costs to one line and the indirect costs to another. */
const costs = (direct: number, indirect: number) => (c: ApplicationContent) => {
  c.budget = [line('services', direct), line('indirect', indirect)];
};

describe('summariseBudget', () => {
  it('totals the 2018 sample and rounds both rates down', () => {
    const s = summariseBudget(validContent2018().budget, 90_000 * EUR);
    expect(s).toMatchObject({ directCents: 100_000 * EUR, indirectCents: 7_000 * EUR, totalCents: 107_000 * EUR, byYear: [107_000 * EUR] });
    expect(s.byHeading).toEqual({ human_resources: 4_000_000, travel: 1_500_000, equipment: 3_000_000, local_office: 0, services: 1_500_000, other: 0, indirect: 700_000, contingency: 0 });
    // 90,000 / 107,000 = 84.112 %, 17,000 / 107,000 = 15.887 %: each rounds down, together 9,999 bp.
    expect(s).toMatchObject({ requestedGrantCents: 9_000_000, coFinancingCents: 1_700_000, grantRateBp: 8411, coFinancingRateBp: 1588 });
  });
  it('lists every year up to the latest, with 0 for gap years', () => {
    expect(summariseBudget([line('travel', 5, 3), line('other', 2, 1)], null).byYear).toEqual([2, 0, 5]);
  });
  it('treats a missing grant as 0 and an empty budget as 0 %', () => {
    expect(summariseBudget([], null)).toMatchObject({ totalCents: 0, requestedGrantCents: 0, coFinancingCents: 0, grantRateBp: 0, coFinancingRateBp: 0, byYear: [] });
    expect(summariseBudget([line('travel', 1000)], null)).toMatchObject({ coFinancingCents: 1000, coFinancingRateBp: 10_000 });
  });
  it('stays exact where floats would not: 200 lines of the largest amount', () => {
    const lines = Array.from({ length: 200 }, () => line('equipment', 1_000_000_000_00));
    const s = summariseBudget(lines, 2_000_000_000_000_0 - 1);
    expect(s.totalCents).toBe(2_000_000_000_000_0);
    expect(s.grantRateBp).toBe(9999);
    expect(s.coFinancingRateBp).toBe(0);
  });
  it('property: totals equal Σ lines, grant + co-financing = total, rates are floors', () => {
    const arbLine = fc.record({
      heading: fc.constantFrom(...BUDGET_HEADINGS), year: fc.integer({ min: 1, max: 5 }),
      description: fc.constant(''), amountCents: fc.integer({ min: 0, max: 1_000_000_000_00 }),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 60 }), fc.option(fc.integer({ min: 0, max: 1_000_000_000_00 })), (lines, grant) => {
        const s = summariseBudget(lines, grant);
        const sum = lines.reduce((a, l) => a + l.amountCents, 0);
        expect(s.totalCents).toBe(sum);
        expect(s.directCents + s.indirectCents + s.byHeading.contingency).toBe(sum);
        expect(Object.values(s.byHeading).reduce((a, b) => a + b, 0)).toBe(sum);
        expect(s.byYear.reduce((a, b) => a + b, 0)).toBe(sum);
        expect(s.requestedGrantCents + s.coFinancingCents).toBe(s.totalCents);
        if (sum > 0) {
          const t = BigInt(sum);
          for (const [rate, part] of [[s.grantRateBp, s.requestedGrantCents], [s.coFinancingRateBp, s.coFinancingCents]] as const) {
            expect(BigInt(rate) * t <= BigInt(part) * 10_000n).toBe(true);
            expect(BigInt(part) * 10_000n < BigInt(rate + 1) * t).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('helpers', () => {
  it('mulDivFloor rounds towards minus infinity, also for negatives', () => {
    expect(mulDivFloor(7, 3, 2)).toBe(10);
    expect(mulDivFloor(-7, 3, 2)).toBe(-11);
    expect(mulDivFloor(-8, 3, 2)).toBe(-12);
  });
  it('counts project years by started twelve-month blocks', () => {
    expect([1, 12, 13, 18, 24, 25].map(projectYears)).toEqual([1, 1, 2, 2, 2, 3]);
  });
  it('caps indirect costs at 7 % of direct costs, rounded down to the cent', () => {
    expect(maxIndirectCents(100_000 * EUR, rules)).toBe(7_000 * EUR);
    expect(maxIndirectCents(14_299, rules)).toBe(1000); // 1,000.93 cents
  });
});

describe('budgetProblems', () => {
  it('accepts the 2018 sample', () => {
    expect(check(() => {})).toEqual([]);
  });
  it('refuses an empty budget, with no lines or only zero lines', () => {
    expect(codes(check((c) => { c.budget = []; }))).toEqual(['content.budget:budget_empty']);
    expect(codes(check((c) => { c.budget = [line('travel', 0)]; }))).toEqual(['content.budget:budget_empty']);
  });
  it('names a negative line by its index', () => {
    expect(codes(check((c) => { c.budget.push(line('travel', 1), line('other', -1)); }))).toEqual(['content.budget.6.amountCents:amount_negative']);
  });
  it('refuses lines after the last project year: 12 months is one year, 13 are two', () => {
    expect(check((c) => { c.budget[1]!.year = 2; })).toEqual([{ field: 'content.budget.1.year', code: 'year_beyond_duration', params: { year: 2, maxYear: 1 } }]);
    expect(check((c) => { c.budget[1]!.year = 2; c.durationMonths = 13; })).toEqual([]);
    expect(check((c) => { c.budget[1]!.year = 2; c.durationMonths = null; })).toEqual([]);
  });
  it('allows indirect costs of exactly 7 % and refuses one cent more', () => {
    expect(check(costs(100_000 * EUR, 7_000 * EUR))).toEqual([]);
    expect(check(costs(100_000 * EUR, 7_000 * EUR + 1))).toEqual([
      { field: 'content.budget', code: 'indirect_above_cap', params: { indirectCents: 700_001, maxIndirectCents: 700_000, maxIndirectBp: 700 } },
    ]);
  });
  it('needs a requested grant', () => {
    expect(codes(check((c) => { c.requestedGrantCents = null; }))).toEqual(['content.requestedGrantCents:required']);
  });
  it('allows exactly the minimum and the maximum grant, and not a cent beyond', () => {
    expect(check((c) => { c.requestedGrantCents = 60_000 * EUR; })).toEqual([]);
    expect(codes(check((c) => { c.requestedGrantCents = 60_000 * EUR - 1; }))).toEqual(['content.requestedGrantCents:grant_below_minimum']);
    const big = costs(140_000 * EUR, 4_500 * EUR); // total 144,500: 130,000 leaves 10.03 % co-financing
    expect(check((c) => { big(c); c.requestedGrantCents = 130_000 * EUR; })).toEqual([]);
    expect(check((c) => { big(c); c.requestedGrantCents = 130_000 * EUR + 1; })).toEqual([
      { field: 'content.requestedGrantCents', code: 'grant_above_maximum', params: { maxGrantCents: 13_000_000 } },
    ]);
  });
  it('refuses a grant above the total once, without a co-financing message', () => {
    expect(codes(check((c) => { costs(60_000 * EUR, 0)(c); c.requestedGrantCents = 60_000 * EUR + 1; }))).toEqual(['content.requestedGrantCents:grant_above_total']);
  });
  it('allows exactly 10 % co-financing and refuses one cent less', () => {
    // Total 100,000: a grant of 90,000 leaves exactly 10 %.
    expect(check((c) => { costs(93_458 * EUR, 6_542 * EUR)(c); c.requestedGrantCents = 90_000 * EUR; })).toEqual([]);
    expect(check((c) => { costs(93_458 * EUR, 6_542 * EUR)(c); c.requestedGrantCents = 90_000 * EUR + 1; })).toEqual([
      { field: 'content.requestedGrantCents', code: 'co_financing_below_minimum', params: { minCoFinancingBp: 1000, coFinancingRateBp: 999 } },
    ]);
  });
  it('names every problem at once', () => {
    const out = check((c) => { c.budget = [line('travel', 1000, 3), line('indirect', 500)]; c.requestedGrantCents = 1; });
    expect(out.map((x) => x.code)).toEqual(['year_beyond_duration', 'indirect_above_cap', 'grant_below_minimum']);
  });
  it('the sample parses with the shared schema', () => {
    expect(applicationContent.parse(validContent2018())).toEqual(validContent2018());
  });
  it('allows a contingency reserve of exactly 5 % of direct costs and refuses one cent more (outside the indirect base)', () => {
    // The sample: 100,000 direct, 7,000 indirect.
    const withReserve = (cents: number) => check((c) => c.budget.push({ heading: 'contingency', year: 1, description: 'Reserve', amountCents: cents }));
    expect(withReserve(500_000)).toEqual([]);
    expect(withReserve(500_001)).toEqual([
      { field: 'content.budget', code: 'contingency_above_cap', params: { contingencyCents: 500_001, maxContingencyCents: 500_000, maxContingencyBp: 500 } },
    ]);
  });
  it('exercises every budget problem code', () => {
    expect([...seen].sort()).toEqual([...BUDGET_PROBLEM_CODES].sort());
  });
});
