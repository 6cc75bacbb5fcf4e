import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { summariseBudget } from '../../../../server/domains/grants/budget.rules';
import { demoContent } from '../../../../server/domains/grants/grants.demo.content';
import type { ApplicationView } from '../../api/applications';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import AdminCheckPage from './AdminCheckPage';
import ApplicationPage from './ApplicationPage';
import MyApplicationsPage from './MyApplicationsPage';

const ID = '0b7c3f0e-1111-4c37-9d4e-3a3b2b1c0d01';
const CALL = '6f1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01';
const officer = (code: string) => ({ id: `u-${code}`, email: 'o@x.org', name: 'Officer', role: 'officer', locale: 'en', authorityCode: code, officerRequest: null });
const manager = { id: 'm1', email: 'manager@twinbridge.demo', name: 'Manager', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };
const content = demoContent('smart_cities', 'İstanbul', 'Köln', 9_500_000);
const view: ApplicationView = {
  id: ID, callId: CALL, callReference: 'TWIN-DEMO/02', reference: 'TWIN-DEMO/02-001',
  lead: { code: 'TR-BSB-34', name: 'İstanbul', country: 'TR', type: 'metropolitan_municipality' },
  status: 'draft', stage: 'full', titleEn: content.titleEn, titleTr: content.titleTr, theme: content.theme, requestedGrantCents: content.requestedGrantCents,
  version: 0, submittedAt: null, createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', viewerRole: 'lead',
  content, partners: [{ code: 'DE_05315000', name: 'Köln', country: 'DE', type: 'municipality', state: 'pending', confirmedAt: null }],
  budget: summariseBudget(content.budget, content.requestedGrantCents), conceptGrantCents: null, callDeadlineAt: '2027-01-15T14:00:00.000Z',
  problems: [
    { field: 'partners.0.confirmed', code: 'partner_not_confirmed', params: { code: 'DE_05315000' } },
    { field: 'partners', code: 'too_few_partners', params: { minPartners: 1, count: 0 } },
  ],
  adminCheck: null,
};

type Handler = Parameters<typeof stubApi>[0];
function api(user: object, routes: Handler) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: 'tok' } };
    if (url.pathname === `/api/applications/${ID}/files`) return { status: 200, body: { items: [] } };
    if (url.pathname === `/api/applications/${ID}/versions`) return { status: 200, body: { items: [] } };
    return routes(url, init);
  });
}

