import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewsPost } from '../../../../shared/news';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { LatestNews } from './LatestNews';
import NewsPostPage from './NewsPostPage';

const post = (over: Partial<NewsPost>): NewsPost => ({
  id: '5b0c6a4e-1f9e-4c1e-9a57-0a4f3f0f2b11', titleTr: 'Yeni ortaklık', titleEn: 'A new partnership', summaryTr: 'Özet', summaryEn: 'Summary', bodyTr: 'Metin', bodyEn: 'Body',
  themes: ['energy'], coverImage: null, status: 'published', demo: false, authorName: 'Programme Manager',
  createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', publishedAt: '2026-03-01T10:00:00.000Z', canEdit: false, ...over,
});
const manager = { id: 'm', email: 'manager@twinbridge.demo', name: 'Manager', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };

function serve(items: NewsPost[], user: object | null = null) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: 'x' } };
    if (url.pathname === '/api/news') return { status: 200, body: { items, total: items.length } };
    if (url.pathname.endsWith('/publish') && init?.method === 'POST') return { status: 200, body: { ...items[0], status: 'published', publishedAt: '2026-03-02T10:00:00.000Z' } };
    if (url.pathname.startsWith('/api/news/')) return items[0] ? { status: 200, body: items[0] } : { status: 404, body: { error: 'not_found', message: 'x' } };
    return { status: 404 };
  });
}

describe('news on the home page', () => {
  afterEach(resetApp);

  it('lists the latest posts in the reader’s language, linked to their pages, demo posts marked', async () => {
    await i18n.changeLanguage('tr');
    serve([post({}), post({ id: '00000000-0000-4000-8000-000000000002', titleTr: 'Bilgi günleri (demo)', titleEn: 'Info days (demo)', demo: true })]);
    renderAt('/', <LatestNews />);
    const region = await screen.findByRole('region', { name: 'Son haberler' });
    expect(within(region).getByRole('link', { name: 'Yeni ortaklık' }).getAttribute('href')).toBe('/news/5b0c6a4e-1f9e-4c1e-9a57-0a4f3f0f2b11');
    expect(within(region).getByText('Demo')).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Tüm haberler' }).getAttribute('href')).toBe('/news');
  });

  it('shows nothing while there is no news', async () => {
    await i18n.changeLanguage('en');
    const fetched = serve([]);
    renderAt('/', <LatestNews />);
    await waitFor(() => expect(fetched.mock.calls.some(([u]) => String(u).startsWith('/api/news'))).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByText('Latest news')).toBeNull();
  });
});

describe('a news post page', () => {
  afterEach(resetApp);

  it('lets a manager publish a draft, after which the publish button is gone', async () => {
    await i18n.changeLanguage('en');
    serve([post({ status: 'draft', publishedAt: null, canEdit: true })], manager);
    renderAt('/news/5b0c6a4e-1f9e-4c1e-9a57-0a4f3f0f2b11', <Routes><Route path="/news/:id" element={<NewsPostPage />} /></Routes>);
    (await screen.findByRole('button', { name: 'Publish' })).click();
    await screen.findByText(/Programme Manager/);
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'A new partnership' })).toBeTruthy();
  });
});
