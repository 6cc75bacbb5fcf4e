import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../platform/config';
import { readAuthorities } from '../reference/reference.service';
import { DirectoryIndex } from './authorities.index';
import { rankByLookup } from './authorities.lookup';
import { indexInWords } from './authorities.names.view';
import { rankByScan } from './authorities.scan';
import { substringCodes, trigramCodes } from './trigram';

describe('substringCodes', () => {
  it('asks only trigrams that every text holding the needle has', () => {
    const texts = ['bad koln', 'koln stadt', 'koln', 'istanbul buyuksehir belediyesi', 'sankt augustin'];
    for (const needle of ['oln', 'koln', 'bad k', 'ad kol', 'ln st', ' ko', ' k', 'l b', 'stanbul b', 'l buyuk']) {
      const holding = texts.filter((t) => ` ${t}`.includes(needle));
      expect(holding.length, needle).toBeGreaterThan(0);
      const required = substringCodes(needle);
      expect(required.length, needle).toBeGreaterThan(0);
      for (const t of holding) for (const g of required) expect(trigramCodes(t), `${needle} in ${t}`).toContain(g);
    }
  });
  it('pads a piece only where a space bounds it', () => {
    expect(substringCodes('ko')).toEqual([]);
    expect(substringCodes(' ko')).toEqual(trigramCodes('ko').slice(0, 2)); // "  k", " ko": not the end "ko "
  });
});

// One copy of the names' text: its words are read with '|' as a space where a query needs it.
describe('indexInWords', () => {
  const text = ' koln|cologne\n bad koln\n';
  it('finds a query in an entry’s words as in the text with every | read as a space', () => {
    const cases: [number, number, string][] = [[0, 13, 'koln cologne'], [0, 13, ' cologne'], [0, 13, 'cologne'], [0, 13, ' kol'], [14, 23, 'd kol'], [14, 23, 'n cologne']];
    for (const [from, to, needle] of cases) expect(indexInWords(text, from, to, needle), needle).toBe(text.replaceAll('|', ' ').slice(from, to).indexOf(needle));
    expect(indexInWords(text, 0, 13, 'koln cologne')).toBe(1);
  });
  it('lets a search find a phrase across two name forms, as before', () => {
    const index = new DirectoryIndex([{ code: 'DE_1', name: 'Köln', nameLatin: null, country: 'DE', type: 'municipality', population: 1000, lat: null, lon: null, region: null, regionName: null, searchKeys: 'koln|cologne' }]);
    expect(index.search({ q: 'koln cologne', limit: 10, offset: 0 }).total).toBe(1);
    expect(index.search({ q: 'ln colo', limit: 10, offset: 0 }).total).toBe(1);
  });
});

// The lookup against the scan it replaced, on the real directory: the same entries in the same order.
describe('rankByLookup on the real directory', () => {
  let index: DirectoryIndex;
  beforeAll(() => {
    index = new DirectoryIndex(readAuthorities(path.join(PROJECT_DIR, 'data')));
  }, 300_000);

  const queries = (): string[] => {
    const names = index.all().map((a) => a.nameLatin ?? a.name);
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const out = ['a', 'k', 'ko', 'is', 'koln', 'istanbul', 'istambul', 'munchen', 'thessaloniki', 'bad', 'berlin', 'sankt', 'san', 'la', 'ber', 'ova', 'koy', 'stadt', 'bad k', 'de la', 'van', 'xyz', 'zzzq', '12'];
    for (let j = 0; j < 12; j++) {
      const name = names[Math.floor(next() * names.length)]!.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').trim();
      const kind = j % 4;
      if (kind === 0) out.push(name);
      if (kind === 1) out.push(name.slice(0, 2 + Math.floor(next() * 4)));
      if (kind === 2 && name.length > 4) out.push(name.slice(0, 2) + name[3] + name[2] + name.slice(4)); // a swap
      if (kind === 3) out.push(name.slice(1, 6));
    }
    return out.map((q) => q.trim()).filter(Boolean);
  };

  it('finds the same entries in the same order as the scan, with and without a filter', () => {
    const view = index.nameView();
    const all = index.all(); // once: the filter is asked for every candidate
    const turkish = (i: number) => all[i]!.country === 'TR';
    for (const q of queries()) {
      expect(rankByLookup(view, q, () => true), q).toEqual(rankByScan(view, q, () => true));
      expect(rankByLookup(view, q, turkish), `${q} in TR`).toEqual(rankByScan(view, q, turkish));
      // As search reads them: band by band (stopping early), and only Turkey's keys for TR.
      expect(rankByLookup(view, q, () => true, index.keyBands(undefined)), `${q} by bands`).toEqual(rankByScan(view, q, () => true));
      expect(rankByLookup(view, q, turkish, index.keyBands('TR')), `${q} in TR's keys`).toEqual(rankByScan(view, q, turkish));
    }
  }, 600_000);

  it('sorts matches by name and population as the whole orders do', () => {
    const rankOf = (sort: 'name' | '-population') => new Map(index.search({ sort, limit: 200_000, offset: 0 }).items.map((a, k) => [a.code, k]));
    const orders = { name: rankOf('name'), '-population': rankOf('-population') };
    for (const q of ['koln', 'ber', 'sankt', 'istambul']) {
      for (const sort of ['name', 'population', '-population'] as const) {
        const ranks = index.search({ q, sort, limit: 100, offset: 0 }).items.map((a) => orders[sort === 'name' ? 'name' : '-population'].get(a.code)!);
        expect(ranks.length, q).toBeGreaterThan(0);
        expect(ranks, `${q} ${sort}`).toEqual([...ranks].sort((a, b) => (sort === 'population' ? b - a : a - b)));
      }
    }
  });
});
