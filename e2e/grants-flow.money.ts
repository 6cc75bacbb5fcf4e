import { expect, type Browser } from '@playwright/test';
import {
  ACCEPTED, BUDGET, ENVELOPE, FINAL, FINAL_GRANT, GRANT, INDICATOR, INTERIM, INTERIM_ACCEPTED, MONTHS, NEEDED_FOR_PRE_2, PLANNED_BALANCE, PRE_1, PRE_2,
  RATE_BP, REPORTED, USED_AFTER_INTERIM, approveAsAdmin, fact, money, paymentRow, s, typed, type Flow,
} from './grants-flow.steps';
import { expectAccessible } from './support';

// The money of the whole-call spec: an 18-month contract of EUR 120,000 gets Annex II's option 2
// (pre-financing per reporting period); the first instalment, the second refused until İstanbul's
// interim report shows 70 % of the first used, then paid; the final report with its expenditure
// verification, and the balance. Every amount is computed from what the test typed.

const sumOf = (o: object) => Object.values(o as Record<string, number>).reduce((a, c) => a + c, 0);
const plan = (lang: 'en' | 'tr') =>
  s(lang, 'evaluation.award.plan', { list: [['pre_financing', PRE_1], ['pre_financing', PRE_2], ['final', PLANNED_BALANCE]].map(([k, c]) => `${s(lang, `evaluation.payment.${k}`)} ${money(lang, c as number)}`).join(' · ') });

/** 7. The manager opens the award from the programme's results: contract (option 2, an interim report scheduled) and the first pre-financing. */
export async function contractAndPrefinance(browser: Browser, f: Flow): Promise<void> {
  const { pm } = f;
  await pm.goto(`/grants/calls/${f.callId}`);
  // The breadcrumbs name the actual programme; its ledger shows the envelope and what the call holds.
  await pm.getByRole('link', { name: `Twinning flow ${f.stamp}`, exact: true }).click();
  await expect(pm.getByText(s('en', 'grants.ledger.envelope', { amount: money('en', ENVELOPE) })).first()).toBeVisible();
  await expect(pm.getByText(s('en', 'grants.ledger.unallotted', { amount: money('en', ENVELOPE - BUDGET) })).first()).toBeVisible();
  await pm.getByRole('link', { name: f.projectEn }).click();
  await expectAccessible(pm, 'project page (manager, en)');
  await pm.getByRole('link', { name: s('en', 'evaluation.award.open') }).click();
  const contract = pm.getByRole('region', { name: s('en', 'evaluation.award.contract') });
  await expect(fact(contract, s('en', 'evaluation.award.grant'))).toContainText(money('en', GRANT));
  await expectAccessible(pm, 'award before the contract (manager, en)');
  await contract.getByLabel(s('en', 'evaluation.award.startsOn')).fill(new Date().toISOString().slice(0, 10));
  await contract.getByRole('textbox', { name: s('en', 'evaluation.award.months') }).fill(String(MONTHS));
  await contract.getByRole('button', { name: s('en', 'evaluation.award.sign') }).click();
  await expect(pm.getByText(s('en', 'evaluation.awardStatus.contracted'), { exact: true })).toBeVisible();
  await expect(fact(contract, s('en', 'evaluation.award.rate'))).toContainText(new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 2 }).format(RATE_BP / 10_000));
  // Longer than 12 months and above EUR 100,000: option 2, one instalment per reporting period within 80 % of the grant.
  const payments = pm.getByRole('region', { name: s('en', 'evaluation.award.payments') });
  await expect(payments.getByText(s('en', 'evaluation.award.option.per_period'))).toBeVisible();
  await expect(payments.getByText(plan('en'))).toBeVisible();
  const schedule = pm.getByRole('region', { name: s('en', 'evaluation.schedule.title') });
  await expect(schedule.getByRole('row').filter({ hasText: s('en', 'evaluation.schedule.interim', { period: 1 }) })).toContainText(s('en', 'evaluation.schedule.open'));
  await expect(schedule.getByRole('row').filter({ hasText: s('en', 'evaluation.schedule.final') })).toContainText(s('en', 'evaluation.schedule.open'));
  await expectAccessible(pm, 'contract on option 2 with its reporting calendar (manager, en)');
  await payments.getByRole('button', { name: s('en', 'evaluation.award.payPre') }).click();
  await expect(paymentRow(payments, 'en', 'pre_financing', PRE_1)).toContainText(s('en', 'evaluation.payment.status.requested'));
  await approveAsAdmin(browser, pm.url(), 'pre_financing', PRE_1);
  await pm.reload();
  await expect(payments.getByText(s('en', 'evaluation.award.paid', { amount: money('en', PRE_1) }))).toBeVisible();
  // The second instalment waits for 70 % of the first to be used: nothing is accepted yet.
  await payments.getByRole('button', { name: s('en', 'evaluation.award.payPre') }).click();
  await expect(payments.getByText(s('en', 'conflicts.prefinancing_70_percent', { usedCents: money('en', 0), neededCents: money('en', NEEDED_FOR_PRE_2) }))).toBeVisible();
  await expect(payments.getByRole('row').filter({ hasText: s('en', 'evaluation.payment.pre_financing') })).toHaveCount(1);
  await expectAccessible(pm, 'further pre-financing refused before the interim report (manager, en)');
  const ledger = pm.getByRole('region', { name: s('en', 'evaluation.ledger.title') });
  await expect(ledger.getByText(s('en', 'grants.ledger.paid', { amount: money('en', PRE_1) }))).toBeVisible();
  await expect(ledger.getByText(s('en', 'grants.ledger.unpaid', { amount: money('en', GRANT - PRE_1) }))).toBeVisible();
}

