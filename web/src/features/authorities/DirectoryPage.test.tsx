import { screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { DirectoryPage } from './DirectoryPage';

const koln = {
  code: 'DE_05315000', name: 'Köln, Stadt', nameLatin: null, country: 'DE', type: 'municipality', population: 1087863,
  lat: 50.94, lon: 6.96, region: 'DEA23', regionName: 'North Rhine-Westphalia',
};

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('directory page', () => {
  it('searches with the URL parameters and links each result to its profile', async () => {
    const fetchMock = stubApi((url) => {
      if (url.pathname === '/api/authorities') return { status: 200, body: { items: [koln], total: 1 } };
      if (url.pathname === '/api/authorities/facets') return { status: 200, body: { total: 2, countries: { DE: 1, TR: 1 }, types: { municipality: 2 } } };
      return { status: 404 };
    });
    renderAt('/authorities?q=koln&country=DE', <DirectoryPage />);
    expect(await screen.findByText('1 authority')).toBeTruthy();
    const links = screen.getAllByRole('link', { name: 'Köln, Stadt' });
    expect(links[0]?.getAttribute('href')).toBe('/authorities/DE_05315000');
    const searched = fetchMock.mock.calls.map(([u]) => String(u)).find((u) => u.startsWith('/api/authorities?'));
    expect(searched).toContain('q=koln');
    expect(searched).toContain('country=DE');
    expect((screen.getByLabelText('Search authorities') as HTMLInputElement).value).toBe('koln');
  });

  it('shows the field message of a 400 next to the filter', async () => {
    stubApi((url) =>
      url.pathname === '/api/authorities'
        ? { status: 400, body: { error: 'bad_request', message: 'Invalid querystring', fields: [{ path: 'near', message: 'must be LAT,LON' }] } }
        : { status: 404 },
    );
    renderAt('/authorities?near=nowhere', <DirectoryPage />);
    // Next to the input and, with the field's label, in the alert; the server's English wording is not shown.
    expect((await screen.findAllByText(/Enter latitude,longitude in decimal degrees/)).length).toBe(2);
    expect(screen.getByRole('alert').textContent).toContain('Near (latitude,longitude)');
    expect(screen.queryByText(/must be LAT,LON/)).toBeNull();
  });
});
