import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call2018Rules } from '../../../../shared/grants.fixtures';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import CallEvaluationPage from './CallEvaluationPage';

const CALL = '6f1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01';
const manager = { id: 'u1', email: 'manager@twinbridge.demo', name: 'Manager', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };
const rules = call2018Rules();
const call = {
  id: CALL, programmeId: '11111111-2222-4333-8444-555555555555', reference: 'TWIN-2026/01', titleEn: 'Town twinning call 2026', titleTr: 'Kardeş şehir teklif çağrısı 2026',
  status: 'published', stage: 'full', opensAt: rules.opensAt, deadlineAt: rules.deadlineAt, budgetCents: rules.budgetCents,
  minGrantCents: rules.minGrantCents, maxGrantCents: rules.maxGrantCents, themes: rules.themes, open: false,
  rules, publishedAt: rules.opensAt, applications: { submitted: 0, awarded: 0 },
  programme: { code: 'TWIN-2026', titleEn: 'Town Twinning 2026', titleTr: 'Kardeş Şehir 2026' },
};
const ledger = { totalCents: rules.budgetCents, awardedCents: 0, committedCents: 0, paidCents: 0, recoveredCents: 0, owedCents: 0, leftCents: rules.budgetCents };

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('the evaluation of a call', () => {
  it('loads on a direct visit, once the session has arrived', { timeout: 30_000 }, async () => {
    stubApi((url) => {
      if (url.pathname === '/api/auth/me') return { status: 200, body: { user: manager, csrfToken: 'tok' } };
      if (url.pathname === `/api/calls/${CALL}`) return { status: 200, body: call };
      if (url.pathname === '/api/applications') return { status: 200, body: { items: [] } };
      if (url.pathname === `/api/calls/${CALL}/ledger`) return { status: 200, body: ledger };
      if (url.pathname === `/api/calls/${CALL}/ranking`) return { status: 200, body: { items: [], budgetCents: rules.budgetCents, awardedCents: 0, leftCents: rules.budgetCents, pending: 0, decided: false, ledger } };
      return { status: 404 };
    });
    renderAt(`/grants/calls/${CALL}/evaluation`, <Routes><Route path="/grants/calls/:id/evaluation" element={<CallEvaluationPage />} /></Routes>);
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluation of TWIN-2026/01' })).toBeTruthy();
    expect(await screen.findByText('No application has reached evaluation: none has passed the administrative check yet.')).toBeTruthy();
    expect(screen.queryByText('Only programme managers see the evaluation of a call.')).toBeNull();
  });
});
