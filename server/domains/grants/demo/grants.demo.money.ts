import { eq } from 'drizzle-orm';
import type { ApplicationContent, CallRules } from '../../../../shared/grants';
import type { Db } from '../../../platform/db';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { awards, grantReports, payments } from '../grants.schema';
import { finalPayment, preFinancing } from '../money/payments.rules';

type Award = typeof awards.$inferSelect;

/** Costs by heading at a share (per mille) of the planned budget, for demo reports. */
function costsAt(content: ApplicationContent, perMille: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of content.budget) out[l.heading] = (out[l.heading] ?? 0) + Math.floor((l.amountCents * perMille) / 1000);
  return out;
}

/**
 * The money of a demo award: every contract got its pre-financing; the five best-ranked finished, with
 * a final report and payment (the second spent far less and owes money back); the next ones reported
 * half-way. Computed with the platform's payment rules, so the demo ledger balances.
 */
export async function seedMoney(tx: Db, award: Award, rules: CallRules, content: ApplicationContent, rank: number, managerId: string): Promise<void> {
  const pre = preFinancing(award.grantCents, rules.preFinancingBp);
  await tx.insert(payments).values({ awardId: award.id, kind: 'pre_financing', amountCents: pre, paidOn: '2019-04-15', createdBy: managerId });
  const indicators = (share: number) => content.indicators.map((i) => ({ name: i.name, achieved: Math.round(i.target * share) }));
  if (rank > 5) {
    if (rank <= 12)
      await tx.insert(grantReports).values({ awardId: award.id, kind: 'interim', narrative: 'Study visits and training done; the pilot is starting (demo).', indicators: indicators(0.5), costs: costsAt(content, 450), status: 'approved', submittedBy: managerId, submittedAt: new Date('2020-01-15T10:00:00+03:00'), decidedAt: new Date('2020-01-30T10:00:00+03:00') });
    return;
  }
  const perMille = rank === 2 ? 700 : 960;
  const costs = costsAt(content, perMille);
  const accepted = Object.values(costs).reduce((s, c) => s + c, 0);
  await tx.insert(grantReports).values({ awardId: award.id, kind: 'final', narrative: 'All activities completed; the pilot continues with the municipality’s own budget (demo).', indicators: indicators(rank === 2 ? 0.7 : 1.05), costs, status: 'approved', acceptedCostsCents: accepted, submittedBy: managerId, submittedAt: new Date('2020-11-02T10:00:00+03:00'), decidedAt: new Date('2020-12-01T10:00:00+03:00') });
  const rate = award.grantRateBp ?? summariseBudget(content.budget, award.grantCents).grantRateBp;
  const settled = finalPayment({ grantCents: award.grantCents, grantRateBp: rate, acceptedEligibleCostsCents: accepted, paidCents: pre });
  if (settled.dueCents > 0) await tx.insert(payments).values({ awardId: award.id, kind: 'final', amountCents: settled.dueCents, paidOn: '2020-12-15', createdBy: managerId });
  if (settled.recoveryCents > 0) await tx.insert(payments).values({ awardId: award.id, kind: 'recovery', amountCents: settled.recoveryCents, paidOn: '2020-12-15', createdBy: managerId });
  await tx.update(awards).set({ status: 'closed', grantCents: settled.finalGrantCents }).where(eq(awards.id, award.id));
}
