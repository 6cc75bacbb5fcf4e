import { describe, expect, it } from 'vitest';
import { trigrams } from '../../../shared/text/fold';
import { TrigramPostings, trigramCodes } from './trigram';

const BASE = 37;
const code = (ch: string) => (ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 96 : ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 21 : 0);
const pack = (gram: string) => (code(gram[0]!) * BASE + code(gram[1]!)) * BASE + code(gram[2]!);

const KEYS = ['koln', 'koln stadt', 'bad koln', 'istanbul', 'istanbul buyuksehir belediyesi', 'a b c', 'aaa aaa', 'x', '', ' spaced  out ', '1860 munchen', 'thessalonikis'];

describe('trigramCodes', () => {
  it('packs the same distinct trigrams as pg_trgm-style padding', () => {
    for (const key of KEYS) expect(new Set(trigramCodes(key)), key).toEqual(new Set([...trigrams(key)].map(pack)));
    for (const key of KEYS) expect(trigramCodes(key).length).toBe(new Set(trigramCodes(key)).size);
  });
});

describe('TrigramPostings', () => {
  const found = (p: TrigramPostings, q: string) => {
    const out: [number, number][] = [];
    p.similar(q, 0.1, (owner, sim) => out.push([owner, sim]));
    return out;
  };

  it('finds the same keys whether sealed once or batch by batch, and after a restore', () => {
    const once = new TrigramPostings();
    const batches = new TrigramPostings();
    KEYS.forEach((key, i) => {
      once.add(key, i);
      batches.add(key, i);
      if (i % 4 === 3) batches.seal();
    });
    once.seal();
    batches.seal();
    const restored = TrigramPostings.fromState(once.state());
    for (const q of ['koln', 'kolm', 'istambul', 'munchen', 'aaa', 'stadt koln']) {
      expect(found(batches, q), q).toEqual(found(once, q));
      expect(found(restored, q), q).toEqual(found(once, q));
    }
    expect(found(once, 'kolm').map(([owner]) => owner)).toContain(0);
  });

  it('answers the same whatever the lookups before it (its candidate room grows on demand)', () => {
    const many = new TrigramPostings();
    for (let i = 0; i < 2000; i++) many.add(`${KEYS[i % KEYS.length]} ${i % 7 ? 'stadt' : 'koln'}`, i);
    many.seal();
    const first = found(many, 'koln');
    expect(first.length).toBeGreaterThan(100);
    expect(found(many, 'stadt').length).toBeGreaterThan(first.length);
    expect(found(many, 'koln')).toEqual(first);
    expect(found(TrigramPostings.fromState(many.state()), 'koln')).toEqual(first);
  });
});
