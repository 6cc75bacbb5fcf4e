import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import TwinningPage from './TwinningPage';

const ID = '6f1c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01';
const twinning = {
  id: ID,
  a: { code: 'TR-BSB-34', name: 'İstanbul', country: 'TR', countryName: null },
  b: { code: 'DE_05315000', name: 'Köln', country: 'DE', countryName: null },
  status: 'agreed',
  pending: { target: 'signed', approvals: ['a'] },
  since: null,
  source: 'platform',
  createdAt: '2026-01-10T10:00:00.000Z',
  timeline: [{ at: '2026-01-10T10:00:00.000Z', who: 'Ayşe Yılmaz', action: 'proposed', from: null, to: 'proposed', side: 'a' }],
};
const koln = { id: 'u2', email: 'koln@twinbridge.demo', name: 'Jonas Becker', role: 'officer', locale: 'en', authorityCode: 'DE_05315000', officerRequest: null };
const activity = {
  id: '11111111-2222-4333-8444-555555555555', kind: 'visit', title: 'Study visit', startsOn: '2026-03-02', endsOn: null, themes: ['culture'],
  participants: { officials: 3 }, descriptionEn: '', descriptionTr: 'Köln heyeti İstanbul’u ziyaret etti.', createdAt: '2026-03-03T10:00:00.000Z',
};
const protocol = { id: 'f1', kind: 'protocol', filename: 'protocol.pdf', contentType: 'application/pdf', size: 2048, public: true, activityId: null, uploadedAt: '2026-03-01T10:00:00.000Z', uploadedBy: null };

const istanbul = { ...koln, id: 'u1', email: 'istanbul@twinbridge.demo', name: 'Ayşe Yılmaz', authorityCode: 'TR-BSB-34' };

function api(user: typeof koln | null, onApprove?: () => void, shown: object = twinning) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: user ? 'tok' : null } };
    if (url.pathname === `/api/twinnings/${ID}`) return { status: 200, body: shown };
    if (url.pathname === `/api/twinnings/${ID}/activities`) return { status: 200, body: { items: [activity], dormantAtRisk: true } };
    if (url.pathname === `/api/twinnings/${ID}/files`) return { status: 200, body: { items: [protocol] } };
    if (url.pathname === `/api/twinnings/${ID}/approve` && init.method === 'POST') {
      onApprove?.();
      return { status: 409, body: { error: 'conflict', message: 'Your side has already approved this step; the other side must approve it', reason: 'twinning_already_approved' } };
    }
    return { status: 404 };
  });
}

const page = () => (
  <Routes>
    <Route path="/twinnings/:id" element={<TwinningPage />} />
  </Routes>
);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('twinning page', () => {
  it('shows the other side its pending step to approve, and a refusal in words', async () => {
    let approved = 0;
    api(koln, () => approved++);
    renderAt(`/twinnings/${ID}`, page());
    expect(await screen.findByText('Waiting for Köln to approve: Protocol signed')).toBeTruthy();
    const approve = await screen.findByRole('button', { name: 'Approve: Protocol signed' });
    expect(screen.queryByRole('button', { name: /^Ask for/ })).toBeNull();
    fireEvent.click(approve);
    // Approving makes the step take effect: a dialog says so and who is told, before anything is sent.
    const dialog = await screen.findByRole('dialog', { name: 'Approve: Protocol signed?' });
    expect(dialog.textContent).toContain('This takes effect at once and cannot be undone.');
    expect(dialog.textContent).toContain('The officers of İstanbul are told in TwinBridge and by e-mail.');
    expect(approved).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, approve' }));
    expect(await screen.findByText('Your side has already approved this step; the other side must approve it.')).toBeTruthy();
    expect(approved).toBe(1);
    expect(screen.getByRole('button', { name: 'Log an activity' })).toBeTruthy();
    expect(screen.getByText('Add a document')).toBeTruthy();
  });

  it('shows visitors the state, documents and activities without any action', async () => {
    api(null);
    renderAt(`/twinnings/${ID}`, page());
    expect(await screen.findByRole('heading', { level: 1, name: 'İstanbul – Köln' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'protocol.pdf' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Study visit' })).toBeTruthy();
    expect(screen.getByText('Köln heyeti İstanbul’u ziyaret etti.').getAttribute('lang')).toBe('tr');
    expect(screen.getByText('Participants: Officials 3')).toBeTruthy();
    expect(screen.getByText('Dormant at risk')).toBeTruthy();
    expect(screen.getByText('Proposed by İstanbul')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Approve/ })).toBeNull());
    expect(screen.queryByRole('button', { name: 'Log an activity' })).toBeNull();
    expect(screen.queryByText('Add a document')).toBeNull();
  });

  it('gives the proposer no step to take its own proposal on, and says whose answer it awaits', async () => {
    api(istanbul, undefined, { ...twinning, status: 'proposed', pending: null });
    renderAt(`/twinnings/${ID}`, page());
    expect(await screen.findByText(/^Waiting for Köln to answer the proposal/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Move to: Exploring' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ask for: Ended (Köln must approve)' })).toBeTruthy();
  });

  it('shows a public reader the steps and dates of the timeline, naming nobody', async () => {
    api(null, undefined, { ...twinning, timeline: [{ ...twinning.timeline[0]!, who: null }] });
    renderAt(`/twinnings/${ID}`, page());
    const step = await screen.findByText('Proposed by İstanbul');
    const line = step.parentElement!.textContent!;
    expect(line).toMatch(/2026/);
    expect(line).not.toMatch(/Ayşe|The platform|·/);
  });

  it("names who took each step for the two sides' officers", async () => {
    api(istanbul);
    renderAt(`/twinnings/${ID}`, page());
    const step = await screen.findByText('Proposed by İstanbul');
    expect(step.parentElement!.textContent).toMatch(/Ayşe Yılmaz · /);
  });
});
