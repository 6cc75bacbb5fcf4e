import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AwardView } from '../../api/evaluation';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { ReportsList } from './ReportsList';

// The manager's decision on a report. An interim report's accepted costs are what Annex II's 70 % rule
// counts before further pre-financing (server: requestPreFinancing), so they can be typed for it too.

const AWARD = '5e1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01';
const REPORT = '6e1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01';

function award(kind: 'interim' | 'final', status = 'submitted', acceptedCostsCents: number | null = null): AwardView {
  return {
    id: AWARD, applicationId: 'a', reference: 'FLOW/01-001', leadCode: 'TR-BSB-34', rank: 1, grantCents: 120_000_00, status: 'contracted',
    grantRateBp: 8_026, startsOn: '2026-12-06', endsOn: '2028-06-05', plan: [], payments: [],
    reports: [{ id: REPORT, kind, status, narrative: 'Year one', comments: '', acceptedCostsCents, costs: { human_resources: 50_000_00, travel: 26_000_00 }, indicators: [], submittedAt: '2026-12-06T10:00:00.000Z' }],
    amendments: [], paidCents: 0, ledger: { grantCents: 120_000_00, paidCents: 0, recoveredCents: 0, owedCents: 120_000_00, recoveryDueCents: 0 },
    phase: 'contracted', paymentOption: 'per_period', reportsDue: [], recoveries: [], budget: { basis: {}, current: {} }, transfers: [],
  };
}

/** Render the reports as a manager sees them; returns the decision bodies the API received. */
function render(kind: 'interim' | 'final') {
  const decisions: unknown[] = [];
  stubApi((url, init) => {
    if (url.pathname === `/api/reports/${REPORT}/decision` && init.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { acceptedCostsCents?: number };
      decisions.push(body);
      return { status: 200, body: award(kind, 'approved', body.acceptedCostsCents ?? null) };
    }
    return { status: 404 };
  });
  let shown = award(kind);
  const view = renderAt('/', <ReportsList award={shown} manager onDone={(a) => { shown = a; view.rerender(<ReportsList award={shown} manager onDone={() => undefined} />); }} />);
  return decisions;
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('a manager deciding on a report', () => {
  it('approves an interim report with the accepted costs, which the 70 % rule counts', async () => {
    const decisions = render('interim');
    fireEvent.change(screen.getByRole('textbox', { name: 'Accepted eligible costs (EUR)' }), { target: { value: '70,000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(decisions).toEqual([{ decision: 'approved', comments: '', acceptedCostsCents: 70_000_00 }]));
  });
  it('approves an interim report without accepted costs when none are typed', async () => {
    const decisions = render('interim');
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(decisions).toEqual([{ decision: 'approved', comments: '' }]));
  });
  it('asks for the accepted costs of a final report in the same field', async () => {
    const decisions = render('final');
    fireEvent.change(screen.getByRole('textbox', { name: 'Accepted eligible costs (EUR)' }), { target: { value: '140,000.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(decisions).toEqual([{ decision: 'approved', comments: '', acceptedCostsCents: 140_000_50 }]));
  });
});
