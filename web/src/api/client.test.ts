import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiRequestError, apiUrl, request, send, setCsrfToken } from './client';

function reply(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('API client', () => {
  it('builds query strings without empty values', () => {
    expect(apiUrl('/authorities', { q: 'köln', country: '', limit: 20, type: undefined })).toBe('/api/authorities?q=k%C3%B6ln&limit=20');
  });

  it('throws a typed error with the field messages of a 400', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => reply(400, { error: 'bad_request', message: 'Invalid', fields: [{ path: 'near', message: 'must be LAT,LON' }] })));
    const err = await send('/authorities').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect((err as ApiRequestError).status).toBe(400);
    expect((err as ApiRequestError).fieldMap()).toEqual({ near: 'must be LAT,LON' });
  });

  it('reads Retry-After of a 429', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => reply(429, { error: 'rate_limited', message: 'slow down' }, { 'retry-after': '120' })));
    const err = (await send('/auth/signin', { method: 'POST', body: {} }).catch((e: unknown) => e)) as ApiRequestError;
    expect(err.retryAfterSeconds).toBe(120);
  });

  it('sends the CSRF token on writes only', async () => {
    const fetchMock = vi.fn(async () => reply(204, undefined));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok');
    await send('/auth/signout', { method: 'POST' });
    await send('/auth/me');
    const headers = (call: number) => (fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(headers(0)['x-csrf-token']).toBe('tok');
    expect(headers(1)['x-csrf-token']).toBeUndefined();
  });

  it('parses the answer with the contract schema and is typed by it', async () => {
    const health = z.object({ status: z.literal('ok') });
    vi.stubGlobal('fetch', vi.fn(async () => reply(200, { status: 'ok', extra: 1 })));
    const answer = await request('/health', {}, health);
    expectTypeOf(answer).toEqualTypeOf<{ status: 'ok' }>();
    expect(answer).toEqual({ status: 'ok' });
    vi.stubGlobal('fetch', vi.fn(async () => reply(200, { status: 'down' })));
    await expect(request('/health', {}, health)).rejects.toBeInstanceOf(z.ZodError);
  });

  it('turns a failed fetch into a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const err = (await send('/authorities').catch((e: unknown) => e)) as ApiRequestError;
    expect(err.status).toBe(0);
    expect(err.code).toBe('network');
  });
});
