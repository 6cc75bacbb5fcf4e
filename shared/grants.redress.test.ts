import { describe, expect, it } from 'vitest';
import { REVIEW_REQUEST_DAYS, reviewRequestDeadline } from './grants.redress';

describe('reviewRequestDeadline', () => {
  it('counts 30 calendar days from the day of the decision in Istanbul', () => {
    expect(REVIEW_REQUEST_DAYS).toBe(30);
    expect(reviewRequestDeadline('2019-02-20T10:00:00+03:00')).toBe('2019-03-22');
    // 22:30 UTC is already the next day in Istanbul (UTC+3): the period runs from that day.
    expect(reviewRequestDeadline('2019-02-20T22:30:00Z')).toBe('2019-03-23');
    // Across a month end and a leap day.
    expect(reviewRequestDeadline('2020-02-15T09:00:00+03:00')).toBe('2020-03-16');
    expect(reviewRequestDeadline('not a date')).toBe('');
  });
});