/** İstanbul (Turkish) finds its project among the programme's results and submits a report on the award. */
async function report(f: Flow, kind: 'interim' | 'final', costs: Record<string, number>, achieved: number): Promise<void> {
  const { ist } = f;
  await ist.goto('/grants');
  await ist.getByRole('link', { name: `Kardeş şehir akışı ${f.stamp}` }).click();
  await ist.getByRole('link', { name: f.projectTr }).click();
  await ist.getByRole('link', { name: s('tr', 'evaluation.award.open') }).click();
  await expect(paymentRow(ist.getByRole('region', { name: s('tr', 'evaluation.award.payments') }), 'tr', 'pre_financing', PRE_1)).toBeVisible();
  const form = ist.getByRole('region', { name: s('tr', 'evaluation.report.new') });
  await form.getByText(s('tr', `evaluation.report.kind.${kind}`), { exact: true }).click();
  await form.getByLabel(s('tr', 'evaluation.report.narrative')).fill(kind === 'final' ? 'Ziyaret yapıldı, ortak veri portalı yayında.' : 'İlk yıl: veri standardı ve ilk ziyaret.');
  await form.getByLabel(INDICATOR).fill(String(achieved));
  for (const [heading, cents] of Object.entries(costs))
    await form.getByLabel(s('tr', `applications.headings.${heading}`), { exact: true }).fill(typed('tr', cents));
  if (kind === 'final') {
    // Above EUR 100,000 the final report comes with an expenditure verification.
    await form.getByRole('textbox', { name: s('tr', 'evaluation.report.auditor') }).fill('Bağımsız Denetim A.Ş.');
    await form.getByLabel(s('tr', 'evaluation.report.verifiedOn')).fill(new Date().toISOString().slice(0, 10));
  }
  await expectAccessible(ist, `${kind} report form (İstanbul, tr)`);
  await form.getByRole('button', { name: s('tr', 'evaluation.report.submit') }).click();
  const reports = ist.getByRole('region', { name: s('tr', 'evaluation.report.title') });
  await expect(reports.getByText(s('tr', 'evaluation.report.status.submitted'))).toBeVisible();
  await expect(reports.getByText(s('tr', 'evaluation.report.costs', { amount: money('tr', sumOf(costs)) }))).toBeVisible();
}

