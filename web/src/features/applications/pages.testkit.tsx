import { Route, Routes } from 'react-router';
import { summariseBudget } from '../../../../shared/grants.budget.rules';
import { demoContent } from '../../../../shared/grants.demo.content';
import type { ApplicationView } from '../../api/applications';
import { stubApi } from '../../test/renderApp';
import AdminCheckPage from './AdminCheckPage';
import ApplicationPage from './ApplicationPage';
import MyApplicationsPage from './MyApplicationsPage';

// Fixtures of the applications' page tests: İstanbul's draft with Köln pending, users, a stubbed API.

export const ID = '0b7c3f0e-1111-4c37-9d4e-3a3b2b1c0d01';
export const CALL = '6f1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01';
export const officer = (code: string) => ({ id: `u-${code}`, email: 'o@x.org', name: 'Officer', role: 'officer', locale: 'en', authorityCode: code, officerRequest: null });
export const manager = { id: 'm1', email: 'manager@twinbridge.demo', name: 'Manager', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };
export const content = demoContent('smart_cities', 'İstanbul', 'Köln', 9_500_000);
export const view: ApplicationView = {
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

/** Stub the API as `user`; the application's files and versions answer empty lists. */
export function api(user: object, routes: Handler) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: 'tok' } };
    if (url.pathname === `/api/applications/${ID}/files`) return { status: 200, body: { items: [] } };
    if (url.pathname === `/api/applications/${ID}/versions`) return { status: 200, body: { items: [] } };
    return routes(url, init);
  });
}

export const routes = (
  <Routes>
    <Route path="/grants/applications" element={<MyApplicationsPage />} />
    <Route path="/grants/applications/:id" element={<ApplicationPage />} />
    <Route path="/grants/applications/:id/check" element={<AdminCheckPage />} />
  </Routes>
);

