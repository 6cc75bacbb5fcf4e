import { screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import RegistryPage from './RegistryPage';

const item = {
  id: 'abc', a: { code: 'TR-BSB-34', name: 'İstanbul', country: 'TR', countryName: null }, b: { code: null, name: 'Busan', country: 'KR', countryName: 'South Korea' },
  status: 'active', since: 2002, source: 'wikipedia', sources: ['wikipedia'],
};
const stats = { total: 3, byCountry: { TR: 3, DE: 1 }, byProvince: { İstanbul: 2, Bursa: 1 }, byStatus: { active: 2, dormant: 1 }, activities: [{ theme: 'culture', year: 2025, count: 4 }] };

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('registry page', () => {
  it('sends the URL filters to the list, the map, the figures and the exports', async () => {
    const fetchMock = stubApi((url) => {
      if (url.pathname === '/api/twinnings') return { status: 200, body: { items: [item], total: 41 } };
      if (url.pathname === '/api/twinnings/network') return { status: 200, body: { coords: [41, 29, 50.9, 7], status: ['active'], source: ['wikipedia'] } };
      if (url.pathname === '/api/twinnings/stats') return { status: 200, body: stats };
      return { status: 404 };
    });
    renderAt('/twinnings?country=TR&status=active&offset=20', <RegistryPage />);
    expect(await screen.findByText('41 twinnings')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'İstanbul – Busan' }).getAttribute('href')).toBe('/twinnings/abc');
    expect(screen.getByText(/Türkiye – South Korea/)).toBeTruthy();
    const calls = fetchMock.mock.calls.map(([u]) => String(u));
    expect(calls.find((u) => u.startsWith('/api/twinnings?'))).toBe('/api/twinnings?country=TR&status=active&limit=20&offset=20');
    expect(calls).toContain('/api/twinnings/network?country=TR&status=active');
    expect(calls).toContain('/api/twinnings/stats?country=TR&status=active');
    expect(screen.getByRole('link', { name: /Export CSV/ }).getAttribute('href')).toBe('/api/twinnings/export.csv?country=TR&status=active');
    expect(screen.getByRole('link', { name: /Export XLSX/ }).getAttribute('href')).toBe('/api/twinnings/export.xlsx?country=TR&status=active');
    expect(await screen.findByText('3 twinnings in all')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bursa' }).getAttribute('href')).toBe('/twinnings?province=Bursa');
    expect(screen.getByRole('rowheader', { name: 'Culture' })).toBeTruthy();
  });
});
