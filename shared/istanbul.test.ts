import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysLeft, formatDay, formatIstanbul, fromIstanbulLocal, toIstanbulLocal } from './istanbul';

describe('Istanbul time for call dates', () => {
  it('shows an instant as Istanbul wall time whatever its offset', () => {
    expect(toIstanbulLocal('2019-01-15T17:00:00+03:00')).toBe('2019-01-15T17:00');
    expect(toIstanbulLocal('2019-01-15T14:00:00.000Z')).toBe('2019-01-15T17:00');
    expect(toIstanbulLocal('2027-01-18T14:00:00.000Z')).toBe('2027-01-18T17:00');
    expect(toIstanbulLocal('not a date')).toBe('');
  });

  it('reads Istanbul wall time as an instant with its offset', () => {
    expect(fromIstanbulLocal('2019-01-15T17:00')).toBe('2019-01-15T17:00:00+03:00');
    // Before 2016 Turkey kept winter time (UTC+2) and summer time (UTC+3).
    expect(fromIstanbulLocal('2015-01-15T17:00')).toBe('2015-01-15T17:00:00+02:00');
    expect(fromIstanbulLocal('2015-07-15T17:00')).toBe('2015-07-15T17:00:00+03:00');
  });

  it('refuses impossible dates and malformed text', () => {
    for (const text of ['', '2019-02-30T10:00', '2019-01-15T24:00', '2019-01-15T17:60', '2019-01-15 17:00', '2019-01-15']) expect(fromIstanbulLocal(text), text).toBeNull();
  });

  it('refuses a wall time the clocks skipped (29 March 2015, 03:00 → 04:00)', () => {
    expect(fromIstanbulLocal('2015-03-29T03:30')).toBeNull();
    expect(toIstanbulLocal('2015-07-10T10:00:00Z')).toBe('2015-07-10T13:00');
  });

  it('round-trips every minute since 2017', () => {
    const minutes = fc.integer({ min: Date.UTC(2017, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 });
    fc.assert(fc.property(minutes, (m) => {
      const iso = new Date(m * 60_000).toISOString();
      const back = fromIstanbulLocal(toIstanbulLocal(iso));
      expect(back && Date.parse(back)).toBe(m * 60_000);
    }));
  });

  it('formats a deadline in Istanbul time in English and Turkish', () => {
    expect(formatIstanbul('2019-01-15T14:00:00Z', 'en-GB')).toBe('15 January 2019, 17:00');
    expect(formatIstanbul('2019-01-15T17:00:00+03:00', 'tr-TR')).toBe('15 Ocak 2019, 17:00');
    expect(formatDay('2019-04-01', 'en-GB')).toBe('1 April 2019');
  });

  it('counts days left, rounding up, and none once passed', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    expect(daysLeft('2026-01-11T12:00:00Z', now)).toBe(10);
    expect(daysLeft('2026-01-01T13:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-01-01T11:00:00Z', now)).toBe(0);
  });
});
