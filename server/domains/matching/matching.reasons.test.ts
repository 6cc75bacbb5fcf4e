import { describe, expect, it } from 'vitest';
import { type ReasonFacts, reasonsFor, sentence } from './matching.reasons';
import type { Recommendation } from './matching.recommend';
import { DEFAULT_WEIGHTS, type Signal, SIGNALS } from './matching.rules';
import type { MinorityFact } from './matching.minority';
import { authority } from './matching.testkit';

const facts: ReasonFacts = {
  source: authority('TR-T1', 'TR', 100_000, 41.67, 26.56, 'TR-22'),
  candidate: authority('BG_1', 'BG', 290_000, 42.0, 26.0, 'BG341'),
  distanceKm: 70.4,
  turkishTies: 2,
  sharedPartners: 1,
  sharedThemes: ['culture'],
  oldName: null,
  minority: null,
};

const KARDZHALI: MinorityFact = { kind: 'share', figure: 59, year: 2021, areaEn: 'Kardzhali province', areaTr: 'Kırcaali ili', publisher: 'NSI', value: 0.997 };

describe('reasons', () => {
  it('say only what is true: "a large city" from 200,000 people on, shared themes by name', () => {
    const town = { ...facts, candidate: { ...facts.candidate, population: 57_751 } };
    expect(sentence('size', town, 'en')).toBeNull();
    expect(sentence('size', facts, 'en')).toBe('A large city (population 290,000)');
    expect(sentence('themes', { ...facts, sharedThemes: ['culture', 'recycling'] }, 'en')).toBe('Shared themes: Culture, Recycling');
    expect(sentence('themes', { ...facts, sharedThemes: ['culture', 'recycling'] }, 'tr')).toBe('Ortak temalar: Kültür, Geri dönüşüm');
    expect(sentence('themes', { ...facts, sharedThemes: [] }, 'en')).toBeNull();
  });

  it('every signal has a plain-words sentence in Turkish and in English', () => {
    const full: ReasonFacts = { ...facts, oldName: { name: 'Mudania', greek: false }, minority: KARDZHALI };
    for (const s of SIGNALS) {
      const tr = sentence(s, full, 'tr');
      const en = sentence(s, full, 'en');
      expect([s, tr && tr.length > 10, en && en.length > 10]).toEqual([s, true, true]);
      expect(tr).not.toEqual(en);
    }
  });

  it('gives the strongest reasons first and leaves out weak signals', () => {
    const values = Object.fromEntries(SIGNALS.map((s) => [s, 0])) as Record<Signal, number>;
    // Far apart in weight × value whatever the fitted weights: distance ≈ 4 × 0.9, partners of partners ≈ 3.8 × 0.3.
    Object.assign(values, { distance: 0.9, partners_of_partners: 0.3, population: 0.1 });
    const rec: Recommendation = { index: 0, score: 0, values };
    const reasons = reasonsFor(rec, facts, 'en');
    expect(reasons.map((r) => r.kind)).toEqual(['distance', 'partners_of_partners']);
    expect(reasons[0]!.text).toBe('Close by: 70 km');
  });

  it('always say shared themes, however weak next to the other signals', () => {
    const values = Object.fromEntries(SIGNALS.map((s) => [s, 0])) as Record<Signal, number>;
    Object.assign(values, { distance: 0.8, partners_of_partners: 0.9, twinning_activity: 0.9, country_share: 0.9, size: 0.9, themes: 0.2 });
    const reasons = reasonsFor({ index: 0, score: 0, values }, facts, 'en');
    expect(reasons).toHaveLength(4);
    expect(reasons.at(-1)).toEqual({ kind: 'themes', text: 'Shared themes: Culture' });
    expect(reasonsFor({ index: 0, score: 0, values: { ...values, themes: 0 } }, facts, 'en').map((r) => r.kind)).not.toContain('themes');
  });

  it('never give a signal that lowered the score as a reason for it; earlier Turkish partners come last, as a caution', () => {
    const values = Object.fromEntries(SIGNALS.map((s) => [s, 0])) as Record<Signal, number>;
    Object.assign(values, { distance: 0.9, towns_like_yours: 0.9, turkish_ties: 0.9 });
    const kinds = reasonsFor({ index: 0, score: 0, values }, facts, 'en').map((r) => r.kind);
    expect(DEFAULT_WEIGHTS.towns_like_yours).toBeLessThan(0);
    expect(kinds).not.toContain('towns_like_yours');
    expect(kinds.at(-1)).toBe(DEFAULT_WEIGHTS.turkish_ties < 0 ? 'turkish_ties' : kinds.at(-1));
    expect(kinds.filter((k) => k === 'turkish_ties')).toHaveLength(1);
  });

  it('say whether twinning with Turkish towns already counts for or against: against, with the fitted weight', () => {
    expect(sentence('turkish_ties', facts, 'en')).toBe('Already twinned with 2 Turkish towns, which counts slightly against it here: towns with many Turkish partners take on fewer new ones');
    expect(sentence('turkish_ties', facts, 'tr')).toBe('Zaten 2 Türk belediyesiyle kardeş; bu, öneride biraz aleyhine sayılıyor: çok Türk ortağı olan şehirler daha az yeni ortak ediniyor');
  });

  it('say an old name only as what the names show, in Greek where the name is Greek', () => {
    const mudanya = authority('TR-M-1536', 'TR', 100_000, 40.37, 28.88, 'TR-16');
    const moudania = { ...authority('EL_13040101', 'EL', 9_342, 40.24, 23.28, 'EL527'), name: 'Κοινότητα Νέων Μουδανιών', nameLatin: 'Néa Moudhaniá' };
    const f: ReasonFacts = { ...facts, source: { ...mudanya, name: 'Mudanya' }, candidate: moudania, oldName: { name: 'Mudania', greek: false } };
    expect(sentence('historical_name', f, 'en')).toBe('Néa Moudhaniá carries an old name of Mudanya (Mudania)');
    expect(sentence('historical_name', f, 'tr')).toBe('Néa Moudhaniá, Mudanya için kullanılmış eski bir adı taşıyor (Mudania)');
    const greek = { ...f, oldName: { name: 'Σμύρνη', greek: true } };
    expect(sentence('historical_name', greek, 'en')).toBe('Néa Moudhaniá carries the old Greek name of Mudanya (Σμύρνη)');
    // Seen from the EU side the same two names are said.
    expect(sentence('historical_name', { ...f, source: f.candidate, candidate: f.source }, 'en')).toBe('Néa Moudhaniá carries an old name of Mudanya (Mudania)');
    expect(sentence('historical_name', facts, 'en')).toBeNull();
  });

  it('say a minority figure with its year and kind, and Western Thrace as a description, not a count', () => {
    expect(sentence('minority_share', { ...facts, minority: KARDZHALI }, 'en')).toBe('59% of Kardzhali province’s people declared Turkish ethnicity in the 2021 census');
    expect(sentence('minority_share', { ...facts, minority: KARDZHALI }, 'tr')).toBe('Kırcaali ili nüfusunun %59 kadarı 2021 sayımında Türk etnik kimliğini beyan etti');
    const koeln: MinorityFact = { kind: 'count', figure: 52_260, year: 2022, areaEn: 'Köln', areaTr: 'Köln', publisher: 'IT.NRW', value: 0.38 };
    expect(sentence('minority_share', { ...facts, minority: koeln }, 'en')).toBe('52,260 Turkish nationals were registered in Köln in 2022 (register of foreign nationals)');
    expect(sentence('minority_share', { ...facts, minority: koeln }, 'tr')).toBe('2022 yılında Köln içinde 52.260 Türk vatandaşı kayıtlıydı (yabancılar kütüğü)');
    // A survey's migration background is no census's declared ethnicity: the sentence says which it is.
    const vorarlberg: MinorityFact = { kind: 'background', figure: 7.86, year: 2010, areaEn: 'Vorarlberg', areaTr: 'Vorarlberg', publisher: 'Statistik Austria', value: 0.54 };
    expect(sentence('minority_share', { ...facts, minority: vorarlberg }, 'en')).toBe('7.86% of Vorarlberg’s people have a migration background from Turkey (2010 figure)');
    expect(sentence('minority_share', { ...facts, minority: vorarlberg }, 'tr')).toBe('Vorarlberg nüfusunun %7,86 kadarının Türkiye kökenli göç geçmişi var (2010 verisi)');
    const hautRhin: MinorityFact = { kind: 'born', figure: 11_047, year: 2017, areaEn: 'Haut-Rhin', areaTr: 'Haut-Rhin', publisher: 'INSEE', value: 0.1 };
    expect(sentence('minority_share', { ...facts, minority: hautRhin }, 'en')).toBe('11,047 immigrants born in Turkey lived in Haut-Rhin at the 2017 census');
    expect(sentence('minority_share', { ...facts, minority: hautRhin }, 'tr')).toBe('2017 sayımında Haut-Rhin içinde Türkiye doğumlu 11.047 göçmen yaşıyordu');
    const thrace: MinorityFact = { kind: 'flag', figure: 0, year: null, areaEn: 'Western Thrace', areaTr: 'Batı Trakya', publisher: '', flag: 'core', value: 0.5 };
    expect(sentence('minority_share', { ...facts, minority: thrace }, 'en')).toBe('In the heart of Western Thrace’s Muslim Turkish minority area (from public descriptions; no official count exists)');
    expect(sentence('minority_share', facts, 'en')).toBeNull();
  });
});
