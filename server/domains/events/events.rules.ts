import type { Refusal } from '../../../shared/errors';

/*
 * Seats and the waiting list, as pure rules. The service applies them with the event row locked, so
 * two people taking the last seat at once are decided one after the other.
 * Invariant: seats taken ≤ capacity, and nobody waits while a seat is free.
 */

export type Timing = 'upcoming' | 'ongoing' | 'past';

/** One person's standing; `waitingSince` orders the waiting list (earliest first). */
export interface Entry {
  userId: string;
  status: 'registered' | 'waiting' | 'cancelled';
  waitingSince: number | null;
}

export function seatsLeft(capacity: number, registered: number): number {
  return Math.max(0, capacity - registered);
}

/** A seat while one is free, else the waiting list. */
export function admission(capacity: number, registered: number): 'registered' | 'waiting' {
  return registered < capacity ? 'registered' : 'waiting';
}

/** The waiting list in its order (earliest first; ties by user id so the order is total). */
export function waitingList(entries: readonly Entry[]): Entry[] {
  return entries
    .filter((e) => e.status === 'waiting')
    .sort((a, b) => (a.waitingSince ?? 0) - (b.waitingSince ?? 0) || a.userId.localeCompare(b.userId));
}

/** 1-based place on the waiting list, or null when not waiting. */
export function positionOf(entries: readonly Entry[], userId: string): number | null {
  const at = waitingList(entries).findIndex((e) => e.userId === userId);
  return at < 0 ? null : at + 1;
}

/**
 * Who moves up: the first waiting people, as many as there are free seats (after a cancellation of a
 * seat, exactly the first one; after a capacity raise, as many as it frees).
 */
export function promotions(capacity: number, entries: readonly Entry[]): string[] {
  const taken = entries.filter((e) => e.status === 'registered').length;
  return waitingList(entries).slice(0, seatsLeft(capacity, taken)).map((e) => e.userId);
}

/** Registering: until the deadline, once (a cancelled person may register again). */
export function registrationRefusal(now: number, deadline: number, current: Entry['status'] | null): Refusal | null {
  if (now >= deadline) return { code: 'event_registration_closed', message: `Registration closed at ${new Date(deadline).toISOString()}`, params: { at: new Date(deadline).toISOString() } };
  if (current === 'registered' || current === 'waiting') return { code: 'event_already_registered', message: 'You are already registered or on the waiting list' };
  return null;
}

/** Cancelling: one's own seat or place on the list, until the deadline. */
export function cancellationRefusal(now: number, deadline: number, current: Entry['status'] | null): Refusal | null {
  if (current !== 'registered' && current !== 'waiting') return { code: 'event_not_registered', message: 'You are not registered for this event' };
  if (now >= deadline) return { code: 'event_cancel_after_deadline', message: `Registrations can be cancelled until ${new Date(deadline).toISOString()}`, params: { at: new Date(deadline).toISOString() } };
  return null;
}

/** A new capacity must keep every seat already given. */
export function capacityRefusal(capacity: number, registered: number): Refusal | null {
  return capacity < registered ? { code: 'event_capacity_below_registered', message: `${registered} people already have a seat`, params: { registered } } : null;
}

export function timingAt(now: number, startsAt: number, endsAt: number): Timing {
  if (now < startsAt) return 'upcoming';
  return now < endsAt ? 'ongoing' : 'past';
}

/** Attendance is marked once the event has started, for people with a seat. */
export function attendanceRefusal(now: number, startsAt: number, statuses: readonly (Entry['status'] | null)[]): Refusal | null {
  if (now < startsAt) return { code: 'event_not_started', message: `The event starts at ${new Date(startsAt).toISOString()}`, params: { at: new Date(startsAt).toISOString() } };
  if (statuses.some((s) => s !== 'registered')) return { code: 'event_attendance_not_registered', message: 'Only people with a seat can be marked as attended' };
  return null;
}

/** Feedback: after the end, by an attendee, once (not being an attendee is a 403, decided by the caller). */
export function feedbackRefusal(now: number, endsAt: number, given: boolean): Refusal | null {
  if (now < endsAt) return { code: 'event_not_ended', message: `The event ends at ${new Date(endsAt).toISOString()}`, params: { at: new Date(endsAt).toISOString() } };
  if (given) return { code: 'event_feedback_given', message: 'You have already given feedback on this event' };
  return null;
}

/** Averages for the organiser: count, mean (2 decimals) and how many gave each rating 1–5. */
export function feedbackFigures(ratings: readonly number[]): { count: number; average: number | null; distribution: number[] } {
  const distribution = [0, 0, 0, 0, 0];
  for (const r of ratings) distribution[r - 1] = (distribution[r - 1] ?? 0) + 1;
  const average = ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null;
  return { count: ratings.length, average, distribution };
}