const routes = (
  <Routes>
    <Route path="/grants/applications" element={<MyApplicationsPage />} />
    <Route path="/grants/applications/:id" element={<ApplicationPage />} />
    <Route path="/grants/applications/:id/check" element={<AdminCheckPage />} />
  </Routes>
);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('application pages', () => {
  it('autosaves a change with the last update stamp, then says when it saved', { timeout: 30_000 }, async () => {
    const patches: { content: object; expectedUpdatedAt: string }[] = [];
    api(officer('TR-BSB-34'), (url, init) => {
      if (url.pathname !== `/api/applications/${ID}`) return { status: 404 };
      if (init.method !== 'PATCH') return { status: 200, body: view };
      patches.push(JSON.parse(String(init.body)));
      return { status: 200, body: { ...view, updatedAt: '2026-11-01T10:05:00.000Z' } };
    });
    renderAt(`/grants/applications/${ID}`, routes);
    const title = await screen.findByLabelText('Title (English)');
    expect(screen.getByText('Köln has not confirmed its participation yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Partner Köln' }).getAttribute('href')).toBe('#app-partner-DE_05315000');
    fireEvent.change(title, { target: { value: 'Open data for two cities' } });
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/, {}, { timeout: 3000 })).toBeTruthy();
    expect(patches).toEqual([{ content: { titleEn: 'Open data for two cities' }, expectedUpdatedAt: '2026-11-01T10:00:00.000Z' }]);
  });

  it('says clearly when a save was stale, and reloads on request', { timeout: 30_000 }, async () => {
    let reads = 0;
    api(officer('TR-BSB-34'), (url, init) => {
      if (url.pathname !== `/api/applications/${ID}`) return { status: 404 };
      if (init.method === 'PATCH') return { status: 409, body: { error: 'conflict', message: 'Changed by someone else' } };
      reads++;
      return { status: 200, body: reads === 1 ? view : { ...view, content: { ...content, titleEn: 'Their title' }, updatedAt: '2026-11-01T11:00:00.000Z' } };
    });
    renderAt(`/grants/applications/${ID}`, routes);
    fireEvent.change(await screen.findByLabelText('Title (English)'), { target: { value: 'Mine' } });
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(within(alert).getByText('Your latest changes were not saved')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the application' }));
    await waitFor(() => expect((screen.getByLabelText('Title (English)') as HTMLInputElement).value).toBe('Their title'));
  });

  it('enters euros and sends exact cents', { timeout: 30_000 }, async () => {
    const patches: { content: { requestedGrantCents?: number; budget?: { amountCents: number }[] } }[] = [];
    api(officer('TR-BSB-34'), (url, init) => {
      if (url.pathname !== `/api/applications/${ID}`) return { status: 404 };
      if (init.method === 'PATCH') patches.push(JSON.parse(String(init.body)));
      return { status: 200, body: view };
    });
    renderAt(`/grants/applications/${ID}`, routes);
    fireEvent.change(await screen.findByLabelText('Requested grant'), { target: { value: '95,000.29' } });
    fireEvent.change(screen.getByLabelText('Local office, year 2'), { target: { value: '1,234.5' } });
    await waitFor(() => expect(patches.length).toBeGreaterThan(0), { timeout: 3000 });
    expect(patches[0]!.content.requestedGrantCents).toBe(9_500_029);
    expect(patches[0]!.content.budget!.at(-1)).toEqual({ heading: 'local_office', year: 2, description: '', amountCents: 123_450 });
  });

  it('shows the server’s refusal of a submission by field, translated', { timeout: 30_000 }, async () => {
    api(officer('TR-BSB-34'), (url) => {
      if (url.pathname === `/api/applications/${ID}`) return { status: 200, body: view };
      if (url.pathname === `/api/applications/${ID}/submit`) return { status: 400, body: { error: 'bad_request', message: 'cannot be submitted', fields: [
        { path: 'partners.0.confirmed', message: 'partner not confirmed', code: 'partner_not_confirmed', params: { code: 'DE_05315000' } },
      ] } };
      return { status: 404 };
    });
    renderAt(`/grants/applications/${ID}`, routes);
    fireEvent.click(await screen.findByRole('button', { name: 'Submit the application' }));
    const refusal = await screen.findByRole('alert');
    expect(within(refusal).getByText('Not submitted: 1 problem')).toBeTruthy();
    expect(within(refusal).getByRole('link', { name: 'Partner Köln' })).toBeTruthy();
  });

  it('lets a partner confirm from the list', { timeout: 30_000 }, async () => {
    let confirmed = false;
    api(officer('DE_05315000'), (url, init) => {
      const partnerView = { ...view, viewerRole: 'partner', partners: [{ ...view.partners[0]!, state: confirmed ? 'confirmed' : 'pending' }] };
      if (url.pathname === '/api/applications') return { status: 200, body: { items: [{ ...view, viewerRole: 'partner' }] } };
      if (url.pathname === '/api/calls') return { status: 200, body: { items: [] } };
      if (url.pathname === `/api/applications/${ID}`) return { status: 200, body: partnerView };
      if (url.pathname === `/api/applications/${ID}/partners/confirm` && init.method === 'POST') {
        confirmed = true;
        return { status: 200, body: { ...partnerView, partners: [{ ...view.partners[0]!, state: 'confirmed' }] } };
      }
      return { status: 404 };
    });
    renderAt('/grants/applications', routes);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm participation in TWIN-DEMO/02-001' }));
    expect(await screen.findByText('Confirmed')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Confirm participation in TWIN-DEMO/02-001' })).toBeNull();
  });

  it('records the administrative check and shows its outcome', { timeout: 30_000 }, async () => {
    const submitted = { ...view, status: 'submitted', version: 1, submittedAt: '2026-11-20T09:00:00.000Z', problems: [], viewerRole: 'manager' };
    let sent: { answers: Record<string, boolean | null>; reasons: string } | null = null;
    api(manager, (url, init) => {
      if (url.pathname === `/api/applications/${ID}`) return { status: 200, body: submitted };
      if (url.pathname === `/api/applications/${ID}/admin-check` && init.method === 'PUT') {
        sent = JSON.parse(String(init.body));
        const answers = sent!.answers;
        return { status: 200, body: { ...submitted, status: 'evaluation', updatedAt: '2026-11-21T09:00:00.000Z', adminCheck: { answers, complete: true, eligible: true, failed: [], unanswered: [], reasons: '', checkedAt: '2026-11-21T09:00:00.000Z' } } };
      }
      return { status: 404 };
    });
    renderAt(`/grants/applications/${ID}/check`, routes);
    await screen.findByRole('heading', { level: 1, name: 'Administrative check of TWIN-DEMO/02-001' });
    for (const group of screen.getAllByRole('radiogroup')) fireEvent.click(within(group).getByRole('radio', { name: 'Yes' }));
    expect(screen.getByText('Eligible: on to evaluation')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save the check' }));
    expect(await screen.findByText('In evaluation')).toBeTruthy();
    expect(Object.values(sent!.answers)).toEqual([true, true, true, true, true, true, true]);
    expect(screen.queryByRole('button', { name: 'Save the check' })).toBeNull();
  });
});
