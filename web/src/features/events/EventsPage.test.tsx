import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../../../shared/events';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import EventsPage from './EventsPage';
import { manager, training } from './testEvents';

// Each file runs on its own: on a busy machine a page takes longer than testing-library's default second to settle.
configure({ asyncUtilTimeout: 8_000 });

const webinar: Event = {
  ...training, id: 'ev2', kind: 'webinar', title: { tr: 'AB fonları', en: 'EU funds' }, place: { mode: 'online' },
  startsAt: '2027-03-10T09:00:00.000Z', endsAt: '2027-03-11T11:00:00.000Z', startsLocal: '2027-03-10T12:00', endsLocal: '2027-03-11T14:00', seatsLeft: 40, capacity: 50,
};

/** Records each list query the page sends and answers with both events. */
function api(queries: URLSearchParams[], user: typeof manager | null = null) {
  stubApi((url) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: user ? 'tok' : null } };
    if (url.pathname === '/api/events') {
      queries.push(url.searchParams);
      return { status: 200, body: { items: [training, webinar], total: 2 } };
    }
    return { status: 404 };
  });
}
const SLOW = { timeout: 8_000 };

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('the events list', { timeout: 20_000 }, () => {
  it('shows upcoming events with their kind, place and seats, and filters by kind through the API', async () => {
    const queries: URLSearchParams[] = [];
    api(queries);
    renderAt('/events', <EventsPage />);
    const card = (await screen.findByRole('article', { name: 'Project cycle management' }, SLOW));
    expect(card.textContent).toContain('Training');
    expect(card.textContent).toContain('İstanbul Büyükşehir Belediyesi · Türkiye');
    expect(card.textContent).toContain('Full (2 seats): you can join the waiting list');
    expect(screen.getByRole('article', { name: 'EU funds' }).textContent).toContain('40 seats left of 50');
    expect(queries[0]!.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(queries[0]!.get('month')).toBeNull();

    fireEvent.change(screen.getByLabelText('Month', { exact: false }), { target: { value: '2027-03' } });
    await waitFor(() => expect(queries.at(-1)!.get('month')).toBe('2027-03'));
    expect(queries.at(-1)!.get('from')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Publish an event' })).toBeNull();
  });

  it('offers the creation form to a programme manager', async () => {
    api([], manager);
    renderAt('/events', <EventsPage />);
    expect((await screen.findByRole('link', { name: 'Publish an event' }, SLOW)).getAttribute('href')).toBe('/events/new');
  });

  it('lays a month out as a table with weekday headers, each event on the days it spans', async () => {
    const queries: URLSearchParams[] = [];
    api(queries);
    renderAt('/events?view=calendar&month=2027-03', <EventsPage />);
    const table = await screen.findByRole('table', { name: 'March 2027' }, SLOW);
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers[0]).toContain('Monday');
    expect(headers[6]).toContain('Sunday');
    const cellOf = (day: number) => within(table).getAllByRole('cell').find((c) => c.firstElementChild?.textContent === String(day))!;
    expect(within(cellOf(3)).getByRole('link', { name: 'Project cycle management' }).getAttribute('href')).toBe('/events/ev1');
    expect(within(cellOf(10)).getByRole('link', { name: 'EU funds' })).toBeTruthy();
    expect(within(cellOf(11)).getByRole('link', { name: 'EU funds' })).toBeTruthy();
    expect(within(cellOf(12)).queryAllByRole('link')).toEqual([]);
    expect(queries[0]!.get('month')).toBe('2027-03');

    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByRole('table', { name: 'April 2027' })).toBeTruthy();
    await waitFor(() => expect(queries.at(-1)!.get('month')).toBe('2027-04'));
  });
});
