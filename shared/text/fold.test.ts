import { describe, expect, it } from 'vitest';
import { fold, similarity, trigrams } from './fold';

describe('fold', () => {
  it('folds Turkish letters, including dotted and dotless i', () => {
    expect(fold('İstanbul Büyükşehir Belediyesi')).toBe('istanbul buyuksehir belediyesi');
    expect(fold('Çanakkale')).toBe('canakkale');
    expect(fold('IĞDIR')).toBe('igdir');
    expect(fold('Kırşehir')).toBe('kirsehir');
    expect(fold('Muğla Ödemiş Üsküdar')).toBe('mugla odemis uskudar');
  });
  it('folds German umlauts and sharp s', () => {
    expect(fold('Köln, Stadt')).toBe('koln stadt');
    expect(fold('München')).toBe('munchen');
    expect(fold('Großenhain')).toBe('grossenhain');
  });
  it('transliterates Greek and Bulgarian Cyrillic', () => {
    expect(fold('Θεσσαλονίκη')).toBe('thessaloniki');
    expect(fold('Ψευδοδημοτική Κοινότητα Αθηναίων')).toBe('psevdodimotiki koinotita athinaion');
    expect(fold('Бургас')).toBe('burgas');
    expect(fold('Пловдив')).toBe('plovdiv');
  });
  it('keeps digits and drops punctuation', () => {
    expect(fold('  Frankfurt (Oder), Stadt ')).toBe('frankfurt oder stadt');
  });
});

describe('trigram similarity', () => {
  it('tolerates a typo', () => {
    const s = similarity(trigrams('istambul'), trigrams('istanbul'));
    expect(s).toBeGreaterThan(0.4);
    expect(s).toBeLessThan(1);
  });
  it('is 1 for equal words and 0 for unrelated ones', () => {
    expect(similarity(trigrams('koln'), trigrams('koln'))).toBe(1);
    expect(similarity(trigrams('koln'), trigrams('xyz'))).toBe(0);
  });
});
