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

  it('ends an officer link and disables an account after asking, and enables it again without asking', async () => {
    const officer = { ...user('o1', 'Ayşe Yılmaz', 'officer', null), officerRequest: { authorityCode: 'TR-BSB-34', status: 'approved' } };
    let rows = [officer, user('admin', 'Demo Admin', 'admin', null)];
    const calls: string[] = [];
    stubApi((url, init) => {
      if (url.pathname === '/api/admin/users') return { status: 200, body: { items: rows, total: rows.length } };
      if (url.pathname === '/api/admin/users/o1/officer-link' && init.method === 'DELETE') {
        calls.push('revoke');
        rows = [{ ...officer, role: 'public', officerRequest: null }, rows[1]!];
        return { status: 200, body: rows[0] };
      }
      if (url.pathname === '/api/admin/users/o1/disabled' && init.method === 'PATCH') {
        const { disabled } = JSON.parse(String(init.body)) as { disabled: boolean };
        calls.push(disabled ? 'disable' : 'enable');
        rows = [{ ...rows[0]!, disabled }, rows[1]!];
        return { status: 200, body: rows[0] };
      }
      return { status: 404 };
    });
    renderAt('/admin', <UsersTab currentUserId="admin" />);
    // The admin's own row offers no way to disable themself.
    await screen.findByRole('button', { name: 'Disable the account of Ayşe Yılmaz' });
    expect(screen.queryByRole('button', { name: 'Disable the account of Demo Admin' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'End the officer link of Ayşe Yılmaz' }));
    expect(calls).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'End officer link' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'End the officer link of Ayşe Yılmaz' })).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Disable the account of Ayşe Yılmaz' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Disable' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Enable the account of Ayşe Yılmaz' }));
    await waitFor(() => expect(calls).toEqual(['revoke', 'disable', 'enable']));
  }, 30_000);
});
