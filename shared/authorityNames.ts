import { regionLabel } from './regionNames';
import { EXONYMS } from './text/exonyms';
import { isNonLatin } from './text/fold';
import { transliterate } from './text/transliterate';

export type ReaderLanguage = 'tr' | 'en';

/** What naming an authority takes: its code (for the exonyms), its name as the data has it, its Latin name. */
export interface NamedAuthority {
  code?: string | null;
  name: string;
  nameLatin?: string | null;
}

/** The name a reader sees (`label`) and, where it differs from it, the name in the national language and script. */
export interface DisplayName {
  label: string;
  native: string | null;
}

/**
 * The name in Latin script: GeoNames' Latin name, else the established English name, else the name
 * itself when it is Latin already, else its transliteration (ELOT 743, Bulgarian streamlined system).
 */
export function latinName(a: NamedAuthority): string {
  if (a.nameLatin) return a.nameLatin;
  const en = a.code ? EXONYMS.get(a.code)?.en : null;
  if (en) return en;
  return isNonLatin(a.name) ? transliterate(a.name) : a.name;
}

const REGION_CODE = /^([A-Z]{2})-REG-/;

/**
 * The one naming rule of the platform: a Turkish reader sees the established Turkish name where
 * there is one, else the name itself when it is in Latin script ("Adana Valiliği", whose English
 * name is its Latin name), else the Latin-script name; anyone else sees the Latin-script name. The
 * national name goes beside it when it differs.
 */
export function displayName(a: NamedAuthority, lang: ReaderLanguage): DisplayName {
  // An EU region (DE-REG-02) is named as the directory's region column names it: Bavyera, Orta Makedonya.
  const region = lang === 'tr' ? REGION_CODE.exec(a.code ?? '') : null;
  if (region) return { label: regionLabel(a.name, region[1]!, 'tr') ?? a.name, native: null };
  const exonym = lang === 'tr' && a.code ? EXONYMS.get(a.code)?.tr : null;
  const tr = lang === 'tr' && !isNonLatin(a.name) ? a.name : null;
  const label = exonym ?? tr ?? latinName(a);
  return { label, native: label === a.name ? null : a.name };
}

/** displayName as one line of text: "Selanik (Ψευδοδημοτική Κοινότητα Θεσσαλονίκης)". */
export function displayNameText(a: NamedAuthority, lang: ReaderLanguage): string {
  const { label, native } = displayName(a, lang);
  return native ? `${label} (${native})` : label;
}

/** Every name an authority is found by besides its own (Turkish and English exonyms), for the search keys. */
export function exonymsOf(code: string): string[] {
  const e = EXONYMS.get(code);
  return e ? [e.tr, e.en].filter((n): n is string => !!n) : [];
}
