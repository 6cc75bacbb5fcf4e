import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Stats } from '../../../../shared/stats';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { HomeFigures } from '../home/HomeFigures';
import ResultsPage from './ResultsPage';

// The network map draws on a canvas over the world atlas (neither exists in happy-dom, and the atlas
// is a Vite asset): map and layer stand in here as the labelled image the map is to a screen reader.
vi.mock('../twinnings/networkLayer', () => ({ lineLayer: (net: { status: number[] }) => ({ lines: net.status.length }) }));
vi.mock('../twinnings/NetworkMap', () => ({ default: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));
vi.mock('../../components/map/TwinMap', () => ({ default: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

const STATS: Stats = {
  authorities: 97_984,
  authoritiesByKind: { municipality: 95_217, metropolitan_municipality: 30 },
  authoritiesBySide: { tr: 2_767, eu: 95_217 },
  twinnings: {
    total: 1_234,
    active: 321,
    byStatus: { active: 321, unknown: 900, dormant: 13 },
    byCountry: { TR: 1_234, DE: 210, FR: 95 },
    byYear: [{ year: 1987, count: 4 }, { year: 2025, count: 12 }],
  },
  projects: { count: 27, grantedCents: 249_837_997, provinces: 19, countries: 11 },
  activitiesByThemeYear: [{ theme: 'culture', year: 2024, count: 3 }, { theme: 'environment', year: 2024, count: 2 }],
  events: { held: 0, participants: 0 },
  consultations: 4,
  computedAt: '2026-12-06T12:00:00.000Z',
};

const place = (code: string, name: string, country: string, lat: number | null) => ({ code, name, country, province: country === 'TR' ? 'İzmir' : null, lat, lon: lat });
const PROJECT = {
  id: 'p1', applicationId: 'a1', reference: '01-013', programmeId: 'g', callId: 'c', titleEn: 'Clean harbour', titleTr: 'Temiz liman', summaryEn: '', summaryTr: '',
  theme: 'environment', lead: place('TR-BSB-35', 'İzmir', 'TR', 38.4), partners: [place('DE_1', 'Bremen', 'DE', 53.1), place('FR_1', 'Brest', 'FR', null)],
  grantCents: 1, paidCents: 0, status: 'contracted', startsOn: null, endsOn: null, indicators: [], demo: true,
};
const NETWORK = { nodes: [41.01, 28.97, 50.94, 6.96], lines: [0, 1], statuses: ['active'], status: [0], sources: ['platform'], source: [0] };
const serve = (stats: Stats | null) =>
  stubApi((url) => {
    if (url.pathname === '/api/stats') return stats ? { status: 200, body: stats } : { status: 500 };
    if (url.pathname === '/api/projects') return { status: 200, body: { items: [PROJECT] } };
    if (url.pathname === '/api/twinnings/network' && url.searchParams.get('status') === 'active') return { status: 200, body: NETWORK };
    return { status: 404 };
  });
const figure = (label: string) => screen.getByText(label).closest('li')!;

describe('ResultsPage', () => {
  afterEach(resetApp);

  it('shows the API figures in English number and money format, each chart with a table for screen readers', async () => {
    await i18n.changeLanguage('en');
    serve(STATS);
    renderAt('/results', <ResultsPage />);
    await screen.findByText('€2,498,379.97');
    expect(within(figure('Local authorities registered')).getByText('97,984')).toBeTruthy();
    expect(within(figure('Active twinnings')).getByText('321')).toBeTruthy();
    expect(within(figure('Projects funded')).getByText('27')).toBeTruthy();
    expect(within(figure('Granted in total')).getByText('€2,498,379.97')).toBeTruthy();
    expect(within(figure('Turkish provinces reached by projects')).getByText('19')).toBeTruthy();
    expect(within(figure('Consultations run')).getByText('4')).toBeTruthy();
    const byCountry = screen.getByRole('table', { name: 'Twinnings by country (top 15)' });
    expect(within(byCountry).getByRole('rowheader', { name: 'Germany' }).closest('tr')!.textContent).toContain('210');
    expect(within(byCountry).getByRole('rowheader', { name: 'Türkiye' }).closest('tr')!.textContent).toContain('1,234');
    const byStatus = screen.getByRole('table', { name: 'Twinnings by status' });
    expect(within(byStatus).getAllByRole('rowheader').map((r) => r.textContent)).toHaveLength(3);
    const themes = screen.getByRole('table', { name: 'Activities per theme per year' });
    expect(within(themes).getByText('Culture').closest('tr')!.textContent).toBe('2024Culture3');
    expect(screen.getAllByRole('switch', { name: 'Show as table' }).length).toBeGreaterThanOrEqual(5);
    expect(await screen.findByRole('img', { name: 'Map of 1 active twinning between located authorities' })).toBeTruthy();
  });

  it('maps the funded projects by authority, with the same places in a table and the unlocated ones counted', async () => {
    await i18n.changeLanguage('en');
    serve(STATS);
    renderAt('/results', <ResultsPage />);
    expect(await screen.findByRole('img', { name: 'Map of 2 authorities leading or joining funded projects' })).toBeTruthy();
    expect(screen.getByText(/1 authority has no coordinates/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Authorities of the funded projects and their projects' });
    expect(within(table).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['İzmir', 'Bremen']);
    expect(within(table).getByText('Bremen').closest('tr')!.textContent).toBe('BremenGermanyClean harbour (partner)');
  });

  it('speaks Turkish with Turkish number and money format', async () => {
    await i18n.changeLanguage('tr');
    serve(STATS);
    renderAt('/results', <ResultsPage />);
    await screen.findByText('€2.498.379,97');
    expect(within(figure('Kayıtlı yerel yönetim')).getByText('97.984')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Ülkelere göre kardeş şehir ilişkileri (ilk 15)' })).getByRole('rowheader', { name: 'Almanya' })).toBeTruthy();
    await i18n.changeLanguage('en');
  });

  it('says so when the figures cannot be loaded', async () => {
    await i18n.changeLanguage('en');
    serve(null);
    renderAt('/results', <ResultsPage />);
    expect((await screen.findByRole('alert')).textContent).toContain('The figures could not be loaded');
  });
});

describe('HomeFigures', () => {
  afterEach(resetApp);

  it('shows the headline figures from /api/stats with a link to the dashboard', async () => {
    await i18n.changeLanguage('en');
    serve(STATS);
    renderAt('/', <HomeFigures />);
    await screen.findByText('2,767');
    expect(within(figure('EU local authorities')).getByText('95,217')).toBeTruthy();
    expect(within(figure('Granted in total')).getByText('€2,498,379.97')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All results in figures' }).getAttribute('href')).toBe('/results');
  });
});
