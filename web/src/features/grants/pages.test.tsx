import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call2018Rules } from '../../../../shared/grants.fixtures';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import CallEditorPage from './CallEditorPage';
import CallPage from './CallPage';
import GrantsPage from './GrantsPage';

const CALL = '6f1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01';
const PROGRAMME = '11111111-2222-4333-8444-555555555555';
const manager = { id: 'u1', email: 'manager@twinbridge.demo', name: 'Manager', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };
const rules = call2018Rules();
const call = {
  id: CALL, programmeId: PROGRAMME, reference: 'TWIN-2026/01', titleEn: 'Town twinning call 2026', titleTr: 'Kardeş şehir teklif çağrısı 2026',
  status: 'draft', stage: 'full', opensAt: rules.opensAt, deadlineAt: rules.deadlineAt, budgetCents: rules.budgetCents,
  minGrantCents: rules.minGrantCents, maxGrantCents: rules.maxGrantCents, themes: rules.themes, open: false,
  rules, publishedAt: null, applications: { submitted: 3, awarded: 2 },
  programme: { code: 'TWIN-2026', titleEn: 'Town Twinning 2026', titleTr: 'Kardeş Şehir 2026' },
};
// A EUR 5 M envelope with EUR 4.1 M allotted to calls, EUR 1 M of it awarded.
const ledger = { totalCents: 500_000_000, awardedCents: 100_000_000, committedCents: 100_000_000, paidCents: 80_000_000, recoveredCents: 0, owedCents: 20_000_000, leftCents: 400_000_000, allottedCents: 410_000_000, unallottedCents: 90_000_000 };
const programme = {
  id: PROGRAMME, code: 'TWIN-2026', titleEn: 'Town Twinning 2026', titleTr: 'Kardeş Şehir 2026', descriptionEn: 'Grants.', descriptionTr: 'Hibeler.',
  currency: 'EUR', budgetCents: 500_000_000, demo: true, ledger, figures: { projects: 12, grantedCents: 100_000_000, provinces: 9, countries: 7, themes: 5 },
};

function api(user: typeof manager | null, onCreate?: (body: unknown) => void) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: user ? 'tok' : null } };
    if (url.pathname === `/api/calls/${CALL}`) return { status: 200, body: call };
    if (url.pathname === '/api/programmes' && init.method === 'POST') {
      onCreate?.(JSON.parse(String(init.body)));
      return { status: 409, body: { error: 'conflict', message: 'taken', reason: 'programme_code_taken', params: { code: 'TWIN-2027' } } };
    }
    if (url.pathname === '/api/programmes') return { status: 200, body: { items: [programme] } };
    if (url.pathname === `/api/programmes/${PROGRAMME}`) return { status: 200, body: { ...programme, calls: [] } };
    if (url.pathname === '/api/calls') return { status: 200, body: { items: [{ ...call, status: 'published', open: true, deadlineAt: new Date(Date.now() + 12.5 * 86_400_000).toISOString() }] } };
    if (url.pathname === `/api/programmes/${PROGRAMME}/calls` && init.method === 'POST') {
      onCreate?.(JSON.parse(String(init.body)));
      return { status: 400, body: { error: 'bad_request', message: 'The call rules do not hold together', fields: [
        { path: 'rules.minGrantCents', message: 'min grant above max (maxGrantCents 13000000)', code: 'min_grant_above_max', params: { maxGrantCents: 13_000_000 } },
      ] } };
    }
    return { status: 404 };
  });
}

