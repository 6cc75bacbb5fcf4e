import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { PrivacySection } from './PrivacySection';

/** The API paths fetched, in order. */
function paths(fetchMock: ReturnType<typeof stubApi>): string[] {
  return fetchMock.mock.calls.map(([input]) => new URL(input, 'http://localhost').pathname);
}

afterEach(async () => {
  resetApp();
  await i18n.changeLanguage('en');
});

describe('your data on the account page', () => {
  it('closes the account in Turkish only with the right password, saying why a wrong one is refused', async () => {
    await i18n.changeLanguage('tr');
    const sent: unknown[] = [];
    const fetchMock = stubApi((url, init) => {
      if (url.pathname !== '/api/auth/me/delete') return { status: 404 };
      const body = JSON.parse(String(init.body)) as { password: string };
      sent.push(body);
      return body.password === 'doğru parola'
        ? { status: 204 }
        : { status: 400, body: { error: 'bad_request', message: 'Wrong password', fields: [{ path: 'password', message: 'Wrong password', code: 'wrong_password' }] } };
    });
    renderAt('/account', <PrivacySection />);
    fireEvent.click(screen.getByRole('button', { name: 'Hesabımı kapat' }));
    const confirm = await screen.findByRole('button', { name: 'Hesabımı kalıcı olarak kapat' });
    fireEvent.click(confirm);
    expect(await screen.findByText('Onaylamak için şifrenizi girin.')).toBeTruthy();
    expect(sent).toEqual([]);

    const password = screen.getByLabelText(/^Şifre/);
    fireEvent.change(password, { target: { value: 'yanlış' } });
    fireEvent.click(confirm);
    expect(await screen.findByText('Bu sizin şifreniz değil.')).toBeTruthy();

    fireEvent.change(password, { target: { value: 'doğru parola' } });
    fireEvent.click(confirm);
    // Closed: the app asks again who is signed in (the server ended the session).
    await waitFor(() => expect(paths(fetchMock).slice(-2)).toEqual(['/api/auth/me/delete', '/api/auth/me']));
    expect(sent).toEqual([{ password: 'yanlış' }, { password: 'doğru parola' }]);
  });

  it('hands the downloaded data to the browser as a JSON file', async () => {
    const saved: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => { saved.push(b); return 'blob:x'; }, revokeObjectURL: () => undefined }));
    stubApi((url) => url.pathname === '/api/auth/me/data'
      ? { status: 200, body: { format: 'twinbridge-personal-data/1', account: { email: 'a@b.org' } }, headers: { 'content-disposition': 'attachment; filename="twinbridge-my-data.json"' } }
      : { status: 404 });
    renderAt('/account', <PrivacySection />);
    fireEvent.click(screen.getByRole('button', { name: 'Download my data (JSON)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(JSON.parse(await saved[0]!.text())).toMatchObject({ account: { email: 'a@b.org' } });
  });
});
