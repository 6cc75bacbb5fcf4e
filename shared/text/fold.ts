/**
 * Search folding: one lower-case ASCII key per name, computed in TypeScript because the embedded
 * database has no ICU collation. Turkish dotted/dotless i, German umlauts and ß, and Greek and
 * Cyrillic letters all fold to plain Latin letters.
 */

const SPECIAL: Record<string, string> = {
  ı: 'i', İ: 'i', I: 'i', ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o',
  đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h',
};

// Greek: ELOT 743-like, one letter at a time after accents are stripped; digraphs handled first.
const GREEK_DIGRAPHS: [RegExp, string][] = [
  [/ου/g, 'ou'], [/αυ/g, 'av'], [/ευ/g, 'ev'], [/μπ/g, 'b'], [/ντ/g, 'nt'], [/γκ/g, 'gk'], [/γγ/g, 'ng'],
];
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
// Bulgarian Cyrillic (streamlined system, as used on Bulgarian road signs).
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya', ё: 'yo', ы: 'y', э: 'e', є: 'ye', і: 'i', ї: 'yi',
};

const SPECIAL_CHARS = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');

/** Fold a name or query to lower-case ASCII words separated by single spaces. */
export function fold(text: string): string {
  // Plain ASCII (most names, every query typed without accents) needs none of the Unicode steps:
  // a first start folds each of its ~1M names several times.
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  let s = text.replace(SPECIAL_CHARS, (ch) => SPECIAL[ch]!);
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (/[\u0370-\u03ff]/.test(s)) {
    for (const [re, to] of GREEK_DIGRAPHS) s = s.replace(re, to);
    s = s.replace(/[\u0370-\u03ff]/g, (c) => GREEK[c] ?? '');
  }
  if (/[\u0400-\u04ff]/.test(s)) s = s.replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? '');
  return s
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when the text is written (mostly) in Greek or Cyrillic script. */
export function isNonLatin(text: string): boolean {
  return /[\u0370-\u03ff\u0400-\u04ff]/.test(text);
}

/** Trigrams of a folded word list, padded like pg_trgm so that word starts weigh more. */
export function trigrams(folded: string): Set<string> {
  const out = new Set<string>();
  for (const word of folded.split(' ')) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Jaccard similarity of two trigram sets (0..1), the measure pg_trgm calls similarity(). */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}
