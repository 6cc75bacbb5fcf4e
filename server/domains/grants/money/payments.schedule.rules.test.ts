import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { furtherPreFinancing, grantShareOfCosts, instalmentPlan, paymentOption, projectPhase, reportSchedule } from './payments.schedule.rules';

const MAX_CENTS = 1_000_000_000_00;
const EUR = 100;

describe('Annex II payment option', () => {
  it('pre-financing and balance up to 12 months or up to EUR 100 000; per period when longer and larger', () => {
    expect(paymentOption(12, 130_000 * EUR)).toBe('single');
    expect(paymentOption(24, 100_000 * EUR)).toBe('single');
    expect(paymentOption(13, 100_000 * EUR + 1)).toBe('per_period');
    expect(paymentOption(18, 60_000 * EUR)).toBe('single');
  });
  it('property: per period exactly when both bounds are passed', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: MAX_CENTS }), (months, grant) => {
      expect(paymentOption(months, grant) === 'per_period').toBe(months > 12 && grant > 100_000 * EUR);
    }));
  });
});

describe('the instalment plan', () => {
  it('option 1: the call’s pre-financing share, then the balance', () => {
    expect(instalmentPlan({ option: 'single', grantCents: 10_001, durationMonths: 18, plannedByYear: [1, 1], preFinancingBp: 8_000 }))
      .toEqual([{ kind: 'pre_financing', period: 1, amountCents: 8_000 }, { kind: 'final', period: 2, amountCents: 2_001 }]);
  });
  it('option 2: each period’s share of the budget, all pre-financing within the call’s share', () => {
    // 120,000 over 24 months, budget 60/40 by year: 72,000 then 24,000 (80 % cap), balance 24,000.
    expect(instalmentPlan({ option: 'per_period', grantCents: 120_000 * EUR, durationMonths: 24, plannedByYear: [90_000 * EUR, 60_000 * EUR], preFinancingBp: 8_000 }))
      .toEqual([{ kind: 'pre_financing', period: 1, amountCents: 72_000 * EUR }, { kind: 'pre_financing', period: 2, amountCents: 24_000 * EUR }, { kind: 'final', period: 2, amountCents: 24_000 * EUR }]);
  });
  it('property: the plan sums to the grant, no line negative, pre-financing within the cap', () => {
    fc.assert(fc.property(
      fc.constantFrom('single' as const, 'per_period' as const), fc.integer({ min: 0, max: MAX_CENTS }), fc.integer({ min: 1, max: 60 }),
      fc.array(fc.integer({ min: 0, max: MAX_CENTS / 5 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 10_000 }),
      (option, grant, months, byYear, bp) => {
        const plan = instalmentPlan({ option, grantCents: grant, durationMonths: months, plannedByYear: byYear, preFinancingBp: bp });
        expect(plan.reduce((s, x) => s + x.amountCents, 0)).toBe(grant);
        for (const x of plan) expect(x.amountCents).toBeGreaterThanOrEqual(0);
        const pre = plan.filter((x) => x.kind === 'pre_financing').reduce((s, x) => s + x.amountCents, 0);
        expect(BigInt(pre) * 10_000n).toBeLessThanOrEqual(BigInt(grant) * BigInt(bp));
        expect(plan.at(-1)!.kind).toBe('final');
      }));
  });
});

describe('the 70 % rule', () => {
  it('the first instalment needs nothing; a further one 100 % of earlier and 70 % of the previous', () => {
    expect(furtherPreFinancing([], 0)).toEqual({ allowed: true, neededCents: 0 });
    expect(furtherPreFinancing([1_000], 699)).toEqual({ allowed: false, neededCents: 700 });
    expect(furtherPreFinancing([1_000], 700)).toEqual({ allowed: true, neededCents: 700 });
    expect(furtherPreFinancing([1_000, 1_001], 1_700)).toEqual({ allowed: false, neededCents: 1_701 });
    expect(furtherPreFinancing([1_000, 1_001], 1_701).allowed).toBe(true);
  });
  it('property: allowed exactly when used ≥ earlier + 70 % of the last, and neededCents is the least such amount', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: MAX_CENTS }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 5 * MAX_CENTS }), (paid, used) => {
      const r = furtherPreFinancing(paid, used);
      const earlier = paid.slice(0, -1).reduce((s, x) => s + x, 0);
      expect(r.allowed).toBe(used * 10 >= earlier * 10 + paid.at(-1)! * 7);
      expect(furtherPreFinancing(paid, r.neededCents).allowed).toBe(true);
      if (r.neededCents > 0) expect(furtherPreFinancing(paid, r.neededCents - 1).allowed).toBe(false);
    }));
  });
  it('the used share is taken at the exact grant ÷ planned ratio, never above the grant', () => {
    expect(grantShareOfCosts(150, 80, 100)).toBe(80);
    expect(grantShareOfCosts(100, 80, 100)).toBe(80);
    expect(grantShareOfCosts(33, 80, 100)).toBe(26);
    expect(grantShareOfCosts(10, 80, 0)).toBe(0);
  });
});

describe('reports due', () => {
  it('option 1: only the final report, 3 months after the end date', () => {
    expect(reportSchedule('single', '2019-04-01', '2020-09-30')).toEqual([{ kind: 'final', period: 1, periodEnd: '2020-09-30', dueOn: '2020-12-31' }]);
  });
  it('option 2: an interim report 60 days after each full period that ends before the project', () => {
    expect(reportSchedule('per_period', '2019-04-01', '2021-03-31')).toEqual([
      { kind: 'interim', period: 1, periodEnd: '2020-03-31', dueOn: '2020-05-30' },
      { kind: 'final', period: 2, periodEnd: '2021-03-31', dueOn: '2021-06-30' },
    ]);
    expect(reportSchedule('per_period', '2019-04-01', '2021-09-30').map((d) => d.kind)).toEqual(['interim', 'interim', 'final']);
  });
  it('an ended contract is "ended", not "contracted"', () => {
    expect(projectPhase('contracted', '2020-09-30', '2026-12-06')).toBe('ended');
    expect(projectPhase('contracted', '2026-12-06', '2026-12-06')).toBe('contracted');
    expect(projectPhase('closed', '2020-09-30', '2026-12-06')).toBe('closed');
  });
});

describe('the reserve list’s validity', () => {
  it('runs for the months the call sets from the award, the last day included; without a validity it stays open', async () => {
    const { reserveListExpiresOn, reserveListOpen } = await import('./reserve.rules');
    expect(reserveListExpiresOn('2019-03-15', 12)).toBe('2020-03-14');
    expect(reserveListOpen('2020-03-14', '2020-03-14')).toBe(true);
    expect(reserveListOpen('2020-03-14', '2020-03-15')).toBe(false);
    expect(reserveListExpiresOn('2019-03-15', undefined)).toBeNull();
    expect(reserveListExpiresOn(null, 12)).toBeNull();
    expect(reserveListOpen(null, '2099-01-01')).toBe(true);
  });
});
