/**
 * Display transliteration of Greek (ELOT 743, as on Greek road signs) and Bulgarian Cyrillic (the
 * streamlined system of Bulgaria's 2009 law) into Latin letters, keeping capitals: for an authority
 * whose Latin-script name GeoNames does not give. Search keys use fold() instead (lower case, no accents).
 */

const GREEK_PAIRS: [string, string][] = [
  ['ου', 'ou'], ['αυ', 'av'], ['ευ', 'ev'], ['ηυ', 'iv'], ['μπ', 'mp'], ['ντ', 'nt'], ['γκ', 'gk'], ['γγ', 'ng'],
  ['γξ', 'nx'], ['γχ', 'nch'],
];
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};

const capital = (latin: string) => latin.charAt(0).toUpperCase() + latin.slice(1);

/** One Greek word (accents already stripped): digraphs first, μπ/ντ/γκ as b/d/g at a word's start. */
function greekWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const pair = word.slice(i, i + 2);
    const lowerPair = pair.toLowerCase();
    const found = GREEK_PAIRS.find(([g]) => g === lowerPair);
    const upper = pair.charAt(0) !== pair.charAt(0).toLowerCase();
    if (found) {
      let latin = found[1];
      if (i === 0 && (lowerPair === 'μπ' || lowerPair === 'ντ' || lowerPair === 'γκ')) latin = { μπ: 'b', ντ: 'd', γκ: 'g' }[lowerPair];
      out += upper ? capital(latin) : latin;
      i += 2;
      continue;
    }
    const ch = word[i]!;
    const lower = ch.toLowerCase();
    const latin = GREEK[lower];
    out += latin === undefined ? ch : ch !== lower ? capital(latin) : latin;
    i += 1;
  }
  return out;
}

/** Latin letters for a Greek or Bulgarian Cyrillic text; other characters pass through unchanged. */
export function transliterate(text: string): string {
  const bare = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  return bare.replace(/[\u0370-\u03ff\u0400-\u04ff]+/g, (word) => {
    const latin = /[\u0370-\u03ff]/.test(word) ? greekWord(word) : cyrillicWord(word);
    // A word in capitals (ΘΕΣΣΑΛΟΝΙΚΗ) stays in capitals: "THESSALONIKI", not "ThESSALONIKI".
    return word.length > 1 && word === word.toUpperCase() ? latin.toUpperCase() : latin;
  });
}

function cyrillicWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC[lower];
    out += latin === undefined ? ch : ch !== lower ? capital(latin) : latin;
  }
  return out;
}
