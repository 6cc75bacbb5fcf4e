import { describe, expect, it } from 'vitest';
import { demoCallRules, planDemoCall, type DemoPair, withGovernorateLead } from './grants.demo.plan';
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
  it('gives the best-ranked awarded project whose province has a free governorate to that governorate', () => {
    const governorateOf = (code: string) => (code === 'TR-0' || code === 'TR-1' ? null : { code: `TR-VAL-${code}`, name: `Vali ${code}` });
    const led = withGovernorateLead(plan, governorateOf);
    const changed = led.filter((a, i) => a.pair.leadCode !== plan[i]!.pair.leadCode);
    expect(changed).toHaveLength(1);
    const best = plan.filter((a) => a.status === 'awarded' && governorateOf(a.pair.leadCode)).sort((a, b) => a.rank! - b.rank!)[0]!;
    expect(changed[0]).toMatchObject({ index: best.index, status: 'awarded', pair: { leadCode: `TR-VAL-${best.pair.leadCode}`, partnerCode: best.pair.partnerCode } });
    expect(withGovernorateLead(plan, () => null)).toEqual(plan);
  });
});
