import { MantineProvider } from '@mantine/core';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AuthProvider } from '../auth/AuthProvider';
import '../i18n';
import { theme } from '../theme';

type Handler = (url: URL, init: RequestInit) => { status: number; body?: unknown; headers?: Record<string, string> };

/** Stub fetch with a function of the request; /api/auth/me answers "signed out" unless handled. */
export function stubApi(handler: Handler) {
  const fetchMock = vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://localhost');
    const answer = handler(url, init) ?? { status: 404 };
    const fallback = url.pathname === '/api/auth/me' && answer.status === 404 ? { status: 200, body: { user: null, csrfToken: null } } : answer;
    return new Response(fallback.body === undefined ? null : JSON.stringify(fallback.body), {
      status: fallback.status,
      headers: { 'content-type': 'application/json', ...fallback.headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Render a page inside the app's providers at a path. */
export function renderAt(path: string, ui: ReactNode): RenderResult {
  return render(
    // env="test": no transitions, so no Mantine timer fires after a test file tears its window down.
    <MantineProvider theme={theme} env="test">
      <MemoryRouter initialEntries={[path]}>
        <AuthProvider>{ui}</AuthProvider>
      </MemoryRouter>
    </MantineProvider>,
  );
}

/** Unmount rendered pages and restore fetch (vitest runs without globals, so no automatic cleanup). */
export function resetApp() {
  cleanup();
  vi.unstubAllGlobals();
}
