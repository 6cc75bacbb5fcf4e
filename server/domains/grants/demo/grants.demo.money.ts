import { eq } from 'drizzle-orm';
import type { ApplicationContent, CallRules } from '../../../../shared/grants';
import type { Db } from '../../../platform/db';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { awards, grantReports, payments, recoveryOrders } from '../grants.schema';
import { finalPayment, lastDayWithin } from '../money/payments.rules';
import { furtherPreFinancing, grantShareOfCosts, instalmentPlan, paymentOption, reportSchedule, VERIFICATION_ABOVE_CENTS } from '../money/payments.schedule.rules';
import { monthsOf } from '../money/grants.contract.figures';

type Award = typeof awards.$inferSelect;

/** Costs by heading at a share (per mille) of the planned budget, for demo reports. */
function costsAt(content: ApplicationContent, perMille: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of content.budget) out[l.heading] = (out[l.heading] ?? 0) + Math.floor((l.amountCents * perMille) / 1000);
  return out;
}
const sum = (r: Record<string, number>) => Object.values(r).reduce((s, c) => s + c, 0);
const at = (day: string) => new Date(`${day}T10:00:00+03:00`);

/** Who runs the demo money: one manager requests, another approves (four eyes). */
export interface MoneyPeople {
  requester: string;
  approver: string;
}

/**
 * The money of a demo contract, built by the platform's own rules: the Annex II payment option from
 * duration and grant; option 2 contracts report on their first year and get the second instalment only
 * when 70 % of the first is used; every contract ended in 2020, so each has its final report (with an
 * expenditure verification above EUR 100 000) and is settled and closed. One contract paid by
 * pre-financing and balance (`underspends`) spent far less and repaid the recovery order within its term.
 */
export async function seedMoney(tx: Db, award: Award, rules: CallRules, content: ApplicationContent, underspends: boolean, who: MoneyPeople): Promise<void> {
  const s = summariseBudget(content.budget, award.grantCents);
  const months = monthsOf(award.startsOn!, award.endsOn!);
  const option = paymentOption(months, award.grantCents);
  await tx.update(awards).set({ paymentOption: option, budget: s.byHeading, budgetByYear: s.byYear }).where(eq(awards.id, award.id));
  const paid = (kind: string, amountCents: number, period: number, day: string) =>
    tx.insert(payments).values({ awardId: award.id, kind, amountCents, period, paidOn: day, status: 'paid', createdBy: who.requester, approvedBy: who.approver });
  const plan = instalmentPlan({ option, grantCents: award.grantCents, durationMonths: months, plannedByYear: s.byYear, preFinancingBp: rules.preFinancingBp }).filter((x) => x.kind === 'pre_financing');
  const indicators = (share: number) => content.indicators.map((i) => ({ name: i.name, achieved: Math.round(i.target * share) }));
  let paidCents = 0;
  if (plan[0]) { await paid('pre_financing', plan[0].amountCents, 1, '2019-04-15'); paidCents += plan[0].amountCents; }
  const schedule = reportSchedule(option, award.startsOn!, award.endsOn!);
  for (const due of schedule.filter((d) => d.kind === 'interim')) {
    const costs = costsAt(content, 450);
    await tx.insert(grantReports).values({ awardId: award.id, kind: 'interim', narrative: 'Study visits and training done; the pilot is starting (demo).', indicators: indicators(0.5), costs, status: 'approved', acceptedCostsCents: sum(costs), submittedBy: who.requester, submittedAt: at(lastDayWithin(due.periodEnd, 1)), decidedAt: at(due.dueOn) });
    const next = plan[due.period];
    const used = grantShareOfCosts(sum(costs), award.grantCents, s.totalCents);
    if (next && furtherPreFinancing(plan.slice(0, due.period).map((x) => x.amountCents), used).allowed) {
      await paid('pre_financing', next.amountCents, next.period, lastDayWithin(due.dueOn, 1));
      paidCents += next.amountCents;
    }
  }
  const final = schedule.at(-1)!;
  const costs = costsAt(content, underspends ? 700 : 960);
  const accepted = sum(costs);
  const verification = award.grantCents > VERIFICATION_ABOVE_CENTS ? { auditor: 'Bağımsız Denetim A.Ş. (demo)', issuedOn: '2020-11-20' } : null;
  await tx.insert(grantReports).values({ awardId: award.id, kind: 'final', narrative: 'All activities completed; the pilot continues with the municipality’s own budget (demo).', indicators: indicators(underspends ? 0.7 : 1.05), costs, status: 'approved', acceptedCostsCents: accepted, acceptedCosts: costs, verification, submittedBy: who.requester, submittedAt: at('2020-12-01'), decidedAt: at(final.dueOn) });
  const settled = finalPayment({ grantCents: award.grantCents, plannedCostsCents: s.totalCents, acceptedEligibleCostsCents: accepted, paidCents });
  if (settled.dueCents > 0) await paid('final', settled.dueCents, final.period, '2021-01-15');
  if (settled.recoveryCents > 0) {
    await tx.insert(recoveryOrders).values({ awardId: award.id, amountCents: settled.recoveryCents, issuedOn: '2021-01-15', dueOn: '2021-02-14', collectedCents: settled.recoveryCents, createdBy: who.requester });
    await paid('recovery', settled.recoveryCents, final.period, '2021-02-10');
  }
  await tx.update(awards).set({ status: 'closed', grantCents: settled.finalGrantCents }).where(eq(awards.id, award.id));
}
