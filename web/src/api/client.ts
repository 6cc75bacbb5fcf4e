import type { z } from 'zod';
import type { ApiError } from '../../../shared/errors';
import { loadConflicts } from '../i18n';

export type FieldError = NonNullable<ApiError['fields']>[number];

/** A failed API call: HTTP status, the server's error code and message, and per-field messages. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly retryAfterSeconds: number | null = null,
    /** A 409's stable reason code (CONFLICT_CODES) and its figures, for a translated sentence. */
    readonly reason: string | null = null,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }

  /** Field messages by path (the first message of each field). */
  fieldMap(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.fields) out[f.path] ??= f.message;
    return out;
  }
}

let csrfToken: string | null = null;

/** Remember the CSRF token from /api/auth/me; every non-GET request sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type QueryValue = string | number | undefined | null;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

/** Build `/api/...?a=b` leaving out empty values. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/**
 * The API's error body (shared/errors.ts's apiError), checked by hand: zod stays out of the first
 * visit's JavaScript. Only the shape the UI reads is checked; a field entry without a path and message
 * is dropped.
 */
export function asApiError(body: unknown): ApiError | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  if (typeof b.error !== 'string' || typeof b.message !== 'string') return null;
  const fields = Array.isArray(b.fields)
    ? (b.fields as unknown[]).filter((f): f is NonNullable<ApiError['fields']>[number] => typeof f === 'object' && f !== null && typeof (f as Record<string, unknown>).path === 'string' && typeof (f as Record<string, unknown>).message === 'string')
    : undefined;
  const params = typeof b.params === 'object' && b.params !== null ? (b.params as ApiError['params']) : undefined;
  return { error: b.error, message: b.message, fields, reason: typeof b.reason === 'string' ? b.reason : undefined, params };
}

/** The ApiRequestError of a failed response (its 4xx/5xx body when it is the API's). */
export async function toError(res: Response): Promise<ApiRequestError> {
  // A refusal is worded from its reason code: its sentences load now, before anything shows the error.
  if (res.status === 409) await loadConflicts().catch(() => undefined);
  const retry = Number(res.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null;
  try {
    const body = asApiError(await res.json());
    if (body) {
      const { error, message, fields, reason, params } = body;
      return new ApiRequestError(res.status, error, message, fields ?? [], retryAfter, reason ?? null, params ?? {});
    }
  } catch {
    // Not JSON (a proxy's error page): fall through to a generic error.
  }
  return new ApiRequestError(res.status, 'http_error', res.statusText || `HTTP ${res.status}`, [], retryAfter);
}

/** The answer of an API call as JSON (undefined when empty); throws ApiRequestError on failure. */
async function fetchJson(path: string, options: RequestOptions): Promise<unknown> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      signal: options.signal,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiRequestError(0, 'network', 'Network error');
  }
  if (!res.ok) throw await toError(res);
  const text = res.status === 204 ? '' : await res.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/**
 * Call the API; the answer has the type of the response schema `S` its route declares in `shared/`
 * (a changed schema fails the typecheck of the web as well as the server's). The browser does not parse
 * it again: the server serialises every answer through that schema (fastify-type-provider-zod's
 * serializer compiler), and leaving zod out keeps it out of the first visit's JavaScript (issue 16).
 * Throws ApiRequestError on failure.
 */
export async function request<S extends z.ZodType>(path: string, options: RequestOptions = {}): Promise<z.output<S>> {
  return (await fetchJson(path, options)) as z.output<S>;
}

/** Call the API for its effect only (an empty 204 answer, or one the page does not read). */
export async function send(path: string, options: RequestOptions = {}): Promise<void> {
  await fetchJson(path, options);
}

/**
 * A large answer not parsed, to keep it fast (95k map points, thousands of network lines): the
 * server already checked it against its route's response schema, and `T` is that schema's type.
 */
export async function requestUnparsed<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await fetchJson(path, options)) as T;
}

/** True when an error comes from an aborted request (a newer search replaced it). */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
