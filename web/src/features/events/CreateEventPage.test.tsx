import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import CreateEventPage from './CreateEventPage';
import { citizen, officer, training } from './testEvents';

// Each file runs on its own: on a busy machine a page takes longer than testing-library's default second to settle.
configure({ asyncUtilTimeout: 8_000 });

type User = typeof citizen | typeof officer;

function api(user: User, posts: unknown[], answer: { status: number; body?: unknown } = { status: 201, body: training }) {
  stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: 'tok' } };
    if (url.pathname === '/api/events' && init.method === 'POST') {
      posts.push(JSON.parse(String(init.body)));
      return answer;
    }
    return { status: 404 };
  });
}
const page = () => renderAt('/events/new', (
  <Routes>
    <Route path="/events/new" element={<CreateEventPage />} />
    <Route path="/events/:id" element={<p>event page</p>} />
  </Routes>
));
// The form is large: on a busy machine its tests take longer than the default five seconds.
const TEST_TIMEOUT = 20_000;
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('publishing an event', () => {
  it('is not offered to a user who may not organise', async () => {
    api(citizen, []);
    page();
    expect(await screen.findByText('Sign in as a programme manager or an officer to publish an event.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish the event' })).toBeNull();
  });

  it('says what is missing, at each field, and sends nothing', async () => {
    const posts: unknown[] = [];
    api(officer, posts);
    page();
    fireEvent.click(await screen.findByRole('button', { name: 'Publish the event' }));
    expect(await screen.findAllByText('Write it in Turkish or English.')).toHaveLength(2);
    expect(screen.getAllByText('Give a date and time.')).toHaveLength(2);
    expect(screen.getByText('Give the address.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Please fix 5 problems above.');
    expect(posts).toEqual([]);
  }, TEST_TIMEOUT);

  it("sends an officer's event as held and organised by their authority, with wall times in the event's zone", async () => {
    const posts: unknown[] = [];
    api(officer, posts);
    page();
    await screen.findByRole('button', { name: 'Publish the event' });
    type('Title in Turkish', 'Proje döngüsü yönetimi');
    type('Description in English', 'Two days on project cycle management.');
    type('Starts', '2027-03-03T10:00');
    type('Ends', '2027-03-03T16:00');
    type('Address', 'Saraçhane');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Environment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Publish the event' }));
    expect(await screen.findByText('event page')).toBeTruthy();
    expect(posts).toEqual([{
      kind: 'training', title: { tr: 'Proje döngüsü yönetimi', en: '' }, description: { tr: '', en: 'Two days on project cycle management.' }, themes: ['environment'],
      startsAt: '2027-03-03T10:00', endsAt: '2027-03-03T16:00', timeZone: 'Europe/Istanbul', registrationDeadline: null,
      place: { mode: 'in_person', authorityCode: 'TR-BSB-34', address: 'Saraçhane' }, capacity: 30, language: 'tr', hours: 6,
      organiserAuthorityCode: 'TR-BSB-34', materials: [],
    }]);
  }, TEST_TIMEOUT);

  it("shows the server's refusal through the error alert", async () => {
    api(officer, [], { status: 403, body: { error: 'forbidden', message: 'Not your authority' } });
    page();
    await screen.findByRole('button', { name: 'Publish the event' });
    type('Title in Turkish', 'Eğitim');
    type('Description in Turkish', 'Açıklama');
    type('Starts', '2027-03-03T10:00');
    type('Ends', '2027-03-03T16:00');
    type('Address', 'Saraçhane');
    fireEvent.click(screen.getByRole('button', { name: 'Publish the event' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('You are not allowed to do this.'));
  }, TEST_TIMEOUT);
});
