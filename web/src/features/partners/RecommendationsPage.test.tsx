import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { RecommendationsPage } from './RecommendationsPage';

const place = (code: string, name: string, country: string) => ({ code, name, nameLatin: null, country, type: 'municipality', population: 500_000, lat: null, lon: null, region: null, regionName: null });
const istanbul = {
  ...place('TR-BSB-34', 'İstanbul', 'TR'), type: 'metropolitan_municipality', province: 'İstanbul', district: null, nuts2: null, areaKm2: null, coordSource: null,
  descriptionEn: '', descriptionTr: '', themes: [], languages: [], website: '', email: '', phone: '', updatedAt: '2026-11-01T10:00:00.000Z',
};
const lyon = { authority: place('FR_69123', 'Lyon', 'FR'), score: 3.2, standing: { rank: 1, of: 94_512, topPercent: 1 }, reasons: [{ kind: 'themes', text: 'Shared themes: Recycling' }] };

/** Recycling in Germany leaves nobody: no candidate works on recycling; without the theme 12 are left, without the country 3. */
function api() {
  const asked: URLSearchParams[] = [];
  stubApi((url) => {
    if (url.pathname === '/api/authorities/TR-BSB-34') return { status: 200, body: istanbul };
    if (url.pathname !== '/api/authorities/TR-BSB-34/recommendations') return { status: 404 };
    asked.push(url.searchParams);
    if (url.searchParams.get('theme') && url.searchParams.get('country')) {
      return { status: 200, body: { items: [], empty: { filters: [{ filter: 'theme', alone: 0, without: 12 }, { filter: 'country', alone: 40, without: 3 }] } } };
    }
    return { status: 200, body: { items: [lyon] } };
  });
  return asked;
}
const page = () => (<Routes><Route path="/partners/recommended" element={<RecommendationsPage />} /></Routes>);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(async () => {
  resetApp();
  await i18n.changeLanguage('en');
});

describe('an empty list of recommendations', () => {
  it('says which filter empties it and offers the list without each filter, with its count', async () => {
    const asked = api();
    renderAt('/partners/recommended?authority=TR-BSB-34&theme=recycling&country=DE', page());
    expect(await screen.findByText('No candidate has declared the theme Recycling or worked on it.')).toBeTruthy();
    expect(screen.queryByText(/No candidate in Germany/)).toBeNull(); // Germany alone leaves 40
    const buttons = screen.getAllByRole('button', { name: /^Remove/ }).map((b) => b.textContent);
    expect(buttons).toEqual(['Remove “Theme: Recycling”: 12 candidates', 'Remove “Country: Germany”: 3 candidates']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Theme: Recycling”: 12 candidates' }));
    expect(await screen.findByText('Lyon')).toBeTruthy();
    expect(asked.at(-1)!.get('theme')).toBeNull();
    expect(asked.at(-1)!.get('country')).toBe('DE');
  }, 20_000);

  it('says it in Turkish', async () => {
    await i18n.changeLanguage('tr');
    api();
    renderAt('/partners/recommended?authority=TR-BSB-34&theme=recycling&country=DE', page());
    expect(await screen.findByText('Hiçbir aday Geri dönüşüm temasını belirtmemiş ya da bu temada çalışmamış.')).toBeTruthy();
    expect(screen.getByRole('button', { name: '“Tema: Geri dönüşüm” filtresini kaldır: 12 aday' })).toBeTruthy();
  }, 20_000);
});

describe('a recommendation card', () => {
  it('says where the candidate stands among all candidates, not a raw score', async () => {
    api();
    renderAt('/partners/recommended?authority=TR-BSB-34', page());
    expect(await screen.findByText('Rank 1 of 94,512 candidates: among the best 1%')).toBeTruthy();
    expect(screen.queryByText(/Score 3/)).toBeNull();
  }, 20_000);

  it('says it in Turkish', async () => {
    await i18n.changeLanguage('tr');
    api();
    renderAt('/partners/recommended?authority=TR-BSB-34', page());
    expect(await screen.findByText('94.512 aday arasında 1. sırada: en iyi %1 içinde')).toBeTruthy();
  }, 20_000);
});
