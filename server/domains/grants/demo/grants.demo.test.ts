import { describe, expect, it } from 'vitest';
import { demoCallRules, planDemoCall, type DemoPair } from './grants.demo.plan';
import { demoContent } from '../../../../shared/grants.demo.content';
import { budgetProblems } from '../../../../shared/grants.budget.rules';

const pairs: DemoPair[] = Array.from({ length: 34 }, (_, i) => ({ leadCode: `TR-${i}`, leadName: `Kent ${i}`, partnerCode: `DE_${i}`, partnerName: `Stadt ${i}` }));

describe('the demo call, planned with the platform rules', () => {
  const rules = demoCallRules();
  const plan = planDemoCall(rules, pairs);
  it('has applications in every final state', () => {
    expect(new Set(plan.map((a) => a.status))).toEqual(new Set(['awarded', 'reserve', 'rejected', 'ineligible', 'withdrawn', 'declined']));
  });
  it('awards within the budget, each grant within min and max, and the reserve would not fit', () => {
    const awarded = plan.filter((a) => a.status === 'awarded');
    const committed = awarded.reduce((s, a) => s + a.grantCents, 0);
    expect(committed).toBeLessThanOrEqual(rules.budgetCents);
    for (const a of awarded) expect(a.grantCents).toBeGreaterThanOrEqual(rules.minGrantCents);
    for (const a of awarded) expect(a.grantCents).toBeLessThanOrEqual(rules.maxGrantCents);
    for (const r of plan.filter((a) => a.status === 'reserve')) expect(committed + r.grantCents).toBeGreaterThan(rules.budgetCents);
  });
  it('calls a further assessor where two scores diverge', () => {
    const diverged = plan.filter((a) => a.sheets.some((s) => s.further));
    expect(diverged.length).toBeGreaterThan(0);
    for (const a of diverged) expect(Math.abs(a.sheets[0]!.total - a.sheets[1]!.total)).toBeGreaterThan(rules.divergenceThreshold);
  });
  it('writes budgets that respect the call', () => {
    for (const a of plan) expect(budgetProblems(demoContent(a.theme, a.pair.leadName, a.pair.partnerName, a.grantCents), rules)).toEqual([]);
  });
});
