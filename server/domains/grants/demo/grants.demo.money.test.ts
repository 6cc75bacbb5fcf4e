import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerBalances } from '../money/payments.rules';
import { testApp, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { seedDemoProgramme } from './grants.demo';
import { awards, calls, grantReports, payments, recoveryOrders } from '../grants.schema';

// The demo's money is built by the platform's rules (issue 18, item 5–8): every contract ended in
// 2020 and is settled, not 'contracted' for ever; payments were requested by one manager and approved
// by another; option 2 contracts reported on their first year; final reports above EUR 100 000 carry
// an expenditure verification; the recovery order was collected; the books balance.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  expect(await seedDemoProgramme(t.ctx)).toBe(true);
});
afterAll(async () => t.close());

describe('the demo’s money', () => {
  it('leaves no ended contract "contracted": every signed demo contract is settled', async () => {
    const rows = await t.ctx.db.select().from(awards);
    const signed = rows.filter((a) => a.contractedAt !== null);
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.filter((a) => a.status === 'contracted' && a.endsOn! < '2026-01-01')).toEqual([]);
    expect(new Set(signed.map((a) => a.status))).toEqual(new Set(['closed']));
    for (const a of signed) expect(['single', 'per_period']).toContain(a.paymentOption);
  });
  it('pays under four eyes, reports by the payment option, verifies expenditure above EUR 100 000', async () => {
    const paid = await t.ctx.db.select().from(payments);
    expect(paid.length).toBeGreaterThan(0);
    for (const p of paid.filter((x) => x.kind !== 'recovery')) expect(p.approvedBy && p.approvedBy !== p.createdBy, p.id).toBe(true);
    const rows = await t.ctx.db.select().from(awards);
    for (const a of rows.filter((x) => x.status === 'closed')) {
      const reports = await t.ctx.db.select().from(grantReports).where(eq(grantReports.awardId, a.id));
      expect(reports.filter((r) => r.kind === 'interim').length).toBe(a.paymentOption === 'per_period' ? 1 : 0);
      const final = reports.find((r) => r.kind === 'final')!;
      // The settled grant is at most the contracted one: above the threshold now, it was above it then.
      if (a.grantCents > 100_000_00) expect(final.verification, a.id).not.toBeNull();
    }
    const big = rows.filter((x) => x.status === 'closed' && x.paymentOption === 'per_period');
    expect(big.length).toBeGreaterThan(0);
  });
  it('collected its recovery order in full, and the call’s books balance', async () => {
    const orders = await t.ctx.db.select().from(recoveryOrders);
    expect(orders.length).toBeGreaterThan(0);
    for (const o of orders) expect(o.collectedCents).toBe(o.amountCents);
    const manager = await signedIn(t.app, 'manager@twinbridge.demo');
    const [awarded] = await t.ctx.db.select().from(calls).where(eq(calls.status, 'awarded'));
    const ledger = (await manager.request('GET', `/api/calls/${awarded!.id}/ledger`)).json();
    expect(ledgerBalances(ledger), JSON.stringify(ledger)).toBe(true);
    expect(ledger).toMatchObject({ recoveryDueCents: 0, owedCents: 0 });
  });
});
