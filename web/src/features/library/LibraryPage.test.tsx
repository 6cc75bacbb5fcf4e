import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LibrarySearchResult } from '../../../../shared/knowledge';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import LibraryPage from './LibraryPage';

const result: LibrarySearchResult = {
  total: 1,
  items: [{
    id: 'e1', kind: 'case_study', title: 'Küçük belediye için atık yönetimi', lang: 'tr', themes: ['recycling'], country: 'TR', year: 2024, source: null,
    snippet: { text: 'Bir belediye <b>kompost</b> ile atığı azalttı.', highlights: [[4, 12]] },
  }],
};

beforeAll(async () => {
  await i18n.changeLanguage('tr');
});
afterEach(resetApp);

describe('the library page', () => {
  it('searches in the page language and marks the matching words, showing markup in the text as text', async () => {
    const asked: URL[] = [];
    stubApi((url) => {
      if (url.pathname === '/api/library') {
        asked.push(url);
        return { status: 200, body: result };
      }
      return { status: 404 };
    });
    renderAt('/library', <Routes><Route path="/library" element={<LibraryPage />} /></Routes>);
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Kütüphanede ara' }), { target: { value: 'belediyeler' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ara' }));
    await waitFor(() => expect(asked.some((u) => u.searchParams.get('q') === 'belediyeler' && u.searchParams.get('lang') === 'tr')).toBe(true));
    const mark = await screen.findByText('belediye', { selector: 'mark' });
    expect(mark.closest('p')?.textContent).toBe('Bir belediye <b>kompost</b> ile atığı azalttı.');
    expect(screen.getByRole('link', { name: 'Küçük belediye için atık yönetimi' }).getAttribute('href')).toBe('/library/e1');
    expect(screen.getByText('1 kayıt')).toBeTruthy();
  });
});
