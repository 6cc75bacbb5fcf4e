import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerRequest } from '../../../../shared/matching';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { RequestPage } from './RequestPage';

const request: PartnerRequest = {
  id: 'r1',
  authority: { code: 'TR-BSB-34', name: 'İstanbul', nameLatin: 'Istanbul', country: 'TR', type: 'metropolitan_municipality', population: 15_000_000, lat: 41, lon: 29, region: null, regionName: null },
  title: 'Partners for a green harbour',
  themes: [],
  targetCountries: [],
  authorityTypes: [],
  minPopulation: null,
  maxPopulation: null,
  languages: [],
  timeframe: '',
  descriptionEn: 'We look for a port city.',
  descriptionTr: '',
  status: 'open',
  demo: false,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};
const comment = {
  id: 'c1', target: 'request:r1', parentId: null, author: { name: 'Hans Weber', authorityCode: 'DE-KOLN' }, body: 'Cologne is interested.', stance: 'for', status: 'shown',
  createdAt: '2026-12-01T10:00:00.000Z', editedAt: null, mine: false, editableUntil: null, canReport: false, reportedByMe: false, replies: [],
};

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('a partner request’s page', () => {
  it('shows the request with the comments on it', async () => {
    const calls = stubApi((url) => {
      if (url.pathname === '/api/partner-requests/r1') return { status: 200, body: request };
      if (url.pathname === '/api/comments') return { status: 200, body: { items: [comment], total: 1 } };
      return { status: 404 };
    });
    renderAt('/partners/requests/r1', <Routes><Route path="/partners/requests/:id" element={<RequestPage />} /></Routes>);
    expect(await screen.findByRole('article', { name: 'Partners for a green harbour' })).toBeTruthy();
    const comments = screen.getByRole('region', { name: 'Comments' });
    expect(await within(comments).findByText('Cologne is interested.')).toBeTruthy();
    expect(calls.mock.calls.some(([u]) => String(u) === '/api/comments?target=request%3Ar1')).toBe(true);
  });
});
