import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToInput, formatCents, parseEuros, share } from './money';
import { bpToInput, formatPercent, parsePercent } from './percent';

describe('euro amounts', () => {
  it('reads amounts as typed in English and Turkish, exactly to the cent', () => {
    expect(parseEuros('60,000', 'en-GB')).toBe(6_000_000);
    expect(parseEuros('60000.5', 'en-GB')).toBe(6_000_050);
    expect(parseEuros('€ 2,600,000.00', 'en-GB')).toBe(260_000_000);
    expect(parseEuros('60.000', 'tr-TR')).toBe(6_000_000);
    expect(parseEuros('130.000,29', 'tr-TR')).toBe(13_000_029);
    expect(parseEuros('0,29', 'tr-TR')).toBe(29);
    expect(parseEuros('0.29', 'en-GB')).toBe(29); // 0.29 * 100 is 28.999… as a float
    expect(parseEuros(' 1 234,5 ', 'tr-TR')).toBe(123_450);
  });

  it('refuses what it cannot read without guessing', () => {
    for (const [text, locale] of [['', 'en-GB'], ['-5', 'en-GB'], ['60.000', 'en-GB'], ['60,5', 'en-GB'], ['1.5', 'tr-TR'], ['12,345', 'tr-TR'],
      ['1,00,000', 'en-GB'], ['abc', 'en-GB'], ['1e5', 'en-GB'], ['60000.123', 'en-GB'], ['99999999999999', 'en-GB']] as const)
      expect(parseEuros(text, locale), `${text} (${locale})`).toBeNull();
  });

  it('writes input text that reads back to the same cents in both languages', () => {
    expect(centsToInput(260_000_000, 'en-GB')).toBe('2,600,000');
    expect(centsToInput(13_000_029, 'tr-TR')).toBe('130.000,29');
    expect(centsToInput(5, 'en-GB')).toBe('0.05');
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), fc.constantFrom('en-GB', 'tr-TR'), (cents, locale) => {
      expect(parseEuros(centsToInput(cents, locale), locale)).toBe(cents);
    }));
  });

  it('formats cents as euros, with cents only when there are any', () => {
    expect(formatCents(260_000_000, 'en-GB')).toBe('€2,600,000');
    expect(formatCents(249_837_997, 'en-GB')).toBe('€2,498,379.97');
    expect(formatCents(6_000_000, 'tr-TR')).toBe('€60.000');
  });

  it('gives a bounded share for bars', () => {
    expect(share(50, 200)).toBe(25);
    expect(share(5, 0)).toBe(0);
    expect(share(300, 200)).toBe(100);
  });
});

describe('percentages (basis points)', () => {
  it('reads percentages with either decimal mark', () => {
    expect(parsePercent('10')).toBe(1000);
    expect(parsePercent('7,5')).toBe(750);
    expect(parsePercent('7.25 %')).toBe(725);
    expect(parsePercent('%7')).toBe(700);
    expect(parsePercent('100')).toBe(10_000);
    expect(parsePercent('0')).toBe(0);
  });

  it('refuses more than two decimals, more than 100 % and non-numbers', () => {
    for (const text of ['', '7.125', '100.01', '101', '-1', 'ten']) expect(parsePercent(text), text).toBeNull();
  });

  it('writes input text that reads back, and displays in the locale style', () => {
    expect(bpToInput(750, 'tr-TR')).toBe('7,5');
    expect(bpToInput(725, 'en-GB')).toBe('7.25');
    expect(bpToInput(1000, 'en-GB')).toBe('10');
    for (let bp = 0; bp <= 10_000; bp += 7) expect(parsePercent(bpToInput(bp, 'tr-TR'))).toBe(bp);
    expect(formatPercent(700, 'en-GB')).toBe('7%');
    expect(formatPercent(750, 'tr-TR')).toBe('%7,5');
  });
});
