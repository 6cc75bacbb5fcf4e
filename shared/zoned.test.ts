import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromZonedLocal, isTimeZone, toZonedLocal } from './zoned';

describe('wall times in any zone', () => {
  it('converts both ways across summer time, and refuses skipped, impossible and unknown', () => {
    expect(fromZonedLocal('2031-07-01T09:30', 'Europe/Berlin')).toBe('2031-07-01T07:30:00.000Z');
    expect(fromZonedLocal('2031-01-15T09:30', 'Europe/Berlin')).toBe('2031-01-15T08:30:00.000Z');
    expect(fromZonedLocal('2031-01-15T10:00', 'Europe/Istanbul')).toBe('2031-01-15T07:00:00.000Z');
    expect(toZonedLocal('2031-07-01T07:30:00.000Z', 'Europe/Berlin')).toBe('2031-07-01T09:30');
    expect(fromZonedLocal('2031-03-30T02:30', 'Europe/Berlin')).toBeNull(); // skipped by the clock change
    expect(fromZonedLocal('2031-04-31T10:00', 'Europe/Berlin')).toBeNull();
    expect(fromZonedLocal('2031-04-01T10:00', 'Mars/Olympus')).toBeNull();
    expect([isTimeZone('America/New_York'), isTimeZone('Mars/Olympus'), isTimeZone('')]).toEqual([true, false, false]);
  });

  it('gives back the wall time it was given, whenever that wall time exists (property)', () => {
    const zones = ['Europe/Istanbul', 'Europe/Berlin', 'Europe/Lisbon', 'America/New_York', 'Asia/Kolkata'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const local = toZonedLocal(new Date(ms).toISOString(), zone);
        const back = fromZonedLocal(local, zone);
        // an ambiguous hour (clocks going back) may map to either instant; the wall time must survive
        expect(back && toZonedLocal(back, zone)).toBe(local);
      }),
    );
  });
});
