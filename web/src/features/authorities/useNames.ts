import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, displayNameText, type DisplayName, type NamedAuthority, type ReaderLanguage } from '../../../../shared/authorityNames';
import { regionLabel } from '../../../../shared/regionNames';

export interface Names {
  lang: ReaderLanguage;
  /** The reader's name and the national one (shared/authorityNames displayName). */
  parts: (a: NamedAuthority) => DisplayName;
  /** The same as one line of text, for labels, titles and lists: "Selanik (Ψευδοδημοτική …)". */
  text: (a: NamedAuthority) => string;
  /** A region's name in the reader's language (never a bare NUTS code: null when there is none). */
  region: (a: { regionName: string | null; country: string }) => string | null;
}

/** The platform's naming rule in the current UI language: use it wherever an authority or region is named. */
export function useNames(): Names {
  const { i18n } = useTranslation();
  const lang: ReaderLanguage = i18n.language?.startsWith('tr') ? 'tr' : 'en';
  return useMemo(
    () => ({
      lang,
      parts: (a) => displayName(a, lang),
      text: (a) => displayNameText(a, lang),
      region: (a) => regionLabel(a.regionName, a.country, lang),
    }),
    [lang],
  );
}

/** The BCP 47 language of an authority's national name, so screen readers read Greek as Greek. */
export function nativeLang(country: string | null | undefined): string | undefined {
  return country === 'GR' || country === 'CY' ? 'el' : country === 'BG' ? 'bg' : undefined;
}
