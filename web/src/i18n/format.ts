import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The Intl locale of a UI language. */
export function intlLocale(lang: string): string {
  return lang.startsWith('tr') ? 'tr-TR' : 'en-GB';
}

/** Number, date, country and language formatting in the current UI language. */
export interface Formatter {
  locale: string;
  num: (n: number | null | undefined, digits?: number) => string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  country: (code: string) => string;
  language: (code: string) => string;
}

function displayName(names: Intl.DisplayNames | null, code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

function safeNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type });
  } catch {
    return null;
  }
}

/** Build a formatter for a UI language (pure; tests use it without React). */
export function makeFormatter(lang: string): Formatter {
  const locale = intlLocale(lang);
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const regions = safeNames(locale, 'region');
  const languages = safeNames(locale, 'language');
  return {
    locale,
    num: (n, digits) =>
      n === null || n === undefined
        ? '–'
        : digits === undefined
          ? numbers.format(n)
          : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n),
    date: (iso) => dates.format(new Date(iso)),
    dateTime: (iso) => dateTimes.format(new Date(iso)),
    country: (code) => displayName(regions, code),
    language: (code) => displayName(languages, code),
  };
}

/** The formatter of the current UI language; changes with the language switch. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormatter(i18n.language), [i18n.language]);
}
