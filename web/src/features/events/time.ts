import { toZonedLocal } from '../../../../shared/zoned';

/** The reader's own time zone, as the browser knows it. */
export function readerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** From–to in a time zone, with the zone's short name ('3 Mar 2027, 10:00 – 16:00 GMT+3'). */
export function rangeIn(startsAt: string, endsAt: string, zone: string, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' });
  return f.formatRange(new Date(startsAt), new Date(endsAt));
}

/** True when both zones show the same wall times for the event (then the reader's line is left out). */
export function sameWallTimes(startsAt: string, endsAt: string, a: string, b: string): boolean {
  return toZonedLocal(startsAt, a) === toZonedLocal(startsAt, b) && toZonedLocal(endsAt, a) === toZonedLocal(endsAt, b);
}

/** One instant in a time zone, with the zone's short name ('1 Mar 2027, 10:00 GMT+3'). */
export function instantIn(iso: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' }).format(new Date(iso));
}
