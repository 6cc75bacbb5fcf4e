import { describe, expect, it } from 'vitest';
import { lexemesOf, makeSnippet, queryWords, wordMatches } from './knowledge.rules';

const marked = (s: { text: string; highlights: [number, number][] }) => s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('queryWords', () => {
  it('keeps letters and digits, splits apostrophes and caps the count', () => {
    expect(queryWords("  İstanbul'da   belediyeler, 2024! ")).toEqual(['İstanbul', 'da', 'belediyeler', '2024']);
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
    expect(queryWords(' ,;- ')).toEqual([]);
  });
});

describe('lexemesOf', () => {
  it('reads the lexemes of a printed tsquery, once each, quotes unescaped', () => {
    expect(lexemesOf("( 'belediye' | 'belediyeler' ) & ( 'sehir' | 'sehir' )")).toEqual(['belediye', 'belediyeler', 'sehir']);
    expect(lexemesOf("'o''brien'")).toEqual(["o'brien"]);
  });
});

describe('wordMatches', () => {
  it('matches a word by its folded stem, in any case and with or without Turkish letters', () => {
    expect(wordMatches('Belediyesi', ['belediye'])).toBe(true);
    expect(wordMatches('ŞİŞLİ', ['sisli'])).toBe(true);
    expect(wordMatches('twinnings', ['twin'])).toBe(true);
    expect(wordMatches('town', ['twin'])).toBe(false);
    expect(wordMatches('ve', ['v'])).toBe(false);
  });
});

describe('makeSnippet', () => {
  it('highlights every matching word with ranges into the returned text', () => {
    const s = makeSnippet('Belediyeler arası işbirliği: belediye meclisleri.', ['belediye']);
    expect(s.text).toBe('Belediyeler arası işbirliği: belediye meclisleri.');
    expect(marked(s)).toEqual(['Belediyeler', 'belediye']);
  });

  it('cuts around the first hit far in the text, with ellipses the ranges count', () => {
    const text = `${'lorem ipsum '.repeat(60)}the twinning of towns ${'dolor sit '.repeat(60)}`;
    const s = makeSnippet(text, ['twin'], 120);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(122);
    expect(marked(s)).toEqual(['twinning']);
  });

  it('returns the start of the text, unmarked, when nothing matches; markup stays plain text', () => {
    const s = makeSnippet('<b>Not</b> a match here', ['zzz'], 10);
    expect(s).toEqual({ text: '<b>Not</b…', highlights: [] });
  });
});
