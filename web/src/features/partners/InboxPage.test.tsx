import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { InboxPage } from './InboxPage';

const place = (code: string, name: string, country: string) => ({ code, name, nameLatin: null, country, type: 'municipality', population: 1000, lat: null, lon: null, region: null, regionName: null });
const istanbul = { ...place('TR-BSB-34', 'İstanbul', 'TR'), type: 'metropolitan_municipality' };
const koln = place('DE_05315000', 'Köln', 'DE');
const answer = {
  id: '9a7c1f0e-7a57-4c37-9d4e-3a3b2b1c0d01', from: istanbul, to: koln, requestId: '1b7c1f0e-7a57-4c37-9d4e-3a3b2b1c0d02', requestTitle: 'Partner for youth exchanges',
  message: 'İstanbul answers your request.', status: 'pending', createdAt: '2026-11-01T10:00:00.000Z', decidedAt: null, conversationId: null,
};
const user = (role: string, authorityCode: string | null) => ({ id: 'u', email: 'u@example.org', name: 'U', role, locale: 'en', authorityCode, officerRequest: null });

function api(me: ReturnType<typeof user>) {
  stubApi((url) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user: me, csrfToken: 'tok' } };
    if (url.pathname === '/api/expressions-of-interest') return { status: 200, body: { items: [answer] } };
    if (url.pathname === '/api/notifications') return { status: 200, body: { unread: 0, items: [] } };
    return { status: 404 };
  });
}
const page = () => (<Routes><Route path="/partners/inbox" element={<InboxPage />} /></Routes>);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('inbox', () => {
  it('shows the receiving officer which request an approach answers, with accept and decline', async () => {
    api(user('officer', 'DE_05315000'));
    renderAt('/partners/inbox', page());
    const card = (await screen.findByText('From İstanbul')).closest('li')!;
    expect(within(card).getByText(/answers a partner request: “Partner for youth exchanges”/)).toBeTruthy();
    expect(within(card).getByRole('button', { name: /^Accept/ })).toBeTruthy();
  });

  it('lets an admin oversee every approach, naming both sides, with no action of a side', async () => {
    api(user('admin', null));
    renderAt('/partners/inbox', page());
    expect(await screen.findByRole('heading', { name: 'All expressions of interest on the platform (1)' })).toBeTruthy();
    const card = screen.getByText('İstanbul → Köln').closest('li')!;
    expect(within(card).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('heading', { name: /^Sent/ })).toBeNull();
  });
});
