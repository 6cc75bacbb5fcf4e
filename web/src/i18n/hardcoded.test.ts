import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['../**/*.tsx', '!../**/*.test.tsx'], { query: '?raw', import: 'default', eager: true });
const LETTERS = /[A-Za-zÇŞĞİÖÜçşğıöü]{2,}/;
// Attribute values that are not prose: URL schemes in placeholders, CSS-ish tokens.
const ALLOWED_ATTR_VALUES = new Set(['https://']);

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Obvious hard-coded UI text: prose between JSX tags, or in label-like string attributes. */
function findHardcoded(text: string): string[] {
  const code = stripComments(text);
  const found: string[] = [];
  // Text after a tag up to the next tag or expression, and text between an expression and a closing tag.
  for (const m of code.matchAll(/(?<![=-])>\s*([^<>{}()=;&|]+?)\s*(?:<\/?[A-Za-z]|\{)/g)) {
    if (LETTERS.test(m[1]!)) found.push(m[1]!.trim());
  }
  for (const m of code.matchAll(/\}([^<>{}()=;&|]+?)<\//g)) {
    if (LETTERS.test(m[1]!)) found.push(m[1]!.trim());
  }
  for (const m of code.matchAll(/\b(label|placeholder|aria-label|title|description|alt|nothingFoundMessage)="([^"]*)"/g)) {
    if (LETTERS.test(m[2]!) && !ALLOWED_ATTR_VALUES.has(m[2]!)) found.push(`${m[1]}="${m[2]}"`);
  }
  return found;
}

describe('hard-coded text', () => {
  it('finds prose in JSX (self-check)', () => {
    expect(findHardcoded('<Text>Hello world</Text>')).toEqual(['Hello world']);
    expect(findHardcoded('<TextInput label="Email" />')).toEqual(['label="Email"']);
    expect(findHardcoded('<Text>Hi {name}</Text>')).toEqual(['Hi']);
    expect(findHardcoded('<Text>{n} items</Text>')).toEqual(['items']);
    expect(findHardcoded('<Text>{t("x")}</Text> (a) => b <T>')).toEqual([]);
  });

  it('no .tsx file shows untranslated text', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    // Every area is covered, including the grant scheme's pages and its applications.
    expect(Object.keys(sources).filter((f) => f.startsWith('../features/grants/')).length).toBeGreaterThan(10);
    expect(Object.keys(sources).filter((f) => f.startsWith('../features/applications/')).length).toBeGreaterThan(10);
    expect(Object.keys(sources).filter((f) => f.startsWith('../features/evaluation/')).length).toBeGreaterThan(10);
    const offenders = Object.entries(sources as Record<string, string>).flatMap(([file, text]) =>
      findHardcoded(text).map((s) => `${file}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
