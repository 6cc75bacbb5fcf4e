import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallRules } from '../../../../shared/grants';
import { call2018Rules } from '../../../../shared/grants.fixtures';
import { twinningGrid } from '../../../../shared/grants.grid';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import CallEditorPage from './CallEditorPage';
import CallPage from './CallPage';

// The call editor's two-stage settings: the concept-note grid (PRAG's 50 points to start with, edited
// with the same builder as the full grid), its pre-selection threshold, and the reserve list's validity;
// what the manager types is what is sent, and the server's 400 and 409 answers show at the input.

const CALL = '6f1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d02';
const PROGRAMME = '11111111-2222-4333-8444-555555555556';
const manager = { id: 'u1', email: 'manager@twinbridge.demo', name: 'Manager', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };
const programme = {
  id: PROGRAMME, code: 'TWIN-2026', titleEn: 'Town Twinning 2026', titleTr: 'Kardeş Şehir 2026', descriptionEn: '', descriptionTr: '', currency: 'EUR', budgetCents: 500_000_000, demo: false, calls: [],
  ledger: { totalCents: 500_000_000, awardedCents: 0, committedCents: 0, paidCents: 0, recoveredCents: 0, owedCents: 0, leftCents: 500_000_000, allottedCents: 0, unallottedCents: 500_000_000 },
  figures: { projects: 0, grantedCents: 0, provinces: 0, countries: 0, themes: 0 },
};
const twoStageRules: CallRules = { ...call2018Rules(), twoStage: true, preSelectionThreshold: 30, fullDeadlineAt: '2019-04-15T14:00:00.000Z', reserveValidMonths: 12 };
const publishedCall = {
  id: CALL, programmeId: PROGRAMME, reference: 'TWIN-2026/02', titleEn: 'Two-stage call', titleTr: 'İki aşamalı çağrı', status: 'published', stage: 'concept',
  opensAt: twoStageRules.opensAt, deadlineAt: twoStageRules.deadlineAt, budgetCents: twoStageRules.budgetCents, minGrantCents: twoStageRules.minGrantCents,
  maxGrantCents: twoStageRules.maxGrantCents, themes: twoStageRules.themes, open: false, rules: twoStageRules, publishedAt: '2018-10-01T07:00:00.000Z',
  applications: {}, programme: { code: 'TWIN-2026', titleEn: 'Town Twinning 2026', titleTr: 'Kardeş Şehir 2026' },
};

type Sent = { rules: CallRules } | null;

function api(answer: (body: { rules: CallRules }) => { status: number; body: unknown }, onSend: (b: { rules: CallRules }) => void) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user: manager, csrfToken: 'tok' } };
    if (url.pathname === `/api/programmes/${PROGRAMME}`) return { status: 200, body: programme };
    if (url.pathname === `/api/calls/${CALL}` && init.method === 'PUT') {
      const body = JSON.parse(String(init.body)) as { rules: CallRules };
      onSend(body);
      return answer(body);
    }
    if (url.pathname === `/api/calls/${CALL}`) return { status: 200, body: publishedCall };
    if (url.pathname === `/api/programmes/${PROGRAMME}/calls` && init.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { rules: CallRules };
      onSend(body);
      return answer(body);
    }
    return { status: 404 };
  });
}

const routes = (
  <Routes>
    <Route path="/grants/programmes/:id/calls/new" element={<CallEditorPage mode="new" />} />
    <Route path="/grants/calls/:id/edit" element={<CallEditorPage mode="edit" />} />
    <Route path="/grants/calls/:id" element={<CallPage />} />
  </Routes>
);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

/** Fill the reference and titles of a new call. */
function name() {
  fireEvent.change(screen.getByLabelText(/^Reference/), { target: { value: 'TWIN-2026/02' } });
  fireEvent.change(screen.getAllByLabelText(/^Title \(English\)/)[0]!, { target: { value: 'Two-stage call' } });
  fireEvent.change(screen.getAllByLabelText(/^Title \(Turkish\)/)[0]!, { target: { value: 'İki aşamalı çağrı' } });
}

