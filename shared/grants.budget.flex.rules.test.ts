import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET_HEADINGS, type BudgetHeading } from './grants';
import { acceptedCostProblems, applyTransfer, contractCorrectionProblems, headingAmounts, transferKind, transferProblems } from './grants.budget.flex.rules';
import { budgetProblems, maxContingencyCents } from './grants.budget.rules';
import { call2018Rules, validContent2018 } from './grants.fixtures';

const codes = (ps: { field: string; code: string }[]) => ps.map((p) => `${p.field}:${p.code}`);
const basis = headingAmounts({ human_resources: 40_000, travel: 20_000, services: 30_000, indirect: 6_300, contingency: 4_500 });

describe('transfers between headings', () => {
  it('up to 25 % of each heading by notification; one cent more needs an addendum', () => {
    expect(transferKind(basis, basis, { from: 'travel', to: 'human_resources', amountCents: 5_000 })).toBe('notification');
    expect(transferKind(basis, basis, { from: 'travel', to: 'human_resources', amountCents: 5_001 })).toBe('addendum');
    // 10,000 is a quarter of human resources but half of travel.
    expect(transferKind(basis, basis, { from: 'human_resources', to: 'travel', amountCents: 10_000 })).toBe('addendum');
    // Notified transfers add up: a second 3,000 pushes travel past 25 %.
    const after = applyTransfer(basis, { from: 'travel', to: 'services', amountCents: 3_000 });
    expect(transferKind(basis, after, { from: 'travel', to: 'human_resources', amountCents: 3_000 })).toBe('addendum');
    expect(transferKind(basis, basis, { from: 'travel', to: 'equipment', amountCents: 1 })).toBe('addendum'); // a heading at 0
  });
  it('the contingency reserve moves only with approval', () => {
    expect(transferKind(basis, basis, { from: 'contingency', to: 'travel', amountCents: 1 })).toBe('contingency');
  });
  it('refuses a transfer beyond the heading, into the reserve, onto itself, or past the indirect cap', () => {
    expect(codes(transferProblems(basis, { from: 'travel', to: 'services', amountCents: 20_001 }, 700))).toEqual(['amountCents:above_heading']);
    expect(codes(transferProblems(basis, { from: 'travel', to: 'contingency', amountCents: 1 }, 700))).toEqual(['to:contingency_not_a_target']);
    expect(codes(transferProblems(basis, { from: 'travel', to: 'travel', amountCents: 1 }, 700))).toEqual(['to:same_heading']);
    expect(codes(transferProblems(basis, { from: 'travel', to: 'indirect', amountCents: 1 }, 700))).toEqual(['amountCents:indirect_above_cap']);
  });
  it('property: a notification never moves any heading more than 25 % from its basis, and a transfer keeps the total', () => {
    const heading = fc.constantFrom(...BUDGET_HEADINGS.filter((h) => h !== 'contingency')) as fc.Arbitrary<BudgetHeading>;
    fc.assert(fc.property(heading, heading, fc.integer({ min: 1, max: 60_000 }), (from, to, amount) => {
      fc.pre(from !== to && amount <= basis[from]);
      const t = { from, to, amountCents: amount };
      const after = applyTransfer(basis, t);
      expect(Object.values(after).reduce((s, x) => s + x, 0)).toBe(Object.values(basis).reduce((s, x) => s + x, 0));
      if (transferKind(basis, basis, t) === 'notification')
        for (const h of BUDGET_HEADINGS) expect(Math.abs(after[h] - basis[h]) * 4).toBeLessThanOrEqual(basis[h]);
    }));
  });
});

describe('contingency reserve and accepted costs', () => {
  it('an application’s reserve may be 5 % of direct costs, not a cent more', () => {
    const content = validContent2018();
    const direct = content.budget.filter((l) => l.heading !== 'indirect').reduce((s, l) => s + l.amountCents, 0);
    const at = (cents: number) => budgetProblems({ ...content, budget: [...content.budget, { heading: 'contingency', year: 1, description: 'Reserve', amountCents: cents }] }, call2018Rules()).map((p) => p.code);
    expect(at(maxContingencyCents(direct))).not.toContain('contingency_above_cap');
    expect(at(maxContingencyCents(direct) + 1)).toContain('contingency_above_cap');
  });
  it('accepted costs stay within each heading, spend nothing from the reserve and keep the indirect cap', () => {
    expect(acceptedCostProblems(headingAmounts({ travel: 20_000, human_resources: 40_000, indirect: 4_200 }), basis, 700)).toEqual([]);
    expect(codes(acceptedCostProblems(headingAmounts({ travel: 20_001 }), basis, 700))).toContain('acceptedCosts.travel:above_heading_budget');
    expect(codes(acceptedCostProblems(headingAmounts({ contingency: 1 }), basis, 700))).toContain('acceptedCosts.contingency:above_heading_budget');
    expect(codes(acceptedCostProblems(headingAmounts({ travel: 10_000, indirect: 701 }), basis, 700))).toEqual(['acceptedCosts.indirect:indirect_above_cap']);
  });
});

describe('a reduced grant or corrected budget before signature', () => {
  const rules = call2018Rules();
  const ok = { awardedCents: 90_000_00, grantCents: 80_000_00, budget: headingAmounts({ human_resources: 80_000_00, travel: 20_000_00, indirect: 7_000_00 }), corrected: true, reason: 'Ineligible equipment removed' };
  it('accepts a lower grant within the rules, with a reason', () => {
    expect(contractCorrectionProblems(ok, rules)).toEqual([]);
  });
  it('refuses a raise, no reason, a broken cap or too little co-financing', () => {
    expect(codes(contractCorrectionProblems({ ...ok, grantCents: 90_000_01 }, rules))).toContain('grantCents:grant_above_awarded');
    expect(codes(contractCorrectionProblems({ ...ok, reason: ' ' }, rules))).toEqual(['reason:required']);
    expect(codes(contractCorrectionProblems({ ...ok, budget: { ...ok.budget, indirect: 7_000_01 } }, rules))).toEqual(['budget.indirect:indirect_above_cap']);
    expect(codes(contractCorrectionProblems({ ...ok, budget: { ...ok.budget, contingency: 5_000_01 } }, rules))).toContain('budget.contingency:contingency_above_cap');
    expect(codes(contractCorrectionProblems({ ...ok, grantCents: 100_000_00, awardedCents: 110_000_00 }, rules))).toContain('grantCents:co_financing_below_minimum');
  });
});
