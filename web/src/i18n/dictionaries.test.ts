import { describe, expect, it } from 'vitest';
import areasEn from './areas.en';
import areasTr from './areas.tr';
import coreEn from './dictionary.en';
import coreTr from './dictionary.tr';
import pagesEn from './pages.en';
import pagesTr from './pages.tr';
import conflictsEn from './conflicts.en.json';
import conflictsTr from './conflicts.tr.json';
import type { Dictionary } from './merge';

// The dictionaries load in four chunks per language (index.ts: the core, the other pages', the areas',
// the conflicts' sentences): together they must hold every string of every file in this folder, each
// in exactly one of them, the same split in both languages. A top-level key may be split between the
// core and the pages' chunk (the core holds what the home page and a profile show of it).
const files = import.meta.glob<Dictionary>('./*.json', { eager: true, import: 'default' });

/** Every string's dotted key. */
function leafKeys(tree: Dictionary, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : leafKeys(value as Dictionary, `${prefix}${key}.`)));
}

const chunks = {
  en: { core: coreEn, pages: pagesEn, areas: areasEn, conflicts: conflictsEn },
  tr: { core: coreTr, pages: pagesTr, areas: areasTr, conflicts: conflictsTr },
} as const;

describe('the dictionary chunks', () => {
  for (const lang of ['en', 'tr'] as const) {
    it(`hold every ${lang} string of every file, each once`, () => {
      const expected = Object.entries(files)
        .filter(([file]) => file === `./${lang}.json` || file.endsWith(`.${lang}.json`))
        .flatMap(([, dictionary]) => leafKeys(dictionary));
      const held = Object.values(chunks[lang]).flatMap((chunk) => leafKeys(chunk as Dictionary));
      expect(held.filter((key, i) => held.indexOf(key) !== i)).toEqual([]);
      expect(held.sort()).toEqual([...new Set(expected)].sort());
    });
  }

  it('split the same keys in both languages', () => {
    for (const chunk of ['core', 'pages', 'areas', 'conflicts'] as const) {
      expect(leafKeys(chunks.tr[chunk] as Dictionary).sort()).toEqual(leafKeys(chunks.en[chunk] as Dictionary).sort());
    }
  });

  it('split only the core and the pages at a depth: the areas and the conflicts keep top-level keys of their own', () => {
    const { core, pages, areas, conflicts } = chunks.en;
    const own = [...Object.keys(areas), ...Object.keys(conflicts)];
    expect(own.filter((key) => key in core || key in pages)).toEqual([]);
  });
});
