import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp } from '../../test/renderApp';
import { api, CALL, ID, manager, officer, routes, view } from './pages.testkit';

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('application lists, starting and the administrative check', () => {
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

  it('starts an application from an open call, or says why the authority may not lead', { timeout: 30_000 }, async () => {
    let status = 201;
    const openCall = { id: CALL, programmeId: 'p', reference: 'TWIN-DEMO/02', titleEn: 'Open call', titleTr: 'Açık çağrı', status: 'published', stage: 'full',
      opensAt: '2026-10-01T00:00:00.000Z', deadlineAt: '2027-01-15T14:00:00.000Z', budgetCents: 1, minGrantCents: 1, maxGrantCents: 1, themes: [], open: true };
    api(officer('TR-BSB-34'), (url, init) => {
      if (url.pathname === '/api/applications') return { status: 200, body: { items: [] } };
      if (url.pathname === '/api/calls') return { status: 200, body: { items: [openCall] } };
      if (url.pathname === `/api/calls/${CALL}/applications` && init.method === 'POST')
        return status === 201 ? { status, body: view } : { status, body: { error: 'forbidden', message: 'may not lead' } };
      if (url.pathname === `/api/applications/${ID}`) return { status: 200, body: view };
      return { status: 404 };
    });
    renderAt('/grants/applications', routes);
    status = 403;
    fireEvent.click(await screen.findByRole('button', { name: 'Start an application' }));
    expect(await screen.findByText(/may not lead an application under this call/)).toBeTruthy();
    status = 201;
    fireEvent.click(screen.getByRole('button', { name: 'Start an application' }));
    expect(await screen.findByLabelText('Title (English)')).toBeTruthy();
  });

  it('asks for reasons before recording an ineligible check', { timeout: 30_000 }, async () => {
    const submitted = { ...view, status: 'submitted', version: 1, submittedAt: '2026-11-20T09:00:00.000Z', problems: [], viewerRole: 'manager' };
    let puts = 0;
    api(manager, (url, init) => {
      if (url.pathname === `/api/applications/${ID}`) return { status: 200, body: submitted };
      if (init.method === 'PUT') puts++;
      return { status: 404 };
    });
    renderAt(`/grants/applications/${ID}/check`, routes);
    await screen.findByRole('heading', { level: 1, name: 'Administrative check of TWIN-DEMO/02-001' });
    const groups = screen.getAllByRole('radiogroup');
    groups.forEach((g, i) => fireEvent.click(within(g).getByRole('radio', { name: i === 5 ? 'No' : 'Yes' })));
    expect(screen.getByText('Ineligible')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save the check' }));
    expect(await screen.findByText('Say why the application is ineligible.')).toBeTruthy();
    expect(puts).toBe(0);
  });
});
