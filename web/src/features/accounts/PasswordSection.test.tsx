import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { PasswordSection } from './PasswordSection';

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('password section', () => {
  it('says why the server refused the new password, in the reader\'s language', async () => {
    stubApi((url) => url.pathname === '/api/auth/me/password'
      ? { status: 400, body: { error: 'bad_request', message: 'weak', fields: [{ path: 'newPassword', message: 'personal', code: 'password_personal' }] } }
      : { status: 404 });
    renderAt('/account', <PasswordSection onChanged={() => {}} />);
    fireEvent.change(screen.getByLabelText(/^Current password/), { target: { value: 'correct horse battery' } });
    fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: 'denizkaya2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('This password contains your name or email; choose another.')).toBeTruthy();
  });

  it('confirms a change and tells the page to reload its sessions', async () => {
    let changed = 0;
    stubApi((url) => (url.pathname === '/api/auth/me/password' ? { status: 204 } : { status: 404 }));
    renderAt('/account', <PasswordSection onChanged={() => changed++} />);
    fireEvent.change(screen.getByLabelText(/^Current password/), { target: { value: 'correct horse battery' } });
    fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: 'lantern orchard violet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/every other session was signed out/)).toBeTruthy();
    await waitFor(() => expect(changed).toBe(1));
  });
});
