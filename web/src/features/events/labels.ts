import type { SessionUser } from '../../../../shared/accounts';
import type { Event } from '../../../../shared/events';

/** Who may publish an event: programme staff, and officers for their own authority (the server checks it). */
export function mayCreateEvent(user: SessionUser | null): boolean {
  return user?.role === 'programme_manager' || user?.role === 'admin' || user?.role === 'officer';
}

/** The i18n key and figures of an event's seats: seats left, or full with how many wait. */
export function seatsLine(e: Pick<Event, 'seatsLeft' | 'capacity' | 'waiting'>): { key: string; count: number; waiting: number; capacity: number } {
  if (e.seatsLeft > 0) return { key: 'events.seats.left', count: e.seatsLeft, waiting: e.waiting, capacity: e.capacity };
  return { key: e.waiting > 0 ? 'events.seats.fullWaiting' : 'events.seats.full', count: e.waiting, waiting: e.waiting, capacity: e.capacity };
}

/** Today as 'YYYY-MM-DD' (UTC, as the API's day filters). */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);
