import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewsPost } from '../../../../shared/news';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { LatestNews } from './LatestNews';
import NewsEditorPage from './NewsEditorPage';
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
    if (url.pathname.endsWith('/cover') && init?.method === 'PUT') return { status: 200, body: { ...items[0], coverImage: `/api/news/${items[0]!.id}/cover/c.png` } };
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

describe('the news editor', () => {
  afterEach(resetApp);
  const ID = '5b0c6a4e-1f9e-4c1e-9a57-0a4f3f0f2b11';
  const editing = () =>
    renderAt(`/news/${ID}/edit`, (
      <Routes>
        <Route path="/news/:id/edit" element={<NewsEditorPage />} />
        <Route path="/news/:id" element={<p>post page</p>} />
      </Routes>
    ));

  it('uploads a picked PNG as the cover when the post is saved, after the text', async () => {
    await i18n.changeLanguage('en');
    const fetched = serve([post({ canEdit: true, coverImage: '/og-image.png' })], manager);
    const { container } = editing();
    expect(await screen.findByRole('img', { name: 'The current cover image' })).toBeTruthy();
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([Uint8Array.of(0x89, 0x50, 0x4e, 0x47)], 'harbour.png', { type: 'image/png' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('post page');
    const writes = fetched.mock.calls.filter(([, init]) => init?.method === 'PUT').map(([u, init]) => [String(u), JSON.parse(String(init!.body))]);
    expect(writes.map(([u]) => u)).toEqual([`/api/news/${ID}`, `/api/news/${ID}/cover`]);
    expect(writes[1]![1]).toMatchObject({ filename: 'harbour.png', contentType: 'image/png', dataBase64: 'iVBORw==' });
  });

  it('says a picked file is not a picture in Turkish and sends nothing', async () => {
    await i18n.changeLanguage('tr');
    const fetched = serve([post({ canEdit: true })], manager);
    const { container } = editing();
    await screen.findByDisplayValue('A new partnership');
    fireEvent.change(container.querySelector('input[type="file"]') as HTMLInputElement, { target: { files: [new File(['x'], 'plan.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByText('PNG ya da JPEG bir görsel seçin.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kaydet' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(fetched.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
    await i18n.changeLanguage('en');
  });
});
