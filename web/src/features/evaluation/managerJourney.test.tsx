import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { call2018Rules } from '../../../../shared/grants.fixtures';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import CallPage from '../grants/CallPage';
import CallEvaluationPage from './CallEvaluationPage';

// The programme manager's walk through a call: the same counts on the call and evaluation pages,
// empty tables that say why, the award asked for before it is done, and the call's downloads.

const CALL = '6f1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01';
const manager = { id: 'u1', email: 'manager@twinbridge.demo', name: 'Manager', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };
const rules = call2018Rules();
const counts = { submitted: 1, admin_check: 1, evaluation: 2 };
const call = {
  id: CALL, programmeId: '11111111-2222-4333-8444-555555555555', reference: 'TWIN-2026/02', titleEn: 'Open call 2026', titleTr: 'Açık çağrı 2026',
  status: 'published', stage: 'full', opensAt: rules.opensAt, deadlineAt: rules.deadlineAt, budgetCents: rules.budgetCents,
  minGrantCents: rules.minGrantCents, maxGrantCents: rules.maxGrantCents, themes: rules.themes, open: false,
  rules, publishedAt: rules.opensAt, applications: counts,
  programme: { code: 'TWIN-DEMO', titleEn: 'Town Twinning demo programme', titleTr: 'Kardeş Şehir demo programı' },
};
const ledger = { totalCents: rules.budgetCents, awardedCents: 0, committedCents: 0, paidCents: 0, recoveredCents: 0, owedCents: 0, leftCents: rules.budgetCents };
const app = (n: number, status: string) => ({
  id: `a${n}`, callId: CALL, callReference: call.reference, reference: `TWIN-2026/02-00${n}`, lead: { code: `TR-${n}`, name: `Lead ${n}`, country: 'TR', type: null },
  status, stage: 'full', titleEn: `Project ${n}`, titleTr: `Proje ${n}`, theme: null, requestedGrantCents: 10_000_000, version: 1,
  submittedAt: rules.opensAt, createdAt: rules.opensAt, updatedAt: rules.opensAt, viewerRole: 'manager',
});
const apps = [app(1, 'submitted'), app(2, 'admin_check'), app(3, 'evaluation'), app(4, 'evaluation')];
const ranked = (n: number, outcome: string, rank: number) => ({ applicationId: `a${n}`, reference: `TWIN-2026/02-00${n}`, leadName: `Lead ${n}`, theme: null, total: 90 - n, passed: true, rank, requestedGrantCents: 10_000_000, outcome });
const emptyRanking = { items: [], budgetCents: rules.budgetCents, awardedCents: 0, leftCents: rules.budgetCents, pending: 4, decided: false, ledger, reportApprovedAt: null, awardProposedAt: null, awardProposedBy: null };
const member = (userId: string, name: string, role: string, declaredAt: string | null) => ({ userId, name, role, declaredAt });
const committee = {
  callId: CALL,
  members: [member('u1', 'Manager', 'chair', null), member('u2', 'Secretary', 'secretary', '2026-01-02T09:00:00Z'), member('u3', 'A', 'voting', null), member('u4', 'B', 'voting', null), member('u5', 'C', 'voting', null)],
  mine: member('u1', 'Manager', 'chair', null), scores: [], reportApprovedAt: null, reportApprovedBy: null, awardProposedAt: null, awardProposedBy: null,
};

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | undefined;
function api(ranking: unknown, extra: (url: URL, init: RequestInit) => Answer = () => undefined) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user: manager, csrfToken: 'tok' } };
    if (url.pathname === `/api/calls/${CALL}`) return { status: 200, body: call };
    if (url.pathname === '/api/applications') return { status: 200, body: { items: apps } };
    if (url.pathname === `/api/calls/${CALL}/ledger`) return { status: 200, body: ledger };
    if (url.pathname === `/api/calls/${CALL}/ranking`) return { status: 200, body: ranking };
    return extra(url, init) ?? (url.pathname === `/api/calls/${CALL}/committee` ? { status: 200, body: committee } : { status: 404 });
  });
}
const evaluationPage = () => renderAt(`/grants/calls/${CALL}/evaluation`, <Routes><Route path="/grants/calls/:id/evaluation" element={<CallEvaluationPage />} /></Routes>);
const SUMMARY = '4 applications still to decide: 1 submitted, waiting for the administrative check, 1 in the administrative check, 2 in evaluation.';

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('counts of a call', () => {
  it('says the same on the call page and the evaluation page, and lists what it counts', { timeout: 30_000 }, async () => {
    api(emptyRanking);
    renderAt(`/grants/calls/${CALL}`, <Routes><Route path="/grants/calls/:id" element={<CallPage />} /></Routes>);
    expect((await screen.findByTestId('stage-summary')).textContent).toBe(SUMMARY);
    resetApp();

    api(emptyRanking);
    evaluationPage();
    expect((await screen.findByTestId('stage-summary')).textContent).toBe(SUMMARY);
    expect(await screen.findByText('4 applications still to decide (administrative check or evaluation)')).toBeTruthy();
    // The list under "in evaluation and after" holds the two in evaluation, not the four undecided.
    const list = screen.getByRole('region', { name: 'Applications in evaluation and after' });
    await waitFor(() => expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual([expect.stringMatching(/^TWIN-2026\/02-003/), expect.stringMatching(/^TWIN-2026\/02-004/)]));
  });

  it('explains an empty ranking and an empty evaluation list, with what to do next', { timeout: 30_000 }, async () => {
    api(emptyRanking);
    evaluationPage();
    const empty = await screen.findByTestId('ranking-empty');
    expect(empty.textContent).toBe('No application is ranked yet: 4 applications are still in the administrative check or evaluation. Finish the checks, then record the committee’s consensus under Applications above.');
    expect(screen.queryByRole('columnheader', { name: 'Rank' })).toBeNull();
    // No award before the evaluation report is approved: neither propose nor confirm is offered.
    expect(screen.getByText('The award waits for the approved evaluation report (Evaluation committee above).')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Confirm award' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Propose the award' })).toBeNull();
  });
});

