import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admission, attendanceRefusal, cancellationRefusal, capacityRefusal, feedbackFigures, feedbackRefusal, positionOf, promotions, registrationRefusal, timingAt, type Entry } from './events.rules';

const NOW = Date.parse('2026-06-01T10:00:00Z');

/** Apply register/cancel steps with the rules, as the service does under the event lock. */
function simulate(capacity: number, steps: readonly { user: number; cancel: boolean }[]) {
  const entries = new Map<string, Entry>();
  const promotedAfter: string[][] = [];
  steps.forEach((s, i) => {
    const userId = `u${s.user}`;
    const current = entries.get(userId)?.status ?? null;
    if (!s.cancel) {
      if (registrationRefusal(NOW, NOW + 1, current)) return;
      const taken = [...entries.values()].filter((e) => e.status === 'registered').length;
      const status = admission(capacity, taken);
      entries.set(userId, { userId, status, waitingSince: status === 'waiting' ? i : null });
    } else {
      if (cancellationRefusal(NOW, NOW + 1, current)) return;
      const before = [...entries.values()].map((e) => ({ ...e }));
      entries.set(userId, { userId, status: 'cancelled', waitingSince: null });
      const up = promotions(capacity, [...entries.values()]);
      for (const id of up) entries.set(id, { userId: id, status: 'registered', waitingSince: null });
      promotedAfter.push(up);
      // exactly the first waiting person moves up when a seat was given back and someone waited
      const waitingBefore = before.filter((e) => e.status === 'waiting' && e.userId !== userId).sort((a, b) => (a.waitingSince ?? 0) - (b.waitingSince ?? 0));
      const gaveSeat = current === 'registered';
      expect(up).toEqual(gaveSeat && waitingBefore.length ? [waitingBefore[0]!.userId] : []);
    }
  });
  return { entries: [...entries.values()], promotedAfter };
}

describe('seats and the waiting list', () => {
  it('gives seats until full, then the waiting list in order of arrival', () => {
    const { entries } = simulate(2, [0, 1, 2, 3].map((user) => ({ user, cancel: false })));
    expect(entries.map((e) => e.status)).toEqual(['registered', 'registered', 'waiting', 'waiting']);
    expect(positionOf(entries, 'u3')).toBe(2);
    expect(positionOf(entries, 'u0')).toBeNull();
  });

  it('moves exactly the first waiting person up when a seat is given back, none when a waiting person leaves', () => {
    const steps = [0, 1, 2, 3].map((user) => ({ user, cancel: false }));
    const { entries, promotedAfter } = simulate(2, [...steps, { user: 2, cancel: true }, { user: 0, cancel: true }]);
    expect(promotedAfter).toEqual([[], ['u3']]);
    expect(entries.find((e) => e.userId === 'u3')?.status).toBe('registered');
  });

  it('fills as many seats as a capacity raise frees, first come first', () => {
    const entries: Entry[] = [
      { userId: 'a', status: 'registered', waitingSince: null },
      { userId: 'c', status: 'waiting', waitingSince: 5 },
      { userId: 'b', status: 'waiting', waitingSince: 3 },
      { userId: 'd', status: 'waiting', waitingSince: 9 },
    ];
    expect(promotions(3, entries)).toEqual(['b', 'c']);
    expect(capacityRefusal(0, 1)?.code).toBe('event_capacity_below_registered');
    expect(capacityRefusal(1, 1)).toBeNull();
  });

  it('never exceeds the capacity and never leaves a seat free while someone waits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.record({ user: fc.integer({ min: 0, max: 8 }), cancel: fc.boolean() }), { maxLength: 60 }), (capacity, steps) => {
        const { entries } = simulate(capacity, steps);
        const taken = entries.filter((e) => e.status === 'registered').length;
        const waiting = entries.filter((e) => e.status === 'waiting').length;
        expect(taken).toBeLessThanOrEqual(capacity);
        if (waiting > 0) expect(taken).toBe(capacity);
      }),
    );
  });
});

describe('dates', () => {
  it('refuses registering and cancelling from the deadline on, and registering twice', () => {
    expect(registrationRefusal(NOW, NOW, null)?.code).toBe('event_registration_closed');
    expect(registrationRefusal(NOW, NOW + 1, 'waiting')?.code).toBe('event_already_registered');
    expect(registrationRefusal(NOW, NOW + 1, 'cancelled')).toBeNull();
    expect(cancellationRefusal(NOW, NOW, 'registered')?.code).toBe('event_cancel_after_deadline');
    expect(cancellationRefusal(NOW, NOW + 1, 'cancelled')?.code).toBe('event_not_registered');
  });

  it('says upcoming, ongoing, past; attendance from the start for seat holders; feedback after the end, once', () => {
    expect([timingAt(NOW - 1, NOW, NOW + 10), timingAt(NOW, NOW, NOW + 10), timingAt(NOW + 10, NOW, NOW + 10)]).toEqual(['upcoming', 'ongoing', 'past']);
    expect(attendanceRefusal(NOW - 1, NOW, ['registered'])?.code).toBe('event_not_started');
    expect(attendanceRefusal(NOW, NOW, ['registered', 'waiting'])?.code).toBe('event_attendance_not_registered');
    expect(attendanceRefusal(NOW, NOW, ['registered'])).toBeNull();
    expect(feedbackRefusal(NOW - 1, NOW, false)?.code).toBe('event_not_ended');
    expect(feedbackRefusal(NOW, NOW, true)?.code).toBe('event_feedback_given');
  });

  it('averages feedback with its distribution', () => {
    expect(feedbackFigures([5, 4, 4, 1])).toEqual({ count: 4, average: 3.5, distribution: [1, 0, 0, 2, 1] });
    expect(feedbackFigures([])).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
  });
});
