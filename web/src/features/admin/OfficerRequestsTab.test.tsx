import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { OfficerRequestsTab } from './OfficerRequestsTab';

const pending = {
  id: 'r1', userId: 'u1', userName: 'Mehmet Demir', userEmail: 'mehmet@ankara.bel.tr', authorityCode: 'TR-BSB-06',
  authorityName: 'Ankara Büyükşehir Belediyesi', position: 'Dış İlişkiler', status: 'pending', createdAt: '2026-12-01T10:00:00Z', decidedAt: null,
};

describe('OfficerRequestsTab', () => {
  beforeAll(async () => { await i18n.changeLanguage('en'); });
  afterEach(resetApp);

  it('shows names, not bare codes, and approves only after a confirmation that says what follows and who is told', async () => {
    const decisions: unknown[] = [];
    stubApi((url, init) => {
      if (url.pathname === '/api/admin/officer-requests') return { status: 200, body: { items: [pending], total: 1 } };
      if (url.pathname === '/api/admin/officer-requests/r1/decision') {
        decisions.push(JSON.parse(String(init.body)));
        return { status: 200, body: { ...pending, status: 'approved', decidedAt: '2026-12-02T10:00:00Z' } };
      }
      return { status: 404 };
    });
    renderAt('/admin', <OfficerRequestsTab />);
    expect((await screen.findByRole('link', { name: 'Ankara Büyükşehir Belediyesi' })).getAttribute('href')).toBe('/authorities/TR-BSB-06');
    expect(screen.getByText('Code TR-BSB-06')).toBeTruthy();
    expect(screen.getByText('mehmet@ankara.bel.tr')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Approve the request of Mehmet Demir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve Mehmet Demir as an officer of Ankara Büyükşehir Belediyesi?' });
    expect(dialog.textContent).toMatch(/approve twinning steps and make grant applications/);
    expect(dialog.textContent).toMatch(/told by email \(mehmet@ankara\.bel\.tr\)/);
    expect(decisions).toEqual([]);
    // Cancelling decides nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(decisions).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Approve the request of Mehmet Demir' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Approve Mehmet Demir' }));
    await waitFor(() => expect(decisions).toEqual([{ decision: 'approved' }]));
  });
});
