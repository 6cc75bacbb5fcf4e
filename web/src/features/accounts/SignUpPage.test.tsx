import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { SignUpPage } from './SignUpPage';

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

function fillAccount() {
  fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Deniz Kaya' } });
  fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'deniz@example.org' } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'correct horse battery' } });
}

describe('sign-up page', () => {
  it('links the terms and the privacy notice, and refuses to send without both boxes ticked', async () => {
    const fetchMock = stubApi(() => ({ status: 404 }));
    renderAt('/signup', <SignUpPage />);
    fillAccount();
    expect(screen.getByRole('link', { name: 'terms of use' }).getAttribute('href')).toBe('/terms');
    expect(screen.getByRole('link', { name: 'privacy notice' }).getAttribute('href')).toBe('/privacy');
    fireEvent.click(screen.getByRole('checkbox', { name: /terms of use/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Tick this box to create an account.')).toBeTruthy();
    expect(screen.getAllByText('Tick this box to create an account.')).toHaveLength(1);
    await waitFor(() => expect(fetchMock.mock.calls.some(([u]) => String(u).includes('/signup'))).toBe(false));
  });

  it('sends the consent with the account once both boxes are ticked, then asks to open the mailed link', async () => {
    const sent: unknown[] = [];
    stubApi((url, init) => {
      if (url.pathname === '/api/auth/signup') {
        sent.push(JSON.parse(String(init.body)));
        return { status: 202, body: { message: 'mailed' } };
      }
      return { status: 404 };
    });
    renderAt('/signup', <SignUpPage />);
    fillAccount();
    fireEvent.click(screen.getByRole('checkbox', { name: /terms of use/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /privacy notice/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(sent).toEqual([expect.objectContaining({ email: 'deniz@example.org', acceptTerms: true, acceptPrivacy: true })]));
    expect(await screen.findByText(/We sent a message to deniz@example.org/)).toBeTruthy();
  });

  it('says in the reader\'s language why the server refused the password', async () => {
    stubApi((url) => url.pathname === '/api/auth/signup'
      ? { status: 400, body: { error: 'bad_request', message: 'weak', fields: [{ path: 'password', message: 'common', code: 'password_common' }] } }
      : { status: 404 });
    renderAt('/signup', <SignUpPage />);
    fillAccount();
    fireEvent.click(screen.getByRole('checkbox', { name: /terms of use/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /privacy notice/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('This password is one of the most common passwords; choose another.')).toBeTruthy();
  });
});
