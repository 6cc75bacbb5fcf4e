import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Event } from '../../../../shared/events';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import EventPage from './EventPage';
import { citizen, training } from './testEvents';

// Each file runs on its own: on a busy machine a page takes longer than testing-library's default second to settle.
configure({ asyncUtilTimeout: 8_000 });

// The reader sits in Berlin, whatever the machine's zone: an hour behind Istanbul in March.
vi.mock('./time', async (original) => ({ ...(await original<typeof import('./time')>()), readerZone: () => 'Europe/Berlin' }));

type Sent = { method: string; path: string; body: unknown };

/** The event's one comment; any other target has none (so the page must ask for the event's own). */
function comments(target: string | null) {
  const one = { id: 'c1', target, parentId: null, author: { name: 'Hans Weber', authorityCode: null }, body: 'Will the slides be shared?', stance: 'neutral', status: 'shown', createdAt: '2027-02-01T10:00:00.000Z', editedAt: null, mine: false, editableUntil: null, canReport: true, reportedByMe: false, replies: [] };
  return target === `event:${training.id}` ? { items: [one], total: 1 } : { items: [], total: 0 };
}

/** The API of one event whose state the test moves on: each call answers with `shown()` as it is then. */
function api(user: typeof citizen | null, shown: () => Event, answers: Record<string, { status: number; body?: unknown }> = {}, sent: Sent[] = []) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: user ? 'tok' : null } };
    if (url.pathname === `/api/events/${training.id}`) return { status: 200, body: shown() };
    if (url.pathname === '/api/comments' && (init.method ?? 'GET') === 'GET') return { status: 200, body: comments(url.searchParams.get('target')) };
    const method = init.method ?? 'GET';
    if (method !== 'GET') sent.push({ method, path: url.pathname, body: init.body ? JSON.parse(String(init.body)) : null });
    return answers[`${method} ${url.pathname}`] ?? { status: 404 };
  });
}