describe('the evaluation committee', () => {
  it('lists the seats and declarations, asks an unsigned member to sign first, and offers the report in both languages', { timeout: 30_000 }, async () => {
    const signed = vi.fn();
    api(emptyRanking, (url, init) => {
      if (url.pathname === `/api/calls/${CALL}/committee/declaration` && init.method === 'POST') {
        signed(JSON.parse(String(init.body)));
        return { status: 200, body: { ...committee, mine: { ...committee.mine, declaredAt: '2026-01-03T09:00:00Z' } } };
      }
      return undefined;
    });
    evaluationPage();
    const board = await screen.findByRole('region', { name: 'Evaluation committee' });
    const members = await within(board).findByRole('table', { name: 'Committee members and their declarations' }, { timeout: 10_000 });
    expect(within(members).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['Chair (non-voting)', 'Secretary (non-voting)', 'Voting member', 'Voting member', 'Voting member']);
    expect(within(members).getAllByText('Not signed')).toHaveLength(4);
    expect(within(board).getByRole('link', { name: 'Turkish' }).getAttribute('href')).toBe(`/api/calls/${CALL}/evaluation-report?lang=tr`);
    fireEvent.click(within(board).getByRole('button', { name: 'I declare that I am impartial and will keep the evaluation confidential' }));
    await waitFor(() => expect(signed).toHaveBeenCalledWith({ impartial: true, confidential: true }));
  });
});

describe('proposing the award', () => {
  it('offers the proposal once the report is approved, and sends it', { timeout: 30_000 }, async () => {
    const ranking = { ...emptyRanking, pending: 0, items: [ranked(3, 'awarded', 1)], reportApprovedAt: '2026-01-05T09:00:00Z' };
    const proposed = vi.fn();
    api(ranking, (url, init) => {
      if (url.pathname === `/api/calls/${CALL}/award/proposal` && init.method === 'POST') {
        proposed();
        return { status: 200, body: { ...ranking, awardProposedAt: '2026-01-05T10:00:00Z', awardProposedBy: 'Manager' } };
      }
      return undefined;
    });
    evaluationPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Propose the award' }, { timeout: 10_000 }));
    await waitFor(() => expect(proposed).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Manager proposed the award. Another manager, who did not evaluate in this call, confirms it.')).toBeTruthy();
  });
});

describe('confirming the award', () => {
  it('first says what will be decided and who is told, and awards only on Yes', { timeout: 30_000 }, async () => {
    const ranking = { ...emptyRanking, pending: 0, items: [ranked(3, 'awarded', 1), ranked(4, 'awarded', 2), ranked(2, 'reserve', 3), ranked(1, 'rejected', 4)], reportApprovedAt: '2026-01-05T09:00:00Z', awardProposedAt: '2026-01-05T10:00:00Z', awardProposedBy: 'Other Manager' };
    const awarded = vi.fn();
    api(ranking, (url, init) => {
      if (url.pathname === `/api/calls/${CALL}/award` && init.method === 'POST') {
        awarded();
        return { status: 200, body: { ...ranking, decided: true } };
      }
      return undefined;
    });
    evaluationPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm award' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the award?' });
    expect(within(dialog).getByText('2 applications are awarded grants, €200,000 in all')).toBeTruthy();
    expect(within(dialog).getByText('1 application goes on the reserve list')).toBeTruthy();
    expect(within(dialog).getByText('1 application is not selected')).toBeTruthy();
    expect(within(dialog).getByText('The officers of each lead authority are told their outcome at once: awarded, reserve list or not selected.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(awarded).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Confirm award' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Yes, confirm the award' }));
    await waitFor(() => expect(awarded).toHaveBeenCalledTimes(1));
  });
});

describe('the call’s downloads', () => {
  it('offers every table as CSV and XLSX, streams the file to the browser, and says why a refusal failed', { timeout: 30_000 }, async () => {
    const saved: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => { saved.push(b); return 'blob:x'; }, revokeObjectURL: () => undefined }));
    const csv = 'reference,status\nTWIN-2026/02-003,evaluation\n';
    api(emptyRanking, (url) => {
      if (url.pathname === `/api/calls/${CALL}/exports/payments.xlsx`) return { status: 403, body: { error: 'forbidden', message: 'Only programme managers export the call’s tables' } };
      return undefined;
    });
    // stubApi answers JSON bodies; the CSV comes from a real streamed Response instead.
    const stubbed = globalThis.fetch;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => input.endsWith('/scores.csv')
      ? Promise.resolve(new Response(csv, { headers: { 'content-type': 'text/csv', 'content-length': String(csv.length), 'content-disposition': 'attachment; filename="TWIN-2026_02-scores.csv"' } }))
      : stubbed(input, init));
    evaluationPage();
    const downloads = await screen.findByRole('region', { name: 'Downloads' });
    for (const table of ['Applications', 'Scores', 'Ranking', 'Payments'])
      for (const format of ['CSV', 'XLSX']) expect(within(downloads).getByRole('button', { name: `Download ${table} as ${format}` })).toBeTruthy();
    fireEvent.click(within(downloads).getByRole('button', { name: 'Download Scores as CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(await saved[0]!.text()).toBe(csv);
    fireEvent.click(within(downloads).getByRole('button', { name: 'Download Payments as XLSX' }));
    expect(await within(downloads).findByText('You are not allowed to do this.')).toBeTruthy();
  });
});
