import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Consultation, Results } from '../../../../shared/participation';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import ConsultationPage from './ConsultationPage';

const ID = 'c1';
const label = (en: string, tr = en) => ({ en, tr });
const consultation: Consultation = {
  id: ID,
  title: label('Riverside park', 'Nehir kıyısı parkı'),
  description: label('What should the park offer?', 'Park ne sunmalı?'),
  opensAt: '2026-11-01T09:00:00.000Z',
  closesAt: '2027-01-31T21:00:00.000Z',
  status: 'open',
  audience: 'signed_in',
  link: { kind: 'twinning', id: 't1' },
  organiser: { name: 'Programme team', authorityCode: null },
  minGroupSize: 5,
  allowNewStatements: true,
  questions: [
    { id: 'q1', kind: 'single', prompt: label('Main use'), required: true, options: [{ id: 'a', label: label('Sports') }, { id: 'b', label: label('Gardens') }] },
    { id: 'q2', kind: 'ranking', prompt: label('Rank the budget lines'), required: false, options: [{ id: 'x', label: label('Lighting') }, { id: 'y', label: label('Benches') }, { id: 'z', label: label('Trees') }] },
  ],
  statements: [
    { id: 's1', text: 'Keep the park open at night', byRespondent: false },
    { id: 's2', text: 'Plant native trees', byRespondent: false },
    { id: 's3', text: 'Charge for parking', byRespondent: false },
  ],
  respondents: 28,
  decision: null,
  demo: true,
  canManage: false,
};
const results: Results = {
  respondents: 28,
  groups: [
    { group: 'citizen', side: 'TR', respondents: 14, weighed: true },
    { group: 'citizen', side: 'EU', respondents: 6, weighed: true },
    { group: 'civil_society', side: 'TR', respondents: 6, weighed: true },
    { group: 'youth', side: 'EU', respondents: 2, weighed: false },
  ],
  questions: [
    {
      id: 'q1', kind: 'single', answered: 26, mean: null, balancedMean: null, differs: true,
      options: [{ id: 'a', raw: 16, rawShare: 16 / 26, balancedShare: 0.4 }, { id: 'b', raw: 10, rawShare: 10 / 26, balancedShare: 0.6 }],
      byGroup: [{ group: 'citizen', mean: null, shares: { a: 0.8, b: 0.2 } }, { group: 'civil_society', mean: null, shares: { a: 0, b: 1 } }],
    },
  ],
  statements: [
    { id: 's1', text: 'Keep the park open at night', agree: 10, disagree: 12, pass: 4, minGroupAgree: 0.1, divisiveness: 0.7, byGroup: [{ group: 'citizen', agreeShare: 0.8, votes: 20 }, { group: 'civil_society', agreeShare: 0.1, votes: 6 }] },
    { id: 's2', text: 'Plant native trees', agree: 22, disagree: 2, pass: 2, minGroupAgree: 0.8, divisiveness: 0.1, byGroup: [{ group: 'citizen', agreeShare: 0.9, votes: 20 }, { group: 'civil_society', agreeShare: 0.8, votes: 6 }] },
    { id: 's3', text: 'Charge for parking', agree: 8, disagree: 15, pass: 3, minGroupAgree: 0.3, divisiveness: 0.05, byGroup: [{ group: 'citizen', agreeShare: 0.3, votes: 20 }, { group: 'civil_society', agreeShare: 0.35, votes: 6 }] },
  ],
  decision: null,
};
const citizen = { id: 'u9', email: 'citizen@twinbridge.demo', name: 'Elif Kaya', role: 'public', locale: 'en', authorityCode: null, officerRequest: null };
const mine = {
  group: 'citizen', side: 'TR', votes: [{ statementId: 's2', vote: 'agree' }], newStatements: [], updatedAt: '2026-12-01T10:00:00.000Z',
  answers: [{ questionId: 'q1', optionIds: ['b'] }, { questionId: 'q2', optionIds: ['x', 'y', 'z'] }],
};

function api(user: typeof citizen | null, own: object | null, sent: { method: string; body: unknown }[] = [], shown: Consultation = consultation) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: user ? 'tok' : null } };
    if (url.pathname === `/api/consultations/${ID}`) return { status: 200, body: shown };
    if (url.pathname === `/api/consultations/${ID}/statements/pending`) return { status: 200, body: { items: [] } };
    if (url.pathname === `/api/consultations/${ID}/results`) return { status: 200, body: results };
    if (url.pathname === `/api/consultations/${ID}/responses/mine`) return own ? { status: 200, body: own } : { status: 404, body: { error: 'not_found', message: 'No response' } };
    if (url.pathname === `/api/consultations/${ID}/responses`) {
      sent.push({ method: init.method ?? 'GET', body: JSON.parse(String(init.body)) });
      return { status: 204 };
    }
    return { status: 404 };
  });
}

// The page holds the results with their charts and tables: a role query over all of it can take
// longer than testing-library's default second on a busy machine, so the first one waits longer.
const SLOW = { timeout: 8_000 };
const TEST_TIMEOUT = 20_000;

