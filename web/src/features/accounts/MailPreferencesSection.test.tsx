import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { MailPreferencesSection } from './MailPreferencesSection';

afterEach(resetApp);

describe('email choices on the account page', () => {
  it('show each group of mail in Turkish and save the choice the user makes', async () => {
    await i18n.changeLanguage('tr');
    const saved: unknown[] = [];
    stubApi((url, init) => {
      if (url.pathname !== '/api/auth/me/mail-preferences') return { status: 404 };
      if (init.method === 'PUT') {
        saved.push(JSON.parse(String(init.body)));
        return { status: 200, body: saved.at(-1) };
      }
      return { status: 200, body: { contact: true, twinning: true, grants: true, reminders: true, participation: true } };
    });
    renderAt('/account', <MailPreferencesSection />);
    const twinning = await screen.findByRole('switch', { name: /^Kardeş şehir adımları/ });
    expect((twinning as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('switch', { name: /^Ortak arama ve mesajlar/ })).toBeTruthy();
    expect(screen.getByRole('switch', { name: /^Hibe başvurusu olayları/ })).toBeTruthy();
    expect(screen.getByRole('switch', { name: /^Hatırlatmalar/ })).toBeTruthy();
    fireEvent.click(twinning);
    fireEvent.click(screen.getByRole('button', { name: 'E-posta tercihlerini kaydet' }));
    await waitFor(() => expect(saved).toEqual([{ contact: true, twinning: false, grants: true, reminders: true, participation: true }]));
    await i18n.changeLanguage('en');
  });
});
