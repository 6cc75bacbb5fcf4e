import { screen } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { PartnerName } from '../twinnings/PartnerName';
import { DirectoryPage } from './DirectoryPage';

const thessaloniki = {
  code: 'EL_07010100', name: 'Ψευδοδημοτική Κοινότητα Θεσσαλονίκης', nameLatin: 'Thessaloníki', country: 'GR', type: 'municipality',
  population: 315196, lat: 40.62, lon: 22.96, region: 'EL522', regionName: 'Central Macedonia',
};
const commune = {
  code: 'FR_01001', name: 'Abergement-Clémenciat', nameLatin: null, country: 'FR', type: 'municipality',
  population: 776, lat: null, lon: null, region: 'FRK21', regionName: null,
};

afterEach(resetApp);
afterAll(async () => i18n.changeLanguage('en'));

function directoryWith(items: object[]) {
  stubApi((url) => {
    if (url.pathname === '/api/authorities') return { status: 200, body: { items, total: items.length } };
    if (url.pathname === '/api/authorities/facets') return { status: 200, body: { total: 1, countries: { GR: 1 }, types: { municipality: 1 } } };
    return { status: 404 };
  });
  renderAt('/authorities?q=thessaloniki', <DirectoryPage />);
}

describe('authority and region names in the reader\'s language', () => {
  it('shows a Turkish reader Selanik with the Greek name beside it, and the region in Turkish', async () => {
    await i18n.changeLanguage('tr');
    directoryWith([thessaloniki]);
    const [link] = await screen.findAllByRole('link', { name: 'Selanik' });
    expect(link!.getAttribute('href')).toBe('/authorities/EL_07010100');
    expect(link!.parentElement!.textContent).toContain('Selanik (Ψευδοδημοτική Κοινότητα Θεσσαλονίκης)');
    expect(screen.getAllByText('Orta Makedonya').length).toBeGreaterThan(0);
    expect(screen.queryByText('Central Macedonia')).toBeNull();
  });

  it('shows an English reader the Latin-script name and the English region name', async () => {
    await i18n.changeLanguage('en');
    directoryWith([thessaloniki]);
    expect((await screen.findAllByRole('link', { name: 'Thessaloníki' })).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Central Macedonia').length).toBeGreaterThan(0);
  });

  it('never shows a bare NUTS code where a region name goes', async () => {
    await i18n.changeLanguage('en');
    directoryWith([commune]);
    await screen.findAllByRole('link', { name: 'Abergement-Clémenciat' });
    expect(screen.queryByText(/FRK21/)).toBeNull();
  });

  it('names a twinning side as the directory does, exonym and all', async () => {
    await i18n.changeLanguage('tr');
    stubApi(() => ({ status: 404 }));
    renderAt('/', <PartnerName partner={{ code: 'AT_90001', name: 'Wien', nameLatin: null, country: 'AT', countryName: null }} />);
    expect((await screen.findByRole('link', { name: 'Viyana' })).getAttribute('href')).toBe('/authorities/AT_90001');
    expect(screen.getByText('(Wien)', { exact: false })).toBeTruthy();
  });
});
