import { describe, expect, it } from 'vitest';
import { type ReasonFacts, reasonsFor, sentence } from './matching.reasons';
import type { Recommendation } from './matching.recommend';
import { type Signal, SIGNALS } from './matching.rules';
import { authority } from './matching.testkit';

const facts: ReasonFacts = {
  source: authority('TR-T1', 'TR', 100_000, 41.67, 26.56, 'TR-22'),
  candidate: authority('BG_1', 'BG', 290_000, 42.0, 26.0, 'BG341'),
  distanceKm: 70.4,
  turkishTies: 2,
  sharedPartners: 1,
  sharedThemes: ['culture'],
};

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
    for (const s of SIGNALS) {
      const tr = sentence(s, facts, 'tr');
      const en = sentence(s, facts, 'en');
      expect([s, tr && tr.length > 10, en && en.length > 10]).toEqual([s, true, true]);
      expect(tr).not.toEqual(en);
    }
  });

  it('gives the strongest reasons first and leaves out weak signals', () => {
    const values = Object.fromEntries(SIGNALS.map((s) => [s, 0])) as Record<Signal, number>;
    Object.assign(values, { distance: 0.8, partners_of_partners: 0.9, population: 0.1 });
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
});
