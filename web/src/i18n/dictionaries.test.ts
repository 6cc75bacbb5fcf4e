import { describe, expect, it } from 'vitest';
import areasEn from './areas.en';
import areasTr from './areas.tr';
import coreEn from './dictionary.en';
import coreTr from './dictionary.tr';
import conflictsEn from './conflicts.en.json';
import conflictsTr from './conflicts.tr.json';

// The dictionaries load in three chunks per language (index.ts: the core, the areas, the conflicts'
// sentences): together they must hold every file in this folder, each top-level key in exactly one of
// them, the same split in both languages.
const files = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });

describe('the dictionary chunks', () => {
  for (const [lang, core, areas, conflicts] of [['en', coreEn, areasEn, conflictsEn], ['tr', coreTr, areasTr, conflictsTr]] as const) {
    it(`hold every ${lang} file, each top-level key once`, () => {
      const expected = Object.entries(files)
        .filter(([file]) => file === `./${lang}.json` || file.endsWith(`.${lang}.json`))
        .flatMap(([, dictionary]) => Object.keys(dictionary));
      const inCore = Object.keys(core);
      const inAreas = [...Object.keys(areas), ...Object.keys(conflicts)];
      expect(inCore.filter((key) => inAreas.includes(key))).toEqual([]);
      expect([...inCore, ...inAreas].sort()).toEqual([...new Set(expected)].sort());
    });
  }

  it('split the same keys in both languages', () => {
    expect(Object.keys(areasTr).sort()).toEqual(Object.keys(areasEn).sort());
    expect(Object.keys(coreTr).sort()).toEqual(Object.keys(coreEn).sort());
  });
});
