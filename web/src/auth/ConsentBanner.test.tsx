import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { renderAt, resetApp, stubApi } from '../test/renderApp';
import { ConsentBanner } from './ConsentBanner';

const user = { id: 'u1', email: 'ayse@example.org', name: 'Ayşe', role: 'public', locale: 'en', authorityCode: null, officerRequest: null };

function serve(consentCurrent: boolean) {
  const posted: unknown[] = [];
  const fetchMock = stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: 'x', consentCurrent } };
    if (url.pathname === '/api/auth/me/consent' && init.method === 'POST') {
      posted.push(JSON.parse(String(init.body)));
      return { status: 200, body: { consentAt: '2026-12-06T10:00:00.000Z', consentVersion: '2026-12-06' } };
    }
    return { status: 404 };
  });
  return { posted, fetchMock };
}

describe('ConsentBanner', () => {
  afterEach(resetApp);

  it('asks a user whose accepted notices are out of date to accept the current ones, and goes once they did', async () => {
    await i18n.changeLanguage('en');
    const { posted } = serve(false);
    renderAt('/', <ConsentBanner />);
    const banner = await screen.findByRole('region', { name: 'Our terms have changed' });
    expect(screen.getByRole('link', { name: 'terms of use' }).getAttribute('href')).toBe('/terms');
    expect(screen.getByRole('link', { name: 'privacy notice' }).getAttribute('href')).toBe('/privacy');
    fireEvent.click(screen.getByRole('button', { name: 'I accept the terms of use and the privacy notice' }));
    await waitFor(() => expect(banner.isConnected).toBe(false));
    expect(posted).toEqual([{ acceptTerms: true, acceptPrivacy: true }]);
  });

  it('says nothing to a user who accepted the current notices, in Turkish either', async () => {
    await i18n.changeLanguage('tr');
    const { fetchMock } = serve(true);
    renderAt('/', <ConsentBanner />);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50)); // let the answer of /api/auth/me render
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    await i18n.changeLanguage('en');
  });
});
