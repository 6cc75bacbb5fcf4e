import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../../../shared/events';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import EditEventPage from './EditEventPage';
import { citizen, officer, training } from './testEvents';

// Each file runs on its own: on a busy machine a page takes longer than testing-library's default second to settle.
configure({ asyncUtilTimeout: 8_000 });
const TEST_TIMEOUT = 20_000;

const managed: Event = { ...training, canManage: true, organiser: { name: 'İstanbul Büyükşehir Belediyesi', authorityCode: 'TR-BSB-34' }, materials: [{ title: 'Slides', url: 'https://example.org/slides.pdf' }] };

function api(user: typeof citizen | typeof officer, shown: Event, puts: unknown[], answer: { status: number; body?: unknown } = { status: 200, body: managed }) {
  stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: 'tok' } };
    if (url.pathname === `/api/events/${training.id}` && init.method === 'PUT') {
      puts.push(JSON.parse(String(init.body)));
      return answer;
    }
    if (url.pathname === `/api/events/${training.id}`) return { status: 200, body: shown };
    return { status: 404 };
  });
}
const page = () => renderAt(`/events/${training.id}/edit`, (
  <Routes>
    <Route path="/events/:id/edit" element={<EditEventPage />} />
    <Route path="/events/:id" element={<p>event page</p>} />
  </Routes>
));
const field = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;
const CAPACITY_409 = { status: 409, body: { error: 'conflict', message: '2 people already have a seat', reason: 'event_capacity_below_registered', params: { registered: 2 } } };

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);
afterAll(async () => {
  await i18n.changeLanguage('en');
});

describe('editing an event', () => {
  it('is refused to a reader who may not manage it', async () => {
    api(citizen, training, []);
    page();
    expect(await screen.findByText('Only the organiser, officers of the organising authority and programme managers edit this event.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the changes' })).toBeNull();
  }, TEST_TIMEOUT);

  it("starts from the event's details, wall times in its own zone, and sends the whole event back", async () => {
    const puts: unknown[] = [];
    api(officer, managed, puts);
    page();
    await screen.findByRole('button', { name: 'Save the changes' });
    expect([field('Title in Turkish').value, field('Starts').value, field('Ends').value, field('Registration deadline').value, (screen.getByLabelText('Address') as HTMLInputElement).value])
      .toEqual(['Proje döngüsü yönetimi', '2027-03-03T10:00', '2027-03-03T16:00', '2027-03-01T10:00', 'Saraçhane']);
    expect(screen.getByDisplayValue('İstanbul Büyükşehir Belediyesi').getAttribute('aria-invalid')).not.toBe('true'); // the host's name, not its code
    fireEvent.change(field('Seats'), { target: { value: '40' } });
    fireEvent.change(field('Title in English'), { target: { value: 'Project cycle management, second edition' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(await screen.findByText('event page')).toBeTruthy();
    expect(puts).toEqual([{
      kind: 'training', title: { tr: 'Proje döngüsü yönetimi', en: 'Project cycle management, second edition' }, description: training.description, themes: ['environment'],
      startsAt: '2027-03-03T10:00', endsAt: '2027-03-03T16:00', timeZone: 'Europe/Istanbul', registrationDeadline: '2027-03-01T10:00',
      place: { mode: 'in_person', authorityCode: 'TR-BSB-34', address: 'Saraçhane' }, capacity: 40, language: 'tr', hours: 6,
      organiserAuthorityCode: 'TR-BSB-34', materials: [{ title: 'Slides', url: 'https://example.org/slides.pdf' }],
    }]);
  }, TEST_TIMEOUT);

  it('says at its field what is wrong before sending anything', async () => {
    const puts: unknown[] = [];
    api(officer, managed, puts);
    page();
    await screen.findByRole('button', { name: 'Save the changes' });
    fireEvent.change(field('Title in Turkish'), { target: { value: '' } });
    fireEvent.change(field('Title in English'), { target: { value: '' } });
    fireEvent.change(field('Ends'), { target: { value: '2027-03-03T09:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(await screen.findByText('Write it in Turkish or English.')).toBeTruthy();
    expect(screen.getByText('The end must be after the start.')).toBeTruthy();
    expect(puts).toEqual([]);
  }, TEST_TIMEOUT);

  it('shows a capacity below the seats given at the capacity field, in English and in Turkish', async () => {
    api(officer, managed, [], CAPACITY_409);
    page();
    await screen.findByRole('button', { name: 'Save the changes' });
    fireEvent.change(field('Seats'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    const said = 'The capacity cannot be below the 2 people who already have a seat.';
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(said));
    expect(field('Seats').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(said)).toHaveLength(2); // at the field and in the alert
    resetApp();

    await i18n.changeLanguage('tr');
    api(officer, managed, [], CAPACITY_409);
    page();
    const save = await screen.findByRole('button', { name: 'Değişiklikleri kaydet' });
    fireEvent.change(field('Kontenjan'), { target: { value: '1' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Kapasite, yeri kesinleşmiş 2 kişinin altına düşürülemez.'));
  }, TEST_TIMEOUT);
});