/** 8. İstanbul's interim report; the manager accepts its costs, which use more than 70 % of the first instalment; the second is requested and approved. */
export async function interimAndFurtherPrefinance(browser: Browser, f: Flow): Promise<void> {
  await report(f, 'interim', INTERIM, 6);
  const { pm } = f;
  await pm.reload();
  const reports = pm.getByRole('region', { name: s('en', 'evaluation.report.title') });
  await reports.getByRole('textbox', { name: s('en', 'evaluation.report.accepted') }).fill(typed('en', INTERIM_ACCEPTED));
  await reports.getByRole('textbox', { name: s('en', 'evaluation.report.comments') }).fill('First-year costs accepted except part of the travel.');
  await expectAccessible(pm, 'interim report to decide (manager, en)');
  await reports.getByRole('button', { name: s('en', 'evaluation.report.approve') }).click();
  await expect(reports.getByText(s('en', 'evaluation.report.acceptedWas', { amount: money('en', INTERIM_ACCEPTED) }))).toBeVisible();
  const schedule = pm.getByRole('region', { name: s('en', 'evaluation.schedule.title') });
  await expect(schedule.getByRole('row').filter({ hasText: s('en', 'evaluation.schedule.interim', { period: 1 }) })).toContainText(s('en', 'evaluation.schedule.done'));
  // The premise of the 70 % rule, from the typed figures: the accepted costs' grant share covers 70 % of the first instalment.
  expect(USED_AFTER_INTERIM).toBeGreaterThanOrEqual(NEEDED_FOR_PRE_2);
  const payments = pm.getByRole('region', { name: s('en', 'evaluation.award.payments') });
  await payments.getByRole('button', { name: s('en', 'evaluation.award.payPre') }).click();
  await expect(paymentRow(payments, 'en', 'pre_financing', PRE_2)).toContainText(s('en', 'evaluation.payment.status.requested'));
  await approveAsAdmin(browser, pm.url(), 'pre_financing', PRE_2);
  await pm.reload();
  await expect(payments.getByText(s('en', 'evaluation.award.paid', { amount: money('en', PRE_1 + PRE_2) }))).toBeVisible();
  // Every planned instalment is paid: no further pre-financing is offered.
  await expect(payments.getByRole('button', { name: s('en', 'evaluation.award.payPre') })).toHaveCount(0);
  const ledger = pm.getByRole('region', { name: s('en', 'evaluation.ledger.title') });
  await expect(ledger.getByText(s('en', 'grants.ledger.paid', { amount: money('en', PRE_1 + PRE_2) }))).toBeVisible();
  await expect(ledger.getByText(s('en', 'grants.ledger.unpaid', { amount: money('en', GRANT - PRE_1 - PRE_2) }))).toBeVisible();
  await expectAccessible(pm, 'second pre-financing paid (manager, en)');
}

/** 9. İstanbul's final report; the manager approves it with the accepted costs and requests the balance; the admin approves it. */
export async function finalReportAndSettle(browser: Browser, f: Flow): Promise<void> {
  await report(f, 'final', REPORTED, 12);
  const { pm } = f;
  await pm.reload();
  const reports = pm.getByRole('region', { name: s('en', 'evaluation.report.title') });
  await reports.getByRole('textbox', { name: s('en', 'evaluation.report.accepted') }).fill(typed('en', ACCEPTED));
  await reports.getByRole('textbox', { name: s('en', 'evaluation.report.comments') }).fill('Costs accepted except part of the travel.');
  await expectAccessible(pm, 'final report to decide (manager, en)');
  await reports.getByRole('button', { name: s('en', 'evaluation.report.approve') }).click();
  await expect(reports.getByText(s('en', 'evaluation.report.acceptedWas', { amount: money('en', ACCEPTED) }))).toBeVisible();
  const payments = pm.getByRole('region', { name: s('en', 'evaluation.award.payments') });
  await payments.getByRole('button', { name: s('en', 'evaluation.award.payFinal') }).click();
  await expect(paymentRow(payments, 'en', 'final', FINAL)).toContainText(s('en', 'evaluation.payment.status.requested'));
  await approveAsAdmin(browser, pm.url(), 'final', FINAL);
  await pm.reload();
  await expect(payments.getByText(s('en', 'evaluation.award.paid', { amount: money('en', PRE_1 + PRE_2 + FINAL) }))).toBeVisible();
  await expect(pm.getByText(s('en', 'evaluation.awardStatus.closed'), { exact: true })).toBeVisible();
  await expect(fact(pm.getByRole('region', { name: s('en', 'evaluation.award.contract') }), s('en', 'evaluation.award.grant'))).toContainText(money('en', FINAL_GRANT));
  const ledger = pm.getByRole('region', { name: s('en', 'evaluation.ledger.title') });
  await expect(ledger.getByText(s('en', 'grants.ledger.awarded', { amount: money('en', FINAL_GRANT) }))).toBeVisible();
  await expect(ledger.getByText(s('en', 'grants.ledger.paid', { amount: money('en', FINAL_GRANT) }))).toBeVisible();
  await expect(ledger.getByText(s('en', 'grants.ledger.left', { amount: money('en', BUDGET - FINAL_GRANT) }))).toBeVisible();
  await expectAccessible(pm, 'award settled (manager, en)');

  // İstanbul reads the three payments in Turkish.
  await f.ist.reload();
  const istPayments = f.ist.getByRole('region', { name: s('tr', 'evaluation.award.payments') });
  for (const [kind, cents] of [['pre_financing', PRE_1], ['pre_financing', PRE_2], ['final', FINAL]] as const)
    await expect(paymentRow(istPayments, 'tr', kind, cents)).toContainText(s('tr', 'evaluation.payment.status.paid'));
  await expect(istPayments.getByText(s('tr', 'evaluation.award.paid', { amount: money('tr', PRE_1 + PRE_2 + FINAL) }))).toBeVisible();
  await expectAccessible(f.ist, 'settled award (İstanbul, tr)');
}
