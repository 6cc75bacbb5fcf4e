import { screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import RegistryPage from './RegistryPage';

const item = {
  id: 'abc', a: { code: 'TR-BSB-34', name: 'İstanbul', country: 'TR', countryName: null }, b: { code: null, name: 'Busan', country: 'KR', countryName: 'South Korea' },
  status: 'unknown', since: 2002, source: 'wikipedia', sources: ['wikipedia'],
};
const stats = { total: 3, byCountry: { TR: 3, DE: 1 }, byProvince: { İstanbul: 2, Bursa: 1 }, byStatus: { active: 2, dormant: 1, unknown: 7 }, activities: [{ theme: 'culture', year: 2025, count: 4 }] };

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('registry page', () => {
  it('sends the URL filters to the list, the map, the figures and the exports', async () => {
    const fetchMock = stubApi((url) => {
      if (url.pathname === '/api/twinnings') return { status: 200, body: { items: [item], total: 41 } };
      if (url.pathname === '/api/twinnings/network') return { status: 200, body: { nodes: [41, 29, 50.9, 7], lines: [0, 1], statuses: ['active'], status: [0], sources: ['wikipedia'], source: [0] } };
      if (url.pathname === '/api/twinnings/stats') return { status: 200, body: stats };
      return { status: 404 };
    });
    renderAt('/twinnings?scope=all&country=TR&status=active&offset=20', <RegistryPage />);
    expect(await screen.findByText('41 twinnings')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'İstanbul – Busan' }).getAttribute('href')).toBe('/twinnings/abc');
    expect(screen.getByText(/Türkiye – South Korea/)).toBeTruthy();
    const calls = fetchMock.mock.calls.map(([u]) => String(u));
    expect(calls.find((u) => u.startsWith('/api/twinnings?'))).toBe('/api/twinnings?scope=all&country=TR&status=active&limit=20&offset=20');
    expect(calls).toContain('/api/twinnings/network?scope=all&country=TR&status=active');
    expect(calls).toContain('/api/twinnings/stats?scope=all&country=TR&status=active');
    expect(screen.getByRole('link', { name: /Export CSV/ }).getAttribute('href')).toBe('/api/twinnings/export.csv?scope=all&country=TR&status=active&lang=en');
    expect(screen.getByRole('link', { name: /Export XLSX/ }).getAttribute('href')).toBe('/api/twinnings/export.xlsx?scope=all&country=TR&status=active&lang=en');
    expect(await screen.findByText('3 twinnings in all')).toBeTruthy();
    expect(screen.getByText('Active: 2 · dormant: 1 · status not known: 7')).toBeTruthy();
    // A listed twinning whose state nobody knows says so, instead of "Active".
    expect(screen.getByText('Status not known', { selector: '.mantine-Badge-label' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bursa' }).getAttribute('href')).toBe('/twinnings?province=Bursa');
    expect(screen.getByRole('rowheader', { name: 'Culture' })).toBeTruthy();
  }, 20_000);

  it('shows Turkey–EU twinnings by default', async () => {
    const fetchMock = stubApi((url) => {
      if (url.pathname === '/api/twinnings') return { status: 200, body: { items: [], total: 0 } };
      if (url.pathname === '/api/twinnings/network') return { status: 200, body: { nodes: [], lines: [], statuses: [], status: [], sources: [], source: [] } };
      if (url.pathname === '/api/twinnings/stats') return { status: 200, body: stats };
      return { status: 404 };
    });
    renderAt('/twinnings', <RegistryPage />);
    expect(await screen.findByText('0 twinnings')).toBeTruthy();
    const calls = fetchMock.mock.calls.map(([u]) => String(u));
    expect(calls).toContain('/api/twinnings?scope=tr_eu&limit=20&offset=0');
    expect(calls).toContain('/api/twinnings/network?scope=tr_eu');
    expect(screen.getByRole('textbox', { name: 'Countries' })).toHaveProperty('value', 'Turkey–EU twinnings');
  }, 20_000);
});
