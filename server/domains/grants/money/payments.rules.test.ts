import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amendmentProblems, type AwardStatus, type ContractTerms, finalPayment, lastDayWithin, ledger, ledgerBalances,
  type LedgerInput, paymentPlan, preFinancing, shareOf,
} from './payments.rules';
import { allocate } from '../awards/ranking.rules';

const MAX_CENTS = 1_000_000_000_00;

describe('pre-financing and the payment plan', () => {
  it('rounds down to the cent', () => {
    expect(preFinancing(12_345, 4_000)).toBe(4_938);
    expect(preFinancing(333, 3_333)).toBe(110);
    expect(preFinancing(99, 0)).toBe(0);
    expect(preFinancing(MAX_CENTS, 10_000)).toBe(MAX_CENTS);
    expect(shareOf(MAX_CENTS - 1, 9_999)).toBe(99_989_999_999);
  });
  it('the plan adds up to the grant; the final line carries the odd cents and is always there', () => {
    expect(paymentPlan(10_001, { preFinancingBp: 8_000 })).toEqual([{ kind: 'pre_financing', amountCents: 8_000 }, { kind: 'final', amountCents: 2_001 }]);
    expect(paymentPlan(10_000, { preFinancingBp: 0 })).toEqual([{ kind: 'final', amountCents: 10_000 }]);
    expect(paymentPlan(10_000, { preFinancingBp: 10_000 })).toEqual([{ kind: 'pre_financing', amountCents: 10_000 }, { kind: 'final', amountCents: 0 }]);
  });
  it('property: the plan sums to the grant with no negative line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), fc.integer({ min: 0, max: 10_000 }), (grant, bp) => {
        const plan = paymentPlan(grant, { preFinancingBp: bp });
        expect(plan.reduce((s, p) => s + p.amountCents, 0)).toBe(grant);
        for (const p of plan) expect(p.amountCents).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('final payment', () => {
  const base = { grantCents: 80_000, plannedCostsCents: 100_000, paidCents: 64_000 };
  it('pays the balance of eligible costs × rate', () => {
    expect(finalPayment({ ...base, acceptedEligibleCostsCents: 100_000 })).toEqual({ finalGrantCents: 80_000, dueCents: 16_000, recoveryCents: 0 });
  });
  it('never above the grant, even when more costs are accepted', () => {
    expect(finalPayment({ ...base, acceptedEligibleCostsCents: 150_000 })).toEqual({ finalGrantCents: 80_000, dueCents: 16_000, recoveryCents: 0 });
  });
  it('exactly what was paid: nothing either way', () => {
    expect(finalPayment({ ...base, acceptedEligibleCostsCents: 80_000 })).toEqual({ finalGrantCents: 64_000, dueCents: 0, recoveryCents: 0 });
  });
  it('a project whose planned costs are all accepted reaches exactly its maximum (no rounded rate)', () => {
    // 74.76 % rounded to basis points would give 99,999.60 EUR of 100,000: the exact ratio gives it all.
    expect(finalPayment({ grantCents: 10_000_000, plannedCostsCents: 13_376_137, acceptedEligibleCostsCents: 13_376_137, paidCents: 8_000_000 })).toEqual({ finalGrantCents: 10_000_000, dueCents: 2_000_000, recoveryCents: 0 });
  });
  it('property: all planned costs accepted gives the whole grant, whatever the ratio', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_CENTS }), fc.integer({ min: 0, max: MAX_CENTS }), (planned, extra) => {
      const grant = Math.max(1, planned - extra);
      expect(finalPayment({ grantCents: grant, plannedCostsCents: planned, acceptedEligibleCostsCents: planned, paidCents: 0 }).finalGrantCents).toBe(grant);
    }));
  });
  it('no profit: a profit takes the EU’s share of it off the grant (PRAG 6.3.10), not the whole profit', () => {
    // 100,000 of costs, 80 % is 80,000; with 30,000 of other income the receipts are 110,000: a profit
    // of 10,000, of which the EU's 80 % (8,000) comes off the grant.
    expect(finalPayment({ ...base, acceptedEligibleCostsCents: 100_000, otherIncomeCents: 30_000 })).toEqual({ finalGrantCents: 72_000, dueCents: 8_000, recoveryCents: 0 });
    // Receipts of 90,000 make no profit; exactly the costs make none either.
    expect(finalPayment({ ...base, acceptedEligibleCostsCents: 100_000, otherIncomeCents: 10_000 }).finalGrantCents).toBe(80_000);
    expect(finalPayment({ ...base, acceptedEligibleCostsCents: 100_000, otherIncomeCents: 20_000 }).finalGrantCents).toBe(80_000);
    // A profit as large as the costs leaves no grant: all paid comes back.
    expect(finalPayment({ ...base, acceptedEligibleCostsCents: 100_000, otherIncomeCents: 120_000 })).toEqual({ finalGrantCents: 0, dueCents: 0, recoveryCents: 64_000 });
    // Rounded down to the cent: 1 cent of profit on 3 cents of costs, 2 cents of grant, takes 2/3 of a cent.
    expect(finalPayment({ grantCents: 2, plannedCostsCents: 3, acceptedEligibleCostsCents: 3, otherIncomeCents: 2, paidCents: 0 }).finalGrantCents).toBe(1);
  });
  it('property: the reduction is the EU’s share of the profit, to the cent, and never raises the grant', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_CENTS }), fc.integer({ min: 0, max: MAX_CENTS }), fc.integer({ min: 0, max: MAX_CENTS }), (accepted, grantIn, income) => {
      // A grant never above the costs it co-finances, all of them accepted.
      const grant = Math.min(grantIn, accepted);
      const out = finalPayment({ grantCents: grant, plannedCostsCents: accepted, acceptedEligibleCostsCents: accepted, otherIncomeCents: income, paidCents: 0 });
      const profit = Math.max(0, grant + income - accepted);
      expect(out.finalGrantCents).toBeLessThanOrEqual(grant);
      // The reduction is the EU's share of the profit, within a cent: (grant − final) × accepted ≈ profit × grant.
      const reduction = BigInt(grant - out.finalGrantCents) * BigInt(accepted);
      const owed = BigInt(profit) * BigInt(grant);
      if (out.finalGrantCents > 0) {
        expect(reduction >= owed).toBe(true);
        expect(reduction < owed + BigInt(accepted)).toBe(true);
      }
    }));
  });
  it('an overpaid pre-financing becomes a recovery order', () => {
    expect(finalPayment({ ...base, acceptedEligibleCostsCents: 50_001 })).toEqual({ finalGrantCents: 40_000, dueCents: 0, recoveryCents: 24_000 });
  });
  it('property: payments never exceed the grant, and paid + due − recovery is the final grant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_CENTS }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 2 * MAX_CENTS }),
        fc.integer({ min: 0, max: 2 * MAX_CENTS }),
        fc.integer({ min: 0, max: MAX_CENTS }),
        (grant, preBp, planned, eligible, income) => {
          const paid = preFinancing(grant, preBp);
          const out = finalPayment({ grantCents: grant, plannedCostsCents: planned, acceptedEligibleCostsCents: eligible, otherIncomeCents: income, paidCents: paid });
          expect(paid + out.dueCents).toBeLessThanOrEqual(grant);
          expect(out.finalGrantCents).toBeLessThanOrEqual(grant);
          expect(paid + out.dueCents - out.recoveryCents).toBe(out.finalGrantCents);
          expect(Math.min(out.dueCents, out.recoveryCents)).toBe(0);
        },
      ),
    );
  });
});

