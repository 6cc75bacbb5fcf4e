import { exonymsOf } from '../../../shared/authorityNames';
import { fold } from '../../../shared/text/fold';

// Words that name the kind of authority rather than the place: "Büyükşehir Belediyesi", "Κοινότητα", ...
const GENERIC = new Set([
  'buyuksehir', 'belediyesi', 'belediye', 'il', 'ozel', 'idaresi',
  'koinotita', 'dimotiki', 'psevdodimotiki', 'dimos', 'obshtina',
  'stadt', 'st', 'landeshauptstadt', 'hansestadt', 'gemeinde', 'markt', 'gem', 'kreisfreie',
  'comune', 'municipio', 'concello', 'gmina', 'miasto', 'mesto', 'obec', 'opcina', 'grad', 'kommune', 'kunta',
]);

/**
 * The place name of an authority, folded and without its legal form:
 * "Köln, Stadt" → "koln", "İstanbul Büyükşehir Belediyesi" → "istanbul",
 * "Ψευδοδημοτική Κοινότητα Θεσσαλονίκης" → "thessalonikis".
 */
export function coreName(name: string): string {
  const beforeComma = name.split(',')[0] ?? name;
  const words = fold(beforeComma).split(' ').filter((w) => w && !GENERIC.has(w));
  return words.join(' ') || fold(name);
}

/**
 * The folded forms a name is found by: its place name, the Latin name's place name, the full
 * folded name and, given the code, its exonyms (Selanik, Athens); computed once when the row is
 * written, so start-up need not fold 100k names.
 */
export function searchKeys(name: string, nameLatin: string | null, code?: string): string {
  const exonyms = code ? exonymsOf(code).map(fold) : [];
  const keys = new Set([coreName(name), nameLatin ? coreName(nameLatin) : '', fold(name), ...exonyms]);
  keys.delete('');
  return [...keys].join('|');
}