describe('the call editor’s two-stage settings', () => {
  it('edits the concept-note grid from PRAG’s 50 points, its threshold and the reserve list’s term, and sends them', async () => {
    let sent: Sent = null;
    api(() => ({ status: 400, body: { error: 'bad_request', message: 'The call rules do not hold together', fields: [
      { path: 'rules.preSelectionThreshold', message: 'above the grid', code: 'threshold_above_grid_max', params: { max: 55 } },
    ] } }), (b) => { sent = b; });
    renderAt(`/grants/programmes/${PROGRAMME}/calls/new`, routes);
    await screen.findByLabelText(/^Minimum grant/);
    // One stage: no concept grid and no pre-selection threshold.
    expect(screen.queryByText('Concept-note grid (first stage)')).toBeNull();
    fireEvent.click(screen.getByLabelText(/^Two stages/));
    const legend = await screen.findByText('Concept-note grid (first stage)');
    const grid = legend.closest('fieldset')!;
    // Text and label queries: role queries over the editor's hundreds of inputs are slow in happy-dom.
    const relevance = within(grid).getByText('Concept-note section 1 (30 points)').closest('section')!;
    expect(within(grid).getByText('Concept-note section 2 (20 points)').closest('section')).toBeTruthy();
    expect((within(relevance).getAllByLabelText(/^Title \(English\)/)[0] as HTMLInputElement).value).toBe('Relevance of the action');
    // The threshold stands with the stage settings, counted on the concept-note grid below them.
    const threshold = screen.getByLabelText(/^Pre-selection threshold/) as HTMLInputElement;
    expect(threshold.value).toBe('30');
    expect(screen.getByText('Of 50 points on the concept-note grid; only concept notes at or above it can be shortlisted')).toBeTruthy();
    expect(within(grid).getByText('50 points in all; concept notes go on by the pre-selection threshold above.')).toBeTruthy();

    // A fifth relevance criterion worth 5 points: the section and the grid maxima follow as typed.
    fireEvent.click(within(grid).getByText('Add a criterion to concept-note section 1').closest('button')!);
    const added = grid.querySelector<HTMLElement>('[role="group"][aria-label="Concept-note criterion 1.5"]')!;
    fireEvent.change(within(added).getByLabelText(/^Title \(English\)/), { target: { value: 'Visibility of the partnership' } });
    fireEvent.change(within(added).getByLabelText(/^Title \(Turkish\)/), { target: { value: 'Ortaklığın görünürlüğü' } });
    expect(await within(grid).findByText('Concept-note section 1 (35 points)')).toBeTruthy();
    expect(await screen.findByText('Of 55 points on the concept-note grid; only concept notes at or above it can be shortlisted')).toBeTruthy();
    expect(within(grid).getByText('55 points in all; concept notes go on by the pre-selection threshold above.')).toBeTruthy();
    fireEvent.change(threshold, { target: { value: '33' } });
    fireEvent.change(screen.getByLabelText(/^Reserve list valid for/), { target: { value: '9' } });
    name();
    fireEvent.click(screen.getByText('Create the call').closest('button')!);

    await waitFor(() => expect(sent).not.toBeNull());
    const rules = sent!.rules;
    expect(rules.twoStage).toBe(true);
    expect(rules.preSelectionThreshold).toBe(33);
    expect(rules.reserveValidMonths).toBe(9);
    expect(rules.conceptGrid!.sections.map((s) => s.key)).toEqual(['relevance', 'design']);
    expect(rules.conceptGrid!.sections[0]!.criteria.at(-1)).toEqual({ key: 'concept_relevance_5', titleEn: 'Visibility of the partnership', titleTr: 'Ortaklığın görünürlüğü', maxScore: 5, weight: 1 });
    // The full applications' grid is untouched.
    expect(rules.grid.sections.map((s) => s.key)).toEqual(twinningGrid().sections.map((s) => s.key));
    // The server's problem shows at the threshold, in the manager's words.
    expect(await screen.findByText("The threshold is above the grid's 55 points.", { selector: '.mantine-InputWrapper-error' })).toBeTruthy();
    await waitFor(() => expect(threshold.getAttribute('aria-invalid')).toBe('true'));
  }, 240_000);

  it('leaves the reserve list open-ended and sends no concept grid for a one-stage call', async () => {
    let sent: Sent = null;
    api(() => ({ status: 409, body: { error: 'conflict', message: 'taken', reason: 'call_reference_taken', params: { reference: 'TWIN-2026/02' } } }), (b) => { sent = b; });
    renderAt(`/grants/programmes/${PROGRAMME}/calls/new`, routes);
    await screen.findByLabelText(/^Minimum grant/);
    name();
    fireEvent.click(screen.getByText('Create the call').closest('button')!);
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent!.rules.twoStage).toBe(false);
    expect('conceptGrid' in sent!.rules).toBe(false);
    expect('reserveValidMonths' in sent!.rules).toBe(false);
    // The 409's sentence stands at the reference it is about.
    const reference = screen.getByLabelText(/^Reference/);
    await waitFor(() => expect(reference.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('A call with the reference TWIN-2026/02 exists already.').some((e) => e.classList.contains('mantine-InputWrapper-error'))).toBe(true);
  }, 240_000);

  it('shows a published call’s stored concept settings and the 409 at the locked field', async () => {
    let sent: Sent = null;
    api(() => ({ status: 409, body: { error: 'conflict', message: 'Published: applicants rely on preSelectionThreshold, conceptGrid.sections.1.criteria.0.maxScore; only the deadline may be extended', reason: 'call_published_locked', params: {} } }), (b) => { sent = b; });
    renderAt(`/grants/calls/${CALL}/edit`, routes);
    const legend = await screen.findByText('Concept-note grid (first stage)');
    const grid = legend.closest('fieldset')!;
    expect((screen.getByLabelText(/^Reserve list valid for/) as HTMLInputElement).value).toBe('12');
    expect((screen.getByLabelText(/^Pre-selection threshold/) as HTMLInputElement).value).toBe('30');
    fireEvent.click(screen.getByText('Save').closest('button')!);
    await waitFor(() => expect(sent).not.toBeNull());
    // Left as stored (no concept grid of its own): the call keeps PRAG's default rather than gaining a copy.
    expect('conceptGrid' in sent!.rules).toBe(false);
    expect(sent!.rules.reserveValidMonths).toBe(12);
    const text = 'The call is published: applicants rely on its rules, so only the deadline may be extended.';
    await waitFor(() => expect(screen.getByLabelText(/^Pre-selection threshold/).getAttribute('aria-invalid')).toBe('true'));
    const design = within(grid).getByText('Concept-note section 2 (20 points)').closest('section')!;
    expect(within(design).getAllByLabelText(/^Max score/)[0]!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(text, { selector: '.mantine-InputWrapper-error' })).toHaveLength(2);
    // The summary above the buttons names the fields in words.
    expect(screen.getByText(/Concept-note grid, Criterion 2\.1: Max score/)).toBeTruthy();
  }, 240_000);
  it('shows a two-stage call’s concept-note grid and the reserve list’s term on the call page', async () => {
    api(() => ({ status: 404, body: {} }), () => undefined);
    renderAt(`/grants/calls/${CALL}`, routes);
    expect(await screen.findByText('Concept-note grid: 50 points in all; a concept note needs at least 30 points to be shortlisted.')).toBeTruthy();
    expect(screen.getAllByText('Relevance to the objectives and priorities of the call', { exact: false }).length).toBeGreaterThan(0);
    expect(screen.getByText('The reserve list stays valid for 12 months after the award.')).toBeTruthy();
  }, 60_000);
});