describe('ledger', () => {
  const input: LedgerInput = {
    budgetCents: 1_000,
    awards: [
      { grantCents: 300, status: 'contracted' },
      { grantCents: 200, status: 'awarded' },
      { grantCents: 150, status: 'closed' },
      { grantCents: 400, status: 'declined' },
    ],
    payments: [{ amountCents: 240, kind: 'pre_financing' }, { amountCents: 200, kind: 'pre_financing' }],
    recoveries: [{ amountCents: 50 }],
  };
  it('sums live awards, contracts, payments and recovery orders', () => {
    const l = ledger(input);
    expect(l).toEqual({ totalCents: 1_000, awardedCents: 650, committedCents: 450, paidCents: 440, recoveredCents: 50, owedCents: 60, leftCents: 350, recoveryDueCents: 0 });
    expect(ledgerBalances(l)).toBe(true);
  });
  it('a recovery order not yet collected is owed back, not counted as recovered', () => {
    // The same books with 30 of the 50 still to collect: recovered 20, due 30, owed unchanged.
    const l = ledger({ ...input, recoveries: [{ amountCents: 20 }], recoveryDueCents: 30 });
    expect(l).toMatchObject({ recoveredCents: 20, recoveryDueCents: 30, owedCents: 60 });
    expect(ledgerBalances(l)).toBe(true);
    expect(ledgerBalances({ ...l, recoveryDueCents: -1, owedCents: 29 })).toBe(false);
  });
  it('does not balance when money is paid beyond the contracts or the sums are tampered with', () => {
    expect(ledgerBalances(ledger({ ...input, recoveries: [] }))).toBe(true);
    expect(ledgerBalances(ledger({ ...input, payments: [...input.payments, { amountCents: 100, kind: 'interim' }] }))).toBe(false);
    expect(ledgerBalances({ ...ledger(input), leftCents: 351 })).toBe(false);
    expect(ledgerBalances({ ...ledger(input), committedCents: 700, owedCents: 310 })).toBe(false);
  });

  it('property: a lifecycle that respects allocation and settlement always balances, with left ≥ 0', () => {
    const award = fc.record({
      grant: fc.integer({ min: 100, max: 10_000 }),
      stage: fc.constantFrom<AwardStatus>('awarded', 'contracted', 'closed', 'declined', 'withdrawn'),
      costsPct: fc.integer({ min: 0, max: 150 }),
    });
    fc.assert(
      fc.property(
        fc.array(award, { maxLength: 12 }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (awards, budget, preBp, rateBp) => {
          const ranked = awards.map((a, i) => ({
            id: String(i), total: 0, passed: true, theme: 't', sections: {}, submittedAt: '2018-01-01T00:00:00Z', requestedGrantCents: a.grant,
          }));
          const won = new Set(allocate(ranked, budget, 100, 10_000).awarded);
          const l: LedgerInput = { budgetCents: budget, awards: [], payments: [], recoveries: [] };
          awards.forEach((a, i) => {
            if (!won.has(String(i))) return;
            if (a.stage !== 'closed') {
              l.awards = [...l.awards, { grantCents: a.grant, status: a.stage }];
              if (a.stage === 'contracted') l.payments = [...l.payments, { amountCents: preFinancing(a.grant, preBp), kind: 'pre_financing' }];
              return;
            }
            const pre = preFinancing(a.grant, preBp);
            const eligible = Math.floor((a.grant * a.costsPct) / 100);
            const fin = finalPayment({ grantCents: a.grant, plannedCostsCents: Math.floor((a.grant * 10_000) / Math.max(rateBp, 1)), acceptedEligibleCostsCents: eligible, paidCents: pre });
            l.awards = [...l.awards, { grantCents: fin.finalGrantCents, status: 'closed' }];
            l.payments = [...l.payments, { amountCents: pre, kind: 'pre_financing' }, { amountCents: fin.dueCents, kind: 'final' }];
            // Part of a recovery order is collected, the rest still due: the books balance either way.
            const collected = Math.floor(fin.recoveryCents / 3);
            l.recoveries = [...l.recoveries, { amountCents: collected }];
            l.recoveryDueCents = (l.recoveryDueCents ?? 0) + fin.recoveryCents - collected;
          });
          const out = ledger(l);
          expect(ledgerBalances(out)).toBe(true);
          expect(out.leftCents).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('amendments', () => {
  const contract: ContractTerms = { grantCents: 80_000, originalGrantCents: 80_000, startDate: '2025-01-31', endDate: '2025-12-31' };
  const rules = { maxGrantCents: 100_000, maxDurationMonths: 12, minCoFinancingBp: 1_000 };
  const budget = [{ heading: 'travel' as const, amountCents: 50_000 }, { heading: 'services' as const, amountCents: 50_000 }];
  it('the last day of a project counts calendar months, clamped to the month end', () => {
    expect(lastDayWithin('2025-01-01', 12)).toBe('2025-12-31');
    expect(lastDayWithin('2025-01-31', 1)).toBe('2025-02-27');
    expect(lastDayWithin('2024-01-31', 1)).toBe('2024-02-28');
    expect(lastDayWithin('2025-03-15', 60)).toBe('2030-03-14');
  });
  it('a budget moved between headings, with a reason, is fine', () => {
    expect(amendmentProblems(contract, { reason: 'more travel, fewer services', budget }, rules)).toEqual([]);
  });
  it('needs a reason and something to change', () => {
    expect(amendmentProblems(contract, { reason: '  ' }, rules)).toEqual([
      { field: 'reason', code: 'required' },
      { field: 'change', code: 'nothing_to_change' },
    ]);
  });
  it('never raises the grant above the signed grant or the call max; keeps the co-financing', () => {
    expect(amendmentProblems({ ...contract, originalGrantCents: 120_000 }, { reason: 'r', grantCents: 100_001 }, rules)).toEqual([
      { field: 'grantCents', code: 'grant_above_call_max', params: { max: 100_000 } },
    ]);
    expect(amendmentProblems(contract, { reason: 'r', grantCents: 80_001, budget }, rules)).toEqual([
      { field: 'grantCents', code: 'grant_above_original', params: { max: 80_000 } },
    ]);
    expect(amendmentProblems(contract, { reason: 'r', grantCents: 70_000, budget }, rules)).toEqual([]);
    expect(amendmentProblems(contract, { reason: 'r', budget: budget.slice(0, 1) }, rules)).toEqual([
      { field: 'grantCents', code: 'co_financing_below_min', params: { minBp: 1_000, max: 45_000 } },
    ]);
    expect(amendmentProblems(contract, { reason: 'r', budget: [{ heading: 'travel', amountCents: -1 }], grantCents: 0 }, rules)).toEqual([
      { field: 'budget.0.amountCents', code: 'invalid_amount' },
      { field: 'grantCents', code: 'invalid_amount' },
    ]);
  });
  it('a new end date lies on or after the start and within the call maximum duration', () => {
    expect(amendmentProblems(contract, { reason: 'r', endDate: '2026-01-30' }, rules)).toEqual([]);
    expect(amendmentProblems(contract, { reason: 'r', endDate: '2025-01-31' }, rules)).toEqual([]);
    expect(amendmentProblems(contract, { reason: 'r', endDate: '2026-01-31' }, rules)).toEqual([
      { field: 'endDate', code: 'duration_above_max', params: { maxMonths: 12, lastDate: '2026-01-30' } },
    ]);
    expect(amendmentProblems(contract, { reason: 'r', endDate: '2025-01-30' }, rules)).toEqual([
      { field: 'endDate', code: 'end_before_start', params: { startDate: '2025-01-31' } },
    ]);
    expect(amendmentProblems(contract, { reason: 'r', endDate: '2025-02-30' }, rules)).toEqual([{ field: 'endDate', code: 'invalid_date' }]);
  });
});
