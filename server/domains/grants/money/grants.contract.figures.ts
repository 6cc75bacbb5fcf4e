import { eq } from 'drizzle-orm';
import { applyTransfer, headingAmounts, type HeadingAmounts } from '../../../../shared/grants.budget.flex.rules';
import type { ApplicationContent, BudgetHeading } from '../../../../shared/grants';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import type { Db } from '../../../platform/db';
import { awards, budgetTransfers, payments, recoveryOrders } from '../grants.schema';
import { lastDayWithin } from './payments.rules';
import { paymentOption, type PaymentOption } from './payments.schedule.rules';

type Award = typeof awards.$inferSelect;

/** Whole months a contract runs: the fewest whose last day reaches the end date. */
export function monthsOf(startsOn: string, endsOn: string): number {
  let m = 1;
  while (m < 120 && lastDayWithin(startsOn, m) < endsOn) m++;
  return m;
}

export interface ContractFigures {
  option: PaymentOption;
  durationMonths: number;
  plannedByYear: number[];
  plannedTotalCents: number;
  /** The budget as signed and as last changed by addendum or approved contingency use. */
  basis: HeadingAmounts;
  /** The basis with the beneficiary's notified transfers. */
  current: HeadingAmounts;
}

/**
 * A signed contract's money figures: the option chosen at signature (or, for contracts signed before
 * options were recorded, by the same rule), the planned budget and its headings after transfers.
 */
export async function contractFigures(db: Db, award: Award, content: ApplicationContent): Promise<ContractFigures> {
  const s = summariseBudget(content.budget, award.grantCents);
  const durationMonths = award.startsOn && award.endsOn ? monthsOf(award.startsOn, award.endsOn) : (content.durationMonths ?? 12);
  const signed = headingAmounts(award.budget ?? s.byHeading);
  const moves = await db.select().from(budgetTransfers).where(eq(budgetTransfers.awardId, award.id)).orderBy(budgetTransfers.createdAt);
  let basis = signed;
  let current = signed;
  for (const t of moves) {
    const move = { from: t.fromHeading as BudgetHeading, to: t.toHeading as BudgetHeading, amountCents: t.amountCents };
    current = applyTransfer(current, move);
    if (t.kind !== 'notification') basis = applyTransfer(basis, move);
  }
  const plannedByYear = award.budgetByYear ?? s.byYear;
  return {
    option: (award.paymentOption as PaymentOption | null) ?? paymentOption(durationMonths, award.grantCents),
    durationMonths,
    plannedByYear,
    plannedTotalCents: Object.values(signed).reduce((a, b) => a + b, 0),
    basis,
    current,
  };
}

/** Money actually out (paid payments, not requested ones) less recoveries collected. */
export async function netPaid(db: Db, awardId: string): Promise<number> {
  const rows = await db.select().from(payments).where(eq(payments.awardId, awardId));
  return rows.filter((p) => p.status === 'paid').reduce((s, p) => s + (p.kind === 'recovery' ? -p.amountCents : p.amountCents), 0);
}

/** Recovery orders of an award with what is still due on each. */
export async function recoveriesOf(db: Db, awardId: string) {
  const rows = await db.select().from(recoveryOrders).where(eq(recoveryOrders.awardId, awardId)).orderBy(recoveryOrders.createdAt);
  return rows.map((r) => ({ id: r.id, amountCents: r.amountCents, issuedOn: r.issuedOn, dueOn: r.dueOn, collectedCents: r.collectedCents, outstandingCents: r.amountCents - r.collectedCents }));
}
