import type { z } from 'zod';
import { type ApiError } from '../../../shared/errors';
export type FieldError = NonNullable<ApiError['fields']>[number];
/** A failed API call: HTTP status, the server's error code and message, and per-field messages. */
export declare class ApiRequestError extends Error {
    readonly status: number;
    readonly code: string;
    readonly fields: FieldError[];
    readonly retryAfterSeconds: number | null;
    /** A 409's stable reason code (CONFLICT_CODES) and its figures, for a translated sentence. */
    readonly reason: string | null;
    readonly params: Record<string, string | number>;
    constructor(status: number, code: string, message: string, fields?: FieldError[], retryAfterSeconds?: number | null, 
    /** A 409's stable reason code (CONFLICT_CODES) and its figures, for a translated sentence. */
    reason?: string | null, params?: Record<string, string | number>);
    /** Field messages by path (the first message of each field). */
    fieldMap(): Record<string, string>;
}
/** Remember the CSRF token from /api/auth/me; every non-GET request sends it. */
export declare function setCsrfToken(token: string | null): void;
export type QueryValue = string | number | undefined | null;
export interface RequestOptions {
    method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    body?: unknown;
    query?: Record<string, QueryValue>;
    signal?: AbortSignal;
}
/** Build `/api/...?a=b` leaving out empty values. */
export declare function apiUrl(path: string, query?: Record<string, QueryValue>): string;
/** The ApiRequestError of a failed response (its 4xx/5xx body when it is the API's). */
export declare function toError(res: Response): Promise<ApiRequestError>;
/** Call the API; parses the answer with `schema` when given, throws ApiRequestError on failure. */
export declare function request<T>(path: string, options?: RequestOptions, schema?: z.ZodType<T>): Promise<T>;
/** True when an error comes from an aborted request (a newer search replaced it). */
export declare function isAbort(err: unknown): boolean;
