import type { TFunction } from 'i18next';
import { ApiRequestError } from '../api/client';

/** A translated, user-facing sentence for any error an API call threw. */
export function errorText(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiRequestError)) return t('errors.unexpected');
  switch (err.status) {
    case 0:
      return t('errors.network');
    case 400:
      return t('errors.badRequest');
    case 401:
      return t('errors.unauthorized');
    case 403:
      return t('errors.forbidden');
    case 404:
      return t('errors.notFound');
    case 409:
      return t('errors.conflict');
    case 429:
      return err.retryAfterSeconds
        ? t('errors.rateLimitedFor', { count: Math.max(1, Math.ceil(err.retryAfterSeconds / 60)) })
        : t('errors.rateLimited');
    default:
      return err.status >= 500 ? t('errors.server') : t('errors.unexpected');
  }
}

/** Server field messages by field name (the last path segment), for inputs' `error` props. */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiRequestError)) return {};
  const out: Record<string, string> = {};
  for (const f of err.fields) {
    const key = f.path.split('.').pop() ?? f.path;
    out[key] ??= f.message;
  }
  return out;
}
