import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { twinningGrid } from '../../../../shared/grants.grid';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { call2018Rules, validContent2018 } from '../../../../shared/grants.fixtures';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import AssessmentPage from './AssessmentPage';

// The assessor's page of one assignment, on a stubbed API: the whole application as submitted beside
// the score sheet, and the confirmation before a sheet is submitted for good.

const ID = '9a7c3f0e-1111-4c37-9d4e-3a3b2b1c0d01';
const APP = '0b7c3f0e-1111-4c37-9d4e-3a3b2b1c0d01';
const CALL = '6f1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01';
const FILE = '7d7c3f0e-1111-4c37-9d4e-3a3b2b1c0d01';
const assessor = { id: 'a1', email: 'assessor@twinbridge.demo', name: 'Assessor', role: 'assessor', locale: 'en', authorityCode: null, officerRequest: null };
const rules = { ...call2018Rules(), grid: twinningGrid() };
const call = {
  id: CALL, programmeId: '11111111-2222-4333-8444-555555555555', programme: { code: 'TWIN-2026', titleEn: 'Town Twinning 2026', titleTr: 'Kardeş Şehir 2026' }, reference: 'TWIN-2026/01', titleEn: 'Town twinning call 2026', titleTr: 'Kardeş şehir teklif çağrısı 2026',
  status: 'published', stage: 'full', opensAt: rules.opensAt, deadlineAt: rules.deadlineAt, budgetCents: rules.budgetCents,
  minGrantCents: rules.minGrantCents, maxGrantCents: rules.maxGrantCents, themes: rules.themes, open: false,
  rules, publishedAt: rules.opensAt, applications: { submitted: 0, awarded: 0 },
};
const content = validContent2018();
const assignment = {
  id: ID, applicationId: APP, reference: 'TWIN-2026/01-007', titleEn: content.titleEn, titleTr: content.titleTr, callId: CALL,
  status: 'declared', further: false, scores: {}, total: null, submittedAt: null,
  application: {
    version: 1, submittedAt: '2026-11-20T09:00:00.000Z',
    lead: { code: 'TR-BSB-06', name: 'Ankara Büyükşehir Belediyesi', country: 'TR', type: 'metropolitan_municipality' },
    partners: [{ code: 'DE_06412000', name: 'Frankfurt am Main', country: 'DE', type: 'municipality' }],
    content, budget: summariseBudget(content.budget, content.requestedGrantCents),
  },
};
const file = { id: FILE, filename: 'partnership-declaration.pdf', contentType: 'application/pdf', size: 2048, uploadedAt: '2026-11-19T09:00:00.000Z', uploadedBy: 'Officer' };

/** Stub the assessor's API; returns the bodies of the submits received. */
function api() {
  const submits: unknown[] = [];
  stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user: assessor, csrfToken: 'tok' } };
    if (url.pathname === `/api/assignments/${ID}`) return { status: 200, body: assignment };
    if (url.pathname === `/api/calls/${CALL}`) return { status: 200, body: call };
    if (url.pathname === `/api/applications/${APP}/files`) return { status: 200, body: { items: [file] } };
    if (url.pathname === `/api/assignments/${ID}/submit` && init.method === 'POST') {
      submits.push(JSON.parse(String(init.body)));
      return { status: 200, body: { ...assignment, status: 'submitted', total: 60, submittedAt: '2026-11-25T09:00:00.000Z' } };
    }
    return { status: 404 };
  });
  renderAt(`/grants/assessments/${ID}`, <Routes><Route path="/grants/assessments/:id" element={<AssessmentPage />} /></Routes>);
  return submits;
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('the assessor’s page of an assignment', () => {
  it('shows the whole application as submitted, read-only: authorities, indicators, budget, files; and the criteria’s guidance', { timeout: 30_000 }, async () => {
    api();
    const region = await screen.findByRole('region', { name: 'The application as submitted' }, { timeout: 10_000 });
    const app = within(region);
    expect(app.getByRole('rowheader', { name: 'Frankfurt am Main' })).toBeTruthy();
    expect(app.getByRole('rowheader', { name: 'Ankara Büyükşehir Belediyesi' })).toBeTruthy();
    expect(app.getByText('Trees planted')).toBeTruthy();
    const budget = app.getByRole('region', { name: 'Budget and grant' });
    expect(within(budget).getByRole('rowheader', { name: 'Travel' })).toBeTruthy();
    expect(within(budget).getAllByText('€107,000').length).toBeGreaterThan(0);
    expect(app.getByText('Plant and monitor a pilot street')).toBeTruthy();
    const link = await app.findByRole('link', { name: 'partnership-declaration.pdf' });
    expect(link.getAttribute('href')).toBe(`/api/applications/${APP}/files/${FILE}`);
    expect(app.queryAllByRole('textbox')).toHaveLength(0);
    expect(app.queryAllByRole('button')).toHaveLength(0);
    const sheet = await screen.findByRole('region', { name: 'Score sheet' });
    expect(within(sheet).getByText(/How directly does the action serve the objectives of the call/)).toBeTruthy();
  });

  it('asks before submitting the sheet, saying it is final, counts toward the consensus, may call a further assessor, and who sees it', { timeout: 30_000 }, async () => {
    const submits = api();
    const sheet = await screen.findByRole('region', { name: 'Score sheet' }, { timeout: 10_000 });
    fireEvent.click(await within(sheet).findByRole('button', { name: 'Submit the score sheet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit the score sheet for TWIN-2026/01-007?' });
    const d = within(dialog);
    expect(d.getByText(/can no longer change a score or a comment/)).toBeTruthy();
    expect(d.getByText(/counts toward the committee’s consensus/)).toBeTruthy();
    expect(d.getByText(/differ by more than 20 points, a further assessor is assigned/)).toBeTruthy();
    expect(d.getByText(/programme managers see your sheet/)).toBeTruthy();
    expect(d.getByText('17 criteria have no score or no comment yet: the sheet is refused until every criterion has both.')).toBeTruthy();
    fireEvent.click(d.getByRole('button', { name: 'Cancel' }));
    expect(submits).toHaveLength(0);

    fireEvent.click(within(sheet).getByRole('button', { name: 'Submit the score sheet' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit, final' }));
    // The sheet is drawn again, read-only, from the submitted assignment.
    expect(await screen.findByText('Submitted: the sheet can no longer be changed.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(submits).toHaveLength(1);
  });
});
