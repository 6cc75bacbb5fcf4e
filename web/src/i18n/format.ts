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

const formatters = new Map<string, Formatter>();

/**
 * The formatter of a UI language (tests use it without React). Made once per language: its Intl
 * objects are costly to create (a registry page made hundreds, a fifth of its first render on a phone).
 */
export function makeFormatter(lang: string): Formatter {
  const locale = intlLocale(lang);
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = newFormatter(locale)));
  return formatter;
}

function newFormatter(locale: string): Formatter {
  // Each Intl object loads its locale data when made, which a phone feels in the first render: each
  // is made on first use (a page of figures never makes the date formats, nor a list the display names).
  let numbers: Intl.NumberFormat | undefined;
  let dates: Intl.DateTimeFormat | undefined;
  let dateTimes: Intl.DateTimeFormat | undefined;
  let regions: Intl.DisplayNames | null | undefined;
  let languages: Intl.DisplayNames | null | undefined;
  const byDigits = new Map<number, Intl.NumberFormat>();
  const fractions = (digits: number) => {
    let f = byDigits.get(digits);
    if (!f) byDigits.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f;
  };
  return {
    locale,
    num: (n, digits) =>
      n === null || n === undefined
        ? '–'
        : digits === undefined
          ? (numbers ??= new Intl.NumberFormat(locale)).format(n)
          : fractions(digits).format(n),
    date: (iso) => (dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(new Date(iso)),
    dateTime: (iso) => (dateTimes ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso)),
    country: (code) => displayName((regions ??= safeNames(locale, 'region')), code),
    language: (code) => displayName((languages ??= safeNames(locale, 'language')), code),
  };
}

/** The formatter of the current UI language; changes with the language switch. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormatter(i18n.language), [i18n.language]);
}