const page = () => (
  <Routes>
    <Route path="/consultations/:id" element={<ConsultationPage />} />
  </Routes>
);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe("the organiser's tools", () => {
  it('are shown only when the server says the reader may manage the consultation', async () => {
    api(citizen, null);
    renderAt(`/consultations/${ID}`, page());
    await screen.findByRole('table', { name: 'Raw and balanced shares of each option' }, SLOW);
    expect(screen.queryByRole('heading', { name: "Organiser's tools" })).toBeNull();
    resetApp();
    api(citizen, null, [], { ...consultation, canManage: true });
    renderAt(`/consultations/${ID}`, page());
    expect(await screen.findByRole('heading', { name: "Organiser's tools" }, SLOW)).toBeTruthy();
  }, TEST_TIMEOUT);
});

describe('consultation results', () => {
  it('shows raw and balanced shares side by side, marks the differing winners and warns of a group too small', async () => {
    api(null, null);
    renderAt(`/consultations/${ID}`, page());
    const table = await screen.findByRole('table', { name: 'Raw and balanced shares of each option' }, SLOW);
    const sports = within(table).getByRole('rowheader', { name: /Sports/ }).closest('tr')!;
    const gardens = within(table).getByRole('rowheader', { name: /Gardens/ }).closest('tr')!;
    // Sports wins the raw count (62%), Gardens the balanced share (60%): each is marked.
    expect(Array.from(sports.querySelectorAll('td')).map((c) => c.textContent)).toEqual(['16', '62%', '40%']);
    expect(Array.from(gardens.querySelectorAll('td')).map((c) => c.textContent)).toEqual(['10', '38%', '60%']);
    expect(sports.textContent).toContain('raw winner');
    expect(gardens.textContent).toContain('balanced winner');
    expect(screen.getByText('Raw and balanced winners differ')).toBeTruthy();
    expect(screen.getByText('These groups have fewer than 5 respondents and are left out of the balanced figures: Youth.')).toBeTruthy();
    expect(screen.getByText('Sign in to answer this consultation.')).toBeTruthy();
  });

  it('orders statements by the least-agreeing group, beside the most divisive ones', async () => {
    api(null, null);
    renderAt(`/consultations/${ID}`, page());
    const common = await screen.findByRole('table', { name: 'Statements in common-ground order' }, SLOW);
    const rows = within(common).getAllByRole('rowheader').map((r) => r.textContent);
    expect(rows).toEqual(['Plant native trees', 'Charge for parking', 'Keep the park open at night']);
    const divisive = screen.getByRole('table', { name: 'The most divisive statements' });
    expect(within(divisive).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['Keep the park open at night', 'Plant native trees', 'Charge for parking']);
  });

  it('writes shares in Turkish number format in Turkish', async () => {
    await i18n.changeLanguage('tr');
    try {
      api(null, null);
      renderAt(`/consultations/${ID}`, page());
      const table = await screen.findByRole('table', { name: 'Her seçeneğin ham ve dengelenmiş payı' }, SLOW);
      expect(within(table).getByRole('rowheader', { name: /Sports/ }).closest('tr')!.textContent).toContain('%62');
      expect(screen.getByText('Ham ve dengelenmiş birinciler farklı')).toBeTruthy();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

// In the answer-form tests, the role queries after the first look only inside the form.

describe('answer form', () => {
  it('refuses to send without a group, side or required answer, and says why', async () => {
    const sent: { method: string; body: unknown }[] = [];
    api(citizen, null, sent);
    renderAt(`/consultations/${ID}`, page());
    fireEvent.click(await screen.findByRole('button', { name: 'Send my answer' }, SLOW));
    expect(await screen.findByText('Choose the group you speak for.')).toBeTruthy();
    expect(screen.getByText('Choose your side.')).toBeTruthy();
    expect(screen.getByText('This question needs an answer.')).toBeTruthy();
    expect(screen.getByText('Please fix 3 problems above.')).toBeTruthy();
    expect(sent).toEqual([]);
  }, TEST_TIMEOUT);

  it('prefills the saved answer, reorders the ranking from the keyboard and saves the change with PUT', async () => {
    const sent: { method: string; body: unknown }[] = [];
    api(citizen, mine, sent);
    renderAt(`/consultations/${ID}`, page());
    const heading = await screen.findByRole('heading', { name: 'Change your answer' }, SLOW);
    const form = within(heading.closest('form')!);
    expect((form.getByRole('radio', { name: 'Gardens' }) as HTMLInputElement).checked).toBe(true);
    const down = form.getByRole('button', { name: 'Move Lighting down' });
    down.focus();
    // A native button: Enter and Space activate it, as a click does.
    fireEvent.click(document.activeElement!);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Lighting down'));
    expect(screen.getByText('Lighting is now at position 2 of 3.')).toBeTruthy();
    fireEvent.click(document.activeElement!);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Lighting up'));
    const items = form.getByRole('group', { name: 'Rank the budget lines' }).querySelectorAll('li');
    expect(Array.from(items).map((li) => li.textContent)).toEqual(['Benches', 'Trees', 'Lighting']);
    fireEvent.click(form.getByRole('button', { name: 'Save my changes' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    // The form is read back from the server after saving; the confirmation stays.
    expect(await screen.findByText('Your answer is saved. You can change it until the consultation closes.')).toBeTruthy();
    expect(sent[0]).toEqual({
      method: 'PUT',
      body: { group: 'citizen', side: 'TR', answers: [{ questionId: 'q1', optionIds: ['b'] }, { questionId: 'q2', optionIds: ['y', 'z', 'x'] }], votes: [{ statementId: 's2', vote: 'agree' }], newStatements: [] },
    });
  }, TEST_TIMEOUT);
});
