import { describe, expect, it } from 'vitest';
import { barGeometry, monthTicks, outOfRange, timelineMonths } from './timeline';

describe('timeline', () => {
  it('spans the duration, or further when an activity runs past it', () => {
    expect(timelineMonths(18, [{ startMonth: 1, endMonth: 3 }])).toBe(18);
    expect(timelineMonths(12, [{ startMonth: 10, endMonth: 15 }])).toBe(15);
    expect(timelineMonths(null, [])).toBe(1);
  });

  it('places a bar from the start of its first month to the end of its last', () => {
    expect(barGeometry({ startMonth: 1, endMonth: 3 }, 12)).toEqual({ leftPct: 0, widthPct: 25 });
    expect(barGeometry({ startMonth: 7, endMonth: 12 }, 12)).toEqual({ leftPct: 50, widthPct: 50 });
    // An end before the start still shows its start month.
    expect(barGeometry({ startMonth: 4, endMonth: 2 }, 8)).toEqual({ leftPct: 37.5, widthPct: 12.5 });
  });

  it('labels months sparsely on long timelines', () => {
    expect(monthTicks(4)).toEqual([1, 2, 3, 4]);
    expect(monthTicks(18)).toEqual([1, 3, 6, 9, 12, 15, 18]);
    expect(monthTicks(60)).toEqual([1, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60]);
  });

  it('flags activities that end before they start or run past the duration', () => {
    expect(outOfRange({ startMonth: 3, endMonth: 2 }, 12)).toBe(true);
    expect(outOfRange({ startMonth: 3, endMonth: 13 }, 12)).toBe(true);
    expect(outOfRange({ startMonth: 3, endMonth: 12 }, 12)).toBe(false);
    expect(outOfRange({ startMonth: 3, endMonth: 40 }, null)).toBe(false);
  });
});
