import type { TFunction } from 'i18next';
import { DATABASE_UNAVAILABLE } from '../../../shared/errorCodes';
import { ApiRequestError } from '../api/client';
import i18n, { currentLang } from '../i18n';
import { makeFormatter } from '../i18n/format';

// A reason code is known when the conflicts' dictionary words it (the API client loads it before it
// reports a 409, and i18n.test.ts checks it words every code of CONFLICT_CODES): the list itself stays
// out of the pages that only show errors (a profile's first visit). The figures pick a plural form.
const knownConflict = (reason: string, params: Record<string, string | number>): boolean => /^[a-z0-9_]+$/.test(reason) && i18n.exists(`conflicts.${reason}`, params);

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
      return conflictText(err, t);
    case 429:
      return err.retryAfterSeconds
        ? t('errors.rateLimitedFor', { count: Math.max(1, Math.ceil(err.retryAfterSeconds / 60)) })
        : t('errors.rateLimited');
    case 503:
      // The platform's database is away for a while: nothing the reader did, and trying again helps.
      return err.code === DATABASE_UNAVAILABLE ? t('errors.databaseUnavailable') : t('errors.server');
    default:
      return err.status >= 500 ? t('errors.server') : t('errors.unexpected');
  }
}

/**
 * A 409 in words: the translated sentence of its reason code, with its figures (`at` is a date and
 * time, `…Cents` an amount of money, shown in the reader's language); the generic sentence for a code this build does not know.
 */
function conflictText(err: ApiRequestError, t: TFunction): string {
  if (!err.reason || !knownConflict(err.reason, err.params)) return t('errors.conflict');
  const params: Record<string, string | number> = { ...err.params };
  const fmt = makeFormatter(currentLang());
  if (typeof params.at === 'string') params.at = fmt.dateTime(params.at);
  // Money travels as integer cents (`…Cents`); the reader sees euros in their language.
  for (const [k, v] of Object.entries(params)) if (k.endsWith('Cents') && typeof v === 'number') params[k] = euros(v, fmt.locale);
  return t(`conflicts.${err.reason}`, params);
}

/** Whole euros without cents, as the grant pages show money. */
function euros(cents: number, locale: string): string {
  const digits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 100);
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
