import { describe, expect, it } from 'vitest';
import accountsEn from './accounts.en.json';
import accountsTr from './accounts.tr.json';
import adminEn from './admin.en.json';
import adminTr from './admin.tr.json';
import applicationsEn from './applications.en.json';
import applicationsTr from './applications.tr.json';
import en from './en.json';
import evaluationEn from './evaluation.en.json';
import evaluationTr from './evaluation.tr.json';
import grantsEn from './grants.en.json';
import grantsTr from './grants.tr.json';
import tr from './tr.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

// A button shows `x` and names itself `xNamed` for screen readers ("Close request" → "Close request:
// Köln's request"). A speech user says what they see, so the name must contain the visible words
// (WCAG 2.5.3 label in name), in both languages.
describe('accessible names contain the visible button text', () => {
  for (const [lang, trees] of [['tr', [tr, accountsTr, adminTr, grantsTr, applicationsTr, evaluationTr]], ['en', [en, accountsEn, adminEn, grantsEn, applicationsEn, evaluationEn]]] as const) {
    it(`every …Named string contains its visible one (${lang})`, () => {
      const all = new Map(trees.flatMap((t) => leaves(t as Tree)));
      const fold = (s: string) => s.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\s+/g, ' ').trim().toLocaleLowerCase(lang);
      const bad = [...all]
        .filter(([key]) => key.endsWith('Named') && all.has(key.slice(0, -'Named'.length)))
        .filter(([key, named]) => !named.toLocaleLowerCase(lang).includes(fold(all.get(key.slice(0, -'Named'.length))!)))
        .map(([key]) => key);
      expect(bad).toEqual([]);
    });
  }
});
