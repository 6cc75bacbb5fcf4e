import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HomeView } from '../../../../shared/home';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import MyHomePage from './MyHomePage';

const officer = { id: 'u1', email: 'istanbul@twinbridge.demo', name: 'Ayşe', role: 'officer', locale: 'en', authorityCode: 'TR-BSB-34', officerRequest: { authorityCode: 'TR-BSB-34', status: 'approved' } };
const citizen = { ...officer, role: 'public', authorityCode: null, officerRequest: null };
const none = { titleTr: null, status: null, due: null, unread: null, waits: null };

const officerHome: HomeView = {
  role: 'officer',
  authority: { code: 'TR-BSB-34', name: 'İstanbul Büyükşehir Belediyesi' },
  officerRequest: null,
  sections: [
    { key: 'approvals', items: [{ ...none, id: 't1', link: '/twinnings/t1', title: 'Köln', status: 'agreed' }], total: 1, more: '/authorities/TR-BSB-34' },
    { key: 'conversations', items: [{ ...none, id: 'c1', link: '/partners/conversations/c1', title: 'Köln', unread: 2 }], total: 1, more: '/partners/conversations' },
    { key: 'requests', items: [], total: 0, more: '/partners/requests' },
  ],
};

function serve(user: object, home: HomeView) {
  stubApi((url) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: 'x' } };
    if (url.pathname === '/api/me/home') return { status: 200, body: home };
    return { status: 404 };
  });
}

describe('MyHomePage', () => {
  afterEach(resetApp);

  it("links each of an officer's items to where it is done, and says what to do in an empty section", async () => {
    await i18n.changeLanguage('en');
    serve(officer, officerHome);
    renderAt('/me', <MyHomePage />);
    const approvals = await screen.findByRole('region', { name: 'Twinning steps to approve' });
    expect(within(approvals).getByRole('link', { name: 'Köln' }).getAttribute('href')).toBe('/twinnings/t1');
    expect(within(approvals).getByText('Asks to move to: Letter of intent signed')).toBeTruthy();
    const talks = screen.getByRole('region', { name: 'Conversations' });
    expect(within(talks).getByRole('link', { name: 'Köln' }).getAttribute('href')).toBe('/partners/conversations/c1');
    expect(within(talks).getByText('2 unread')).toBeTruthy();
    const requests = screen.getByRole('region', { name: 'Your partner requests' });
    expect(within(requests).getByText(/no open partner request/)).toBeTruthy();
    expect(within(requests).getByRole('link', { name: 'Publish a partner request' }).getAttribute('href')).toBe('/partners/requests/new');
    expect(screen.getByText(/İstanbul Büyükşehir Belediyesi/)).toBeTruthy();
  });

  it('shows a public user the next steps in Turkish, and a pending officer request', async () => {
    await i18n.changeLanguage('tr');
    serve(citizen, { role: 'public', authority: null, officerRequest: { authorityCode: 'TR-BSB-06', authorityName: 'Ankara Büyükşehir Belediyesi', status: 'pending' }, sections: [] });
    renderAt('/me', <MyHomePage />);
    expect(await screen.findByRole('heading', { name: 'Sonraki adımlar' })).toBeTruthy();
    expect(screen.getByText(/Ankara Büyükşehir Belediyesi adına hareket etme talebinizi bir yönetici inceliyor/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rehber' }).getAttribute('href')).toBe('/authorities');
    // Already asked: no second invitation to ask.
    expect(screen.queryByRole('link', { name: 'Kurumum adına hareket etmek istiyorum' })).toBeNull();
  });

  it('asks a visitor to sign in', async () => {
    await i18n.changeLanguage('en');
    stubApi(() => ({ status: 404 }));
    renderAt('/me', <MyHomePage />);
    expect(await screen.findByText('Sign in to see what waits for you.')).toBeTruthy();
  });
  it("prompts a manager to make the shortlist of a two-stage call whose concept notes wait, and links to where it is made", async () => {
    await i18n.changeLanguage('en');
    const waits = { check: 0, assign: 0, diverge: 0, consensus: 0, award: 0 };
    const calls = [
      { ...none, id: 'k1', link: '/grants/calls/k1#call-shortlist', title: 'TWIN-2026/02 · Two-stage call', titleTr: 'TWIN-2026/02 · İki aşamalı çağrı', status: 'closed', due: '2026-11-30T14:00:00Z', waits, shortlist: 3 },
      { ...none, id: 'k2', link: '/grants/calls/k2/evaluation', title: 'TWIN-2026/01 · One-stage call', titleTr: null, status: 'closed', due: '2026-11-01T14:00:00Z', waits: { ...waits, check: 2 }, shortlist: null },
    ];
    const home: HomeView = { role: 'programme_manager', authority: null, officerRequest: null, sections: [{ key: 'calls', items: calls, total: 2, more: '/grants' }, { key: 'reports', items: [], total: 0, more: '/grants' }] };
    serve({ ...citizen, role: 'programme_manager' }, home);
    renderAt('/me', <MyHomePage />);
    const prompt = await screen.findByRole('alert');
    expect(within(prompt).getByText('TWIN-2026/02 · Two-stage call: the concept deadline has passed')).toBeTruthy();
    expect(within(prompt).getByText(/3 concept notes are evaluated and wait for the shortlist/)).toBeTruthy();
    expect(within(prompt).getByRole('link', { name: 'Make the shortlist of TWIN-2026/02 · Two-stage call' }).getAttribute('href')).toBe('/grants/calls/k1#call-shortlist');
    // Only the call that waits for a shortlist is prompted; on its card the count replaces "nothing waits".
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    const card = screen.getByRole('region', { name: 'Calls by stage' });
    expect(within(card).getByText('3 concept notes wait for the shortlist')).toBeTruthy();
    expect(within(card).queryByText('Nothing waits for you')).toBeNull();

    resetApp();
    await i18n.changeLanguage('tr');
    serve({ ...citizen, role: 'programme_manager' }, home);
    renderAt('/me', <MyHomePage />);
    const istem = await screen.findByRole('alert');
    expect(within(istem).getByRole('link', { name: 'TWIN-2026/02 · İki aşamalı çağrı için kısa listeyi hazırla' }).getAttribute('href')).toBe('/grants/calls/k1#call-shortlist');
    expect(within(istem).getByText(/3 kavram notu değerlendirildi ve kısa listeyi bekliyor/)).toBeTruthy();
  });
});
