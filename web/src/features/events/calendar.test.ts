import { describe, expect, it } from 'vitest';
import { eventsByDay, monthGrid, shiftMonth, weekdayNames } from './calendar';
import { rangeIn, sameWallTimes } from './time';

describe('the month grid', () => {
  it('starts weeks on Monday and pads the neighbouring months with empty cells', () => {
    // December 2026 begins on a Tuesday and ends on a Thursday.
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weeks[4]).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it('names weekdays Monday first in each language', () => {
    expect(weekdayNames('en-GB')[0]!.long).toBe('Monday');
    expect(weekdayNames('tr-TR')[6]!.long).toBe('Pazar');
  });

  it('moves across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });
});

describe('events by day', () => {
  it('puts an event on every day it spans in its own zone, inside the month only', () => {
    const a = { id: 'a', startsLocal: '2026-11-30T09:00', endsLocal: '2026-12-02T17:00' };
    const b = { id: 'b', startsLocal: '2026-12-02T10:00', endsLocal: '2026-12-03T00:00' };
    const days = eventsByDay([a, b], '2026-12');
    expect([...days.keys()].sort()).toEqual(['2026-12-01', '2026-12-02']);
    expect(days.get('2026-12-02')!.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('event times', () => {
  it("writes the range in the event's zone and tells when the reader's differs", () => {
    const starts = '2027-03-03T07:00:00.000Z';
    const ends = '2027-03-03T13:00:00.000Z';
    expect(rangeIn(starts, ends, 'Europe/Istanbul', 'en-GB')).toMatch(/10:00.*16:00/);
    expect(sameWallTimes(starts, ends, 'Europe/Istanbul', 'Europe/Berlin')).toBe(false);
    expect(sameWallTimes(starts, ends, 'Europe/Istanbul', 'Asia/Baghdad')).toBe(true);
  });
});
