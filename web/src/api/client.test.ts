import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { z } from 'zod';
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

  it('answers with the type of the contract schema, as the server serialised it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => reply(200, { status: 'ok' })));
    const answer = await request<z.ZodObject<{ status: z.ZodLiteral<'ok'> }>>('/health', {});
    expectTypeOf(answer).toEqualTypeOf<{ status: 'ok' }>();
    expect(answer).toEqual({ status: 'ok' });
  });

  it('reads the error body by hand, keeping only well-formed field messages', async () => {
    const body = { error: 'conflict', message: 'taken', reason: 'email_taken', params: { n: 2 }, fields: [{ path: 'email', message: 'taken' }, { path: 3 }, null] };
    vi.stubGlobal('fetch', vi.fn(async () => reply(409, body)));
    const err = (await send('/auth/signup', { method: 'POST', body: {} }).catch((e: unknown) => e)) as ApiRequestError;
    expect([err.status, err.code, err.reason, err.params]).toEqual([409, 'conflict', 'email_taken', { n: 2 }]);
    expect(err.fieldMap()).toEqual({ email: 'taken' });
    vi.stubGlobal('fetch', vi.fn(async () => reply(502, { oops: true })));
    expect(((await send('/x').catch((e: unknown) => e)) as ApiRequestError).code).toBe('http_error');
  });

  it('turns a failed fetch into a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const err = (await send('/authorities').catch((e: unknown) => e)) as ApiRequestError;
    expect(err.status).toBe(0);
    expect(err.code).toBe('network');
  });
});
