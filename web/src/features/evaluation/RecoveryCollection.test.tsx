import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AwardView } from '../../api/evaluation';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { Recoveries } from './ScheduleSection';

// A recovery order on a closed contract: EUR 28,485.99 owed back, due 1 November 2026. A manager
// records what actually came in, in parts, each on its own day; the server's refusals show at the input.

const ORDER = 'a0a0a0a0-1111-4222-8333-444444444444';
const order = { id: ORDER, amountCents: 2_848_599, issuedOn: '2026-10-01', dueOn: '2026-11-01', collectedCents: 0, outstandingCents: 2_848_599 };
const award: AwardView = {
  id: 'b0b0b0b0-1111-4222-8333-444444444444', applicationId: 'c0', reference: 'REV/01-B', leadCode: 'TR-BSB-07', rank: 2, grantCents: 3_551_401, status: 'closed',
  grantRateBp: 7102, startsOn: '2025-02-01', endsOn: '2026-01-31', plan: [], payments: [], reports: [], amendments: [], paidCents: 6_400_000,
  ledger: { grantCents: 3_551_401, paidCents: 6_400_000, recoveredCents: 0, owedCents: 0, recoveryDueCents: 2_848_599 }, phase: 'closed', paymentOption: 'single',
  reportsDue: [], recoveries: [order], budget: { basis: {}, current: {} }, transfers: [],
};
const manager = { id: 'u1', email: 'manager@twinbridge.demo', name: 'Manager', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };

function Harness({ manages = true }: { manages?: boolean }) {
  const [a, setA] = useState(award);
  return <Recoveries award={a} manager={manages} onDone={setA} />;
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('recovery orders', () => {
  it('shows the due date, what was collected and what is outstanding, and records a part collected on its day', async () => {
    const sent: unknown[] = [];
    stubApi((url, init) => {
      if (url.pathname === '/api/auth/me') return { status: 200, body: { user: manager, csrfToken: 'tok' } };
      if (url.pathname === `/api/recoveries/${ORDER}/collections` && init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { amountCents: number; collectedOn: string };
        sent.push(body);
        if (body.collectedOn < order.issuedOn) return { status: 400, body: { error: 'bad_request', message: 'no', fields: [{ path: 'collectedOn', message: 'collected before issued', code: 'collected_before_issued', params: { issuedOn: order.issuedOn } }] } };
        const collected = { ...order, collectedCents: body.amountCents, outstandingCents: order.amountCents - body.amountCents };
        return { status: 200, body: { ...award, recoveries: [collected], payments: [{ id: 'p1', kind: 'recovery', amountCents: body.amountCents, paidOn: body.collectedOn, status: 'paid', period: 0 }] } };
      }
      return { status: 404 };
    });
    renderAt('/', <Harness />);
    const table = await screen.findByRole('table');
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1 October 2026', '1 November 2026 · overdue', '€28,485.99', '€0', '€28,485.99']);

    const form = screen.getByRole('group', { name: 'Record a collection on the order of 1 October 2026 (€28,485.99 outstanding)' });
    const amount = within(form).getByLabelText(/^Amount collected/) as HTMLInputElement;
    const day = within(form).getByLabelText(/^Collected on/) as HTMLInputElement;
    // It starts from the whole outstanding amount, today.
    expect(amount.value).toBe('28,485.99');
    expect(day.value).toBe(new Date().toISOString().slice(0, 10));
    expect(day.getAttribute('min')).toBe('2026-10-01');

    // Words are not an amount: nothing is sent.
    fireEvent.change(amount, { target: { value: 'half' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the collection' }));
    expect(await within(form).findByText(/amount/i, { selector: '.mantine-InputWrapper-error' })).toBeTruthy();
    expect(sent).toEqual([]);

    // A day before the order: the server's refusal stands at the date.
    fireEvent.change(amount, { target: { value: '20,000' } });
    fireEvent.change(day, { target: { value: '2026-09-30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the collection' }));
    expect(await within(form).findByText('The day cannot be before the order was issued (1 October 2026).', { selector: '.mantine-InputWrapper-error' })).toBeTruthy();
    await waitFor(() => expect(day.getAttribute('aria-invalid')).toBe('true'));

    fireEvent.change(day, { target: { value: '2026-11-20' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the collection' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ amountCents: 2_000_000, collectedOn: '2026-11-20' });
    // The table and the form follow the order: €20,000 collected, €8,485.99 still outstanding.
    await waitFor(() => expect(within(screen.getAllByRole('row')[1]!).getAllByRole('cell').map((c) => c.textContent).slice(3)).toEqual(['€20,000', '€8,485.99']));
    const next = screen.getByRole('group', { name: 'Record a collection on the order of 1 October 2026 (€8,485.99 outstanding)' });
    expect((within(next).getByLabelText(/^Amount collected/) as HTMLInputElement).value).toBe('8,485.99');
  }, 30_000);

  it('shows the order without a form to those who do not manage grants', async () => {
    stubApi(() => ({ status: 404 }));
    renderAt('/', <Harness manages={false} />);
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record the collection' })).toBeNull();
  });
});
