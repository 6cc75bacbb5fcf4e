import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { Route, Routes, useLocation } from 'react-router';
import { SignInPage } from './SignInPage';

function Where() {
  return <p>{`at ${useLocation().pathname}`}</p>;
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('sign-in page', () => {
  it('says so when the email or password is wrong', async () => {
    stubApi((url) => (url.pathname === '/api/auth/signin' ? { status: 401, body: { error: 'unauthorized', message: 'Wrong' } } : { status: 404 }));
    renderAt('/signin', <SignInPage />);
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'someone@example.org' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'not-the-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong email or password.')).toBeTruthy();
  });

  it('validates the email before calling the server', async () => {
    const fetchMock = stubApi(() => ({ status: 404 }));
    renderAt('/signin', <SignInPage />);
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'not-an-email' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter a valid email address.')).toBeTruthy();
    await waitFor(() => expect(fetchMock.mock.calls.every(([u]) => !String(u).includes('/signin'))).toBe(true));
  });

  it('tells how long to wait after too many attempts', async () => {
    stubApi((url) =>
      url.pathname === '/api/auth/signin'
        ? { status: 429, body: { error: 'rate_limited', message: 'Too many' }, headers: { 'retry-after': '600' } }
        : { status: 404 },
    );
    renderAt('/signin', <SignInPage />);
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'someone@example.org' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'whatever' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/try again in 10 minutes/)).toBeTruthy();
  });

  it('lands on My TwinBridge after signing in unless a next page is given', async () => {
    const user = { id: 'u1', email: 'someone@example.org', name: 'Someone', role: 'public', locale: 'en', authorityCode: null, officerRequest: null };
    for (const [path, expected] of [['/signin', 'at /me'], ['/signin?next=%2Fgrants', 'at /grants']] as const) {
      stubApi((url) => (url.pathname === '/api/auth/signin' ? { status: 200, body: { user, csrfToken: 'x' } } : { status: 404 }));
      renderAt(path, <Routes><Route path="/signin" element={<SignInPage />} /><Route path="*" element={<Where />} /></Routes>);
      fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'someone@example.org' } });
      fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'correct horse battery' } });
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(await screen.findByText(expected)).toBeTruthy();
      resetApp();
    }
  });
});
