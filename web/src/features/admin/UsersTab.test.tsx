import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { UsersTab } from './UsersTab';

const user = (id: string, name: string, role: string, country: string | null) => ({
  id, email: `${id}@twinbridge.demo`, name, role, locale: 'en', country, createdAt: '2026-11-01T10:00:00Z', disabled: false, officerRequest: null,
});

describe('UsersTab', () => {
  beforeAll(async () => { await i18n.changeLanguage('en'); });
  afterEach(resetApp);

  it("records an assessor's country with the admin route; other roles show theirs read-only", async () => {
    const rows = [user('a1', 'Elena Rossi', 'assessor', 'IT'), user('o1', 'Ayşe Yılmaz', 'officer', null)];
    const sent: unknown[] = [];
    stubApi((url, init) => {
      if (url.pathname === '/api/admin/users') return { status: 200, body: { items: rows, total: rows.length } };
      if (url.pathname === '/api/admin/users/a1/country' && init.method === 'PATCH') {
        sent.push(JSON.parse(String(init.body)));
        rows[0] = { ...rows[0]!, country: null };
        return { status: 200, body: rows[0] };
      }
      return { status: 404 };
    });
    renderAt('/admin', <UsersTab currentUserId="admin" />);
    const select = await screen.findByRole('textbox', { name: 'Country of Elena Rossi' });
    expect(select).toHaveProperty('value', 'Italy');
    expect(screen.queryByRole('textbox', { name: 'Country of Ayşe Yılmaz' })).toBeNull();
    // Clearing the country sends null; the list reloads with the change.
    fireEvent.click(select.parentElement!.querySelector('button')!);
    await waitFor(() => expect(sent).toEqual([{ country: null }]));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Country of Elena Rossi' })).toHaveProperty('value', ''));
  });
});
