import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import accountsEn from '../web/src/i18n/accounts.en.json' with { type: 'json' };
import accountsTr from '../web/src/i18n/accounts.tr.json' with { type: 'json' };
import adminEn from '../web/src/i18n/admin.en.json' with { type: 'json' };
import adminTr from '../web/src/i18n/admin.tr.json' with { type: 'json' };
import applicationsEn from '../web/src/i18n/applications.en.json' with { type: 'json' };
import applicationsTr from '../web/src/i18n/applications.tr.json' with { type: 'json' };
import conflictsEn from '../web/src/i18n/conflicts.en.json' with { type: 'json' };
import conflictsTr from '../web/src/i18n/conflicts.tr.json' with { type: 'json' };
import en from '../web/src/i18n/en.json' with { type: 'json' };
import evaluationEn from '../web/src/i18n/evaluation.en.json' with { type: 'json' };
import evaluationTr from '../web/src/i18n/evaluation.tr.json' with { type: 'json' };
import grantsEn from '../web/src/i18n/grants.en.json' with { type: 'json' };
import grantsTr from '../web/src/i18n/grants.tr.json' with { type: 'json' };
import tr from '../web/src/i18n/tr.json' with { type: 'json' };
import pagesEn from '../web/src/i18n/pages.en.json' with { type: 'json' };
import pagesTr from '../web/src/i18n/pages.tr.json' with { type: 'json' };

export type Lang = 'en' | 'tr';
type Tree = { [key: string]: string | Tree };

const DICTIONARIES: Record<Lang, Tree[]> = {
  en: [en, pagesEn, accountsEn, adminEn, grantsEn, applicationsEn, evaluationEn, conflictsEn] as Tree[],
  tr: [tr, pagesTr, accountsTr, adminTr, grantsTr, applicationsTr, evaluationTr, conflictsTr] as Tree[],
};

/** Every string of a dictionary tree with its dotted key. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Long or distinctive enough that a page of the other language never says it by chance. */
export function distinctive(phrase: string): boolean {
  const words = phrase.match(WORD) ?? [];
  const letters = words.join('').length;
  return (words.length >= 2 && letters >= 8) || (words.length === 1 && letters >= 8);
}

/** Common UI words too short for the dictionary rule, that a page of the other language must not show. */
const COMMON: Record<Lang, string[]> = {
  en: ['Loading', 'Save', 'Cancel', 'Submit', 'Budget', 'Status', 'Active', 'Delete', 'Edit', 'Close', 'Search', 'Draft', 'Submitted', 'Awarded', 'Rejected', 'Agreed', 'Signed', 'Proposed', 'Exploring', 'Dormant', 'Ended', 'Sign in', 'Sign out', 'Region', 'Province', 'Country', 'Total', 'people', 'events', 'households', 'datasets', 'producers', 'Unknown', 'None', 'Yes'],
  tr: ['Yükleniyor', 'Kaydet', 'İptal', 'Gönder', 'Bütçe', 'Durum', 'Etkin', 'Düzenle', 'Kapat', 'Taslak', 'Anlaşıldı', 'Anlaşma', 'İmzalandı', 'Önerildi', 'Sona erdi', 'kişi', 'etkinlik', 'Bildirimler', 'Giriş yap', 'Çıkış yap', 'Bölge', 'Ülke', 'Toplam', 'Bilinmiyor', 'Evet', 'Hayır'],
};

/**
 * The phrases that betray the other language on a page in `lang`: each value of the other language's
 * dictionaries (split at {{placeholders}}) that differs from every value of this language and is
 * distinctive, plus the common words above. Keyed by phrase, with the key it came from.
 */
export function foreignPhrases(lang: Lang): Map<string, string> {
  const other: Lang = lang === 'tr' ? 'en' : 'tr';
  const own = new Set(DICTIONARIES[lang].flatMap((d) => leaves(d).map(([, v]) => v.trim())));
  const found = new Map<string, string>();
  for (const [key, value] of DICTIONARIES[other].flatMap((d) => leaves(d))) {
    for (const part of value.split(/\{\{[^}]*\}\}|<\/?\d+>|\n/)) {
      const phrase = part.trim().replace(/^[\s,.;:·–—()…]+|[\s,.;:·–—(…]+$/g, '');
      if (!phrase || own.has(phrase) || !distinctive(phrase)) continue;
      if (!found.has(phrase)) found.set(phrase, key);
    }
  }
  for (const word of COMMON[other]) if (!own.has(word)) found.set(word, `common ${other} word`);
  return found;
}

const boundary = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** The foreign phrases found in a text, each with the key it came from. */
export function findForeign(text: string, phrases: Map<string, string>): string[] {
  const hits: string[] = [];
  for (const [phrase, key] of phrases) if (text.includes(phrase) && boundary(phrase).test(text)) hits.push(`"${phrase}" (${key})`);
  return hits;
}

/** Every dictionary key of the app (all files of web/src/i18n, both languages hold the same), plural forms by their base key too. */
function allKeys(): Set<string> {
  const dir = fileURLToPath(new URL('../web/src/i18n/', import.meta.url));
  const keys = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f === 'en.json' || f.endsWith('.en.json'))) {
    for (const [key] of leaves(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Tree)) {
      keys.add(key);
      keys.add(key.replace(/_(zero|one|two|few|many|other)$/, ''));
    }
  }
  return keys;
}
let KEYS: Set<string> | undefined;

/**
 * Dictionary keys shown as they are: i18next shows a key whose strings have not loaded (a page or
 * dialog that renders before its dictionary part is in). Only real keys count, so a file name such as
 * twinnings.csv does not.
 */
export function rawKeys(text: string): string[] {
  KEYS ??= allKeys();
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.])[a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)+/gu)) if (KEYS.has(m[0])) found.add(m[0]);
  return [...found].map((key) => `raw key ${key}`);
}