const routes = (
  <Routes>
    <Route path="/grants" element={<GrantsPage />} />
    <Route path="/grants/calls/:id" element={<CallPage />} />
    <Route path="/grants/programmes/:id/calls/new" element={<CallEditorPage mode="new" />} />
  </Routes>
);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('grant scheme pages', () => {
  it('shows programmes with their figures and envelope ledger, and open calls with days left', async () => {
    api(null);
    renderAt('/grants', routes);
    expect(await screen.findByRole('link', { name: 'Town Twinning 2026' })).toBeTruthy();
    expect(screen.getByText('DEMO')).toBeTruthy();
    expect(screen.getByText('€1,000,000', { selector: 'dd' })).toBeTruthy();
    // The envelope is the programme's own figure; calls draw from it.
    expect(screen.getByText('Programme envelope: €5,000,000')).toBeTruthy();
    expect(screen.getByText('Allotted to calls: €4,100,000')).toBeTruthy();
    expect(screen.getByText('Committed by contracts: €1,000,000')).toBeTruthy();
    expect(screen.getByText('In calls, not yet awarded: €3,100,000')).toBeTruthy();
    expect(screen.getByText('Left for new calls: €900,000')).toBeTruthy();
    expect(await screen.findByText('Closes in 13 days')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New programme' })).toBeNull();
  });

  it('shows a call in words, its grid as a table and its deadline in Istanbul time', async () => {
    api(null);
    renderAt(`/grants/calls/${CALL}`, routes);
    expect(await screen.findByRole('heading', { level: 1, name: 'Town twinning call 2026' })).toBeTruthy();
    // The breadcrumbs name the actual programme, not the word "Programme".
    expect(screen.getByRole('link', { name: 'Town Twinning 2026' }).getAttribute('href')).toBe(`/grants/programmes/${PROGRAMME}`);
    expect(screen.getByText('Each grant is between €60,000 and €130,000.')).toBeTruthy();
    expect(screen.getByText('15 January 2019, 17:00 (Istanbul time)')).toBeTruthy();
    const grid = screen.getByRole('table', { name: /Evaluation grid: 100 points in all/ });
    expect(within(grid).getByRole('rowheader', { name: '1. Relevance of the action' })).toBeTruthy();
    expect(within(grid).getByText('Eliminatory')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
  });

  it('gives a programme manager Edit and Publish on a draft', async () => {
    api(manager);
    renderAt(`/grants/calls/${CALL}`, routes);
    expect(await screen.findByRole('button', { name: 'Publish' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit' }).getAttribute('href')).toBe(`/grants/calls/${CALL}/edit`);
  });

  it('lets a manager set the programme envelope when opening a programme, in exact cents', async () => {
    let sent: { code: string; budgetCents: number } | null = null;
    api(manager, (b) => { sent = b as typeof sent; });
    renderAt('/grants', routes);
    fireEvent.click(await screen.findByRole('button', { name: 'New programme' }));
    const dialog = await screen.findByRole('dialog', { name: 'New grant programme' });
    fireEvent.change(within(dialog).getByLabelText(/^Code/), { target: { value: 'twin-2027' } });
    fireEvent.change(within(dialog).getByLabelText(/^Title \(English\)/), { target: { value: 'Twinning 2027' } });
    fireEvent.change(within(dialog).getByLabelText(/^Title \(Turkish\)/), { target: { value: 'Kardeş Şehir 2027' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create programme' }));
    expect(await within(dialog).findByText('In euros. The calls’ budgets together can never exceed it.', { selector: '.mantine-InputWrapper-error' })).toBeTruthy();
    expect(sent).toBeNull();
    fireEvent.change(within(dialog).getByLabelText(/^Envelope/), { target: { value: '4,100,000.50' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create programme' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent!).toMatchObject({ code: 'TWIN-2027', budgetCents: 410_000_050 });
    expect(await within(dialog).findByText('A programme with this code exists already.')).toBeTruthy();
  }, 30_000);

  it('sends exact cents from the editor and shows a server problem next to its input', async () => {
    let sent: { rules: { minGrantCents: number; maxIndirectBp: number } } | null = null;
    api(manager, (b) => { sent = b as typeof sent; });
    renderAt(`/grants/programmes/${PROGRAMME}/calls/new`, routes);
    // Label queries: role queries over the editor's hundred inputs are slow in happy-dom.
    const min = await screen.findByLabelText(/^Minimum grant/);
    // The editor says how much of the programme's envelope a new call may take.
    expect((await screen.findByTestId('envelope-left')).textContent).toBe('The programme’s envelope is €5,000,000; €900,000 of it is not yet allotted to a call. A call’s budget must fit in what is left.');
    fireEvent.change(screen.getByLabelText(/^Reference/), { target: { value: 'twin-2026/01' } });
    fireEvent.change(screen.getAllByLabelText(/^Title \(English\)/)[0]!, { target: { value: 'Call' } });
    fireEvent.change(screen.getAllByLabelText(/^Title \(Turkish\)/)[0]!, { target: { value: 'Çağrı' } });
    fireEvent.change(min, { target: { value: '200,000.29' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the call' }));
    expect(await screen.findByText('The minimum grant is above the maximum grant (€130,000).', { selector: '.mantine-InputWrapper-error' })).toBeTruthy();
    await waitFor(() => expect(min.getAttribute('aria-invalid')).toBe('true'));
    expect(sent!.rules.minGrantCents).toBe(20_000_029);
    expect(sent!.rules.maxIndirectBp).toBe(700);
  }, 30_000);
});