const page = () => (
  <Routes>
    <Route path="/events/:id" element={<EventPage />} />
  </Routes>
);
const SLOW = { timeout: 8_000 };

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('the event page', { timeout: 20_000 }, () => {
  it("shows the times in the event's zone and in the reader's, the place, and the calendar file", async () => {
    api(null, () => training);
    renderAt(`/events/${training.id}`, page());
    const facts = await screen.findByRole('table', { name: 'Event details' }, SLOW);
    const when = within(facts).getByRole('rowheader', { name: 'When' }).closest('tr')!;
    expect(when.textContent).toMatch(/10:00.*16:00/);
    expect(when.textContent).toContain("In the event's time zone (Europe/Istanbul)");
    const yours = within(facts).getByRole('rowheader', { name: 'Your time' }).closest('tr')!;
    expect(yours.textContent).toMatch(/08:00.*14:00/);
    expect(yours.textContent).toContain('In your time zone (Europe/Berlin)');
    expect(within(facts).getByRole('link', { name: 'İstanbul Büyükşehir Belediyesi' }).getAttribute('href')).toBe('/authorities/TR-BSB-34');
    expect(screen.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href')).toBe(`/api/events/${training.id}.ics?lang=en`);
    expect(screen.getByText('Sign in to register for this event.')).toBeTruthy();
  });

  it("shows the event's comments and posts a new one on the event", async () => {
    const sent: Sent[] = [];
    api(citizen, () => training, { 'POST /api/comments': { status: 201, body: { held: false } } }, sent);
    renderAt(`/events/${training.id}`, page());
    const section = (await screen.findByRole('heading', { name: 'Comments' }, SLOW)).closest('section')!;
    expect(await within(section).findByText('Will the slides be shared?', {}, SLOW)).toBeTruthy();
    fireEvent.change(within(section).getByRole('textbox', { name: 'Your comment' }), { target: { value: 'See you there.' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(sent).toContainEqual({ method: 'POST', path: '/api/comments', body: expect.objectContaining({ target: `event:${training.id}`, body: 'See you there.' }) }));
  });

  it('puts a reader on the waiting list of a full event, says their position, and lets them leave it', async () => {
    let state: Event = training;
    const sent: Sent[] = [];
    api(citizen, () => state, {
      [`POST /api/events/${training.id}/registration`]: { status: 201, body: { status: 'waiting', position: 2, seatsLeft: 0 } },
      [`DELETE /api/events/${training.id}/registration`]: { status: 200, body: { status: 'cancelled', promoted: false } },
    }, sent);
    renderAt(`/events/${training.id}`, page());
    const join = await screen.findByRole('button', { name: 'Join the waiting list' }, SLOW);
    state = { ...training, waiting: 2, me: { ...training.me, status: 'waiting', position: 2 } };
    fireEvent.click(join);
    expect(await screen.findByText('The event is full: you are on the waiting list.')).toBeTruthy();
    expect(await screen.findByText(/You are number 2 on the waiting list/)).toBeTruthy();
    state = { ...training, waiting: 1, me: { ...training.me, status: 'cancelled' } };
    fireEvent.click(screen.getByRole('button', { name: 'Leave the waiting list' }));
    expect(await screen.findByText('Your registration is cancelled.')).toBeTruthy();
    expect(sent.map((s) => `${s.method} ${s.path}`)).toEqual([`POST /api/events/${training.id}/registration`, `DELETE /api/events/${training.id}/registration`]);
  });

  it("says a conflict's reason in the reader's language", async () => {
    const seated: Event = { ...training, seatsLeft: 1, me: { ...training.me, status: 'registered' } };
    api(citizen, () => seated, {
      [`DELETE /api/events/${training.id}/registration`]: {
        status: 409, body: { error: 'conflict', message: 'too late', reason: 'event_cancel_after_deadline', params: { at: '2027-03-01T07:00:00.000Z' } },
      },
    });
    renderAt(`/events/${training.id}`, page());
    expect(await screen.findByText('You have a seat at this event.', {}, SLOW)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel my registration' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Registrations can be cancelled only until the deadline \(1 Mar 2027/);
  });

  it('gives the online link and the certificate only to those the server allows', async () => {
    const online: Event = { ...training, place: { mode: 'online' }, timing: 'past', registrationOpen: false };
    api(citizen, () => online);
    renderAt(`/events/${training.id}`, page());
    expect(await screen.findByText('(the link is shown to registered participants)', {}, SLOW)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Download my certificate (PDF)' })).toBeNull();
    resetApp();
    const attended: Event = { ...online, onlineLink: 'https://meet.example.org/pcm', me: { status: 'registered', position: null, attended: true, feedbackGiven: false, certificate: true } };
    api(citizen, () => attended);
    renderAt(`/events/${training.id}`, page());
    expect((await screen.findByRole('link', { name: 'https://meet.example.org/pcm' }, SLOW)).getAttribute('href')).toBe('https://meet.example.org/pcm');
    expect(screen.getByRole('link', { name: 'Download my certificate (PDF)' }).getAttribute('href')).toBe(`/api/events/${training.id}/certificate?lang=en`);
    expect(screen.getByText('You attended this event.')).toBeTruthy();
  });
});

describe('a past event', { timeout: 20_000 }, () => {
  it('keeps its materials and says registration is closed, with the deadline in its own zone', async () => {
    const past: Event = { ...training, timing: 'past', registrationOpen: false, materials: [{ title: 'Slides', url: 'https://example.org/pcm.pdf' }] };
    api(citizen, () => past);
    renderAt(`/events/${training.id}`, page());
    const materials = await screen.findByRole('heading', { name: 'Materials' }, SLOW);
    expect(within(materials.closest('section')!).getByRole('link', { name: 'Slides' }).getAttribute('href')).toBe('https://example.org/pcm.pdf');
    const facts = screen.getByRole('table', { name: 'Event details' });
    expect(within(facts).getByRole('rowheader', { name: 'Registration deadline' }).closest('tr')!.textContent).toMatch(/1 Mar 2027, 10:00 GMT\+3 · Registration is closed\./);
    expect(screen.queryByRole('button', { name: 'Register' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Join the waiting list' })).toBeNull();
  });
});

describe('feedback after the event', { timeout: 20_000 }, () => {
  it('asks for a rating before sending, then sends the rating and the comment once', async () => {
    let state: Event = { ...training, timing: 'past', registrationOpen: false, me: { status: 'registered', position: null, attended: true, feedbackGiven: false, certificate: true } };
    const sent: Sent[] = [];
    api(citizen, () => state, { [`POST /api/events/${training.id}/feedback`]: { status: 204 } }, sent);
    renderAt(`/events/${training.id}`, page());
    const form = within((await screen.findByRole('heading', { name: 'Your feedback' }, SLOW)).closest('form')!);
    fireEvent.click(form.getByRole('button', { name: 'Send my feedback' }));
    expect(await form.findByText('Choose a rating from 1 to 5.')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.click(form.getByRole('radio', { name: '4' }));
    fireEvent.change(form.getByRole('textbox', { name: 'Comments (optional)' }), { target: { value: 'Clear and practical.' } });
    state = { ...state, me: { ...state.me, feedbackGiven: true } };
    fireEvent.click(form.getByRole('button', { name: 'Send my feedback' }));
    expect(await screen.findByText('Thank you for your feedback.')).toBeTruthy();
    expect(sent).toEqual([{ method: 'POST', path: `/api/events/${training.id}/feedback`, body: { rating: 4, text: 'Clear and practical.' } }]);
  });
});

describe("the organiser's tools", { timeout: 20_000 }, () => {
  const started: Event = { ...training, timing: 'past', registrationOpen: false, canManage: true, waiting: 1 };
  const participants = {
    items: [
      { userId: 'u1', name: 'Ali Veli', email: 'ali@example.org', status: 'registered', position: null, attended: false, registeredAt: '2027-02-01T10:00:00.000Z' },
      { userId: 'u2', name: 'Eva Braun', email: 'eva@example.org', status: 'registered', position: null, attended: true, registeredAt: '2027-02-02T10:00:00.000Z' },
      { userId: 'u3', name: 'Jan Smit', email: 'jan@example.org', status: 'waiting', position: 1, attended: false, registeredAt: '2027-02-03T10:00:00.000Z' },
    ],
  };
  const feedback = { count: 3, average: 4.333, distribution: [0, 0, 0, 2, 1], texts: ['Very useful', 'Good pace'] };

  it('are shown only when the server says the reader may manage the event', async () => {
    api(citizen, () => training);
    renderAt(`/events/${training.id}`, page());
    await screen.findByRole('table', { name: 'Event details' }, SLOW);
    expect(screen.queryByRole('heading', { name: "Organiser's tools" })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit the event' })).toBeNull();
  });

  it('offer the edit form to those who manage the event', async () => {
    api(citizen, () => ({ ...training, canManage: true }), { [`GET /api/events/${training.id}/participants`]: { status: 200, body: { items: [] } } });
    renderAt(`/events/${training.id}`, page());
    expect((await screen.findByRole('link', { name: 'Edit the event' }, SLOW)).getAttribute('href')).toBe(`/events/${training.id}/edit`);
  });

  it('list participants with the waiting order, save attendance marks and show the feedback average', async () => {
    const sent: Sent[] = [];
    api(citizen, () => started, {
      [`GET /api/events/${training.id}/participants`]: { status: 200, body: participants },
      [`GET /api/events/${training.id}/feedback`]: { status: 200, body: feedback },
      [`PUT /api/events/${training.id}/attendance`]: { status: 204 },
    }, sent);
    renderAt(`/events/${training.id}`, page());
    const table = await screen.findByRole('table', { name: 'Participants' }, SLOW);
    expect(within(table).getByRole('rowheader', { name: 'Jan Smit' }).closest('tr')!.textContent).toContain('Waiting, number 1');
    // Only people with a seat can be ticked.
    expect(within(table).queryByRole('checkbox', { name: 'Jan Smit attended' })).toBeNull();
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Ali Veli attended' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance' }));
    expect(await screen.findByText('Attendance saved. Attendees can now download their certificates.')).toBeTruthy();
    expect(sent).toEqual([{ method: 'PUT', path: `/api/events/${training.id}/attendance`, body: { marks: [{ userId: 'u1', attended: true }, { userId: 'u2', attended: true }] } }]);
    expect(screen.getByText('Average 4.3 of 5, from 3 answers')).toBeTruthy();
    const dist = screen.getByRole('table', { name: 'Answers by rating' });
    expect(within(dist).getByRole('rowheader', { name: '4' }).closest('tr')!.textContent).toBe('42');
    expect(screen.getByText('Good pace')).toBeTruthy();
  });

  it('cannot tick attendance before the event has started', async () => {
    api(citizen, () => ({ ...started, timing: 'upcoming' }), { [`GET /api/events/${training.id}/participants`]: { status: 200, body: participants } });
    renderAt(`/events/${training.id}`, page());
    const table = await screen.findByRole('table', { name: 'Participants' }, SLOW);
    expect((within(table).getByRole('checkbox', { name: 'Ali Veli attended' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Attendance can be marked once the event has started.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save attendance' })).toBeNull();
    await waitFor(() => expect(screen.getByText('Attendees can give feedback once the event has ended.')).toBeTruthy());
  });
});
