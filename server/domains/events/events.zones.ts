import { toZonedLocal } from '../../../shared/zoned';

/*
 * iCalendar time zones. ical-generator writes a TZID but knows no zone rules itself (it would read a
 * Date with the process's own clock), so an event's times are given as wall times in its zone and the
 * VTIMEZONE blocks come from the runtime's time-zone database (Intl) here.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** The zone's offset from UTC at an instant, in minutes. */
export function offsetAt(ms: number, zone: string): number {
  const at = Math.floor(ms / MINUTE) * MINUTE;
  return (Date.parse(`${toZonedLocal(new Date(at).toISOString(), zone)}:00Z`) - at) / MINUTE;
}

const icsOffset = (min: number) => `${min < 0 ? '-' : '+'}${pad(Math.trunc(min / 60))}${pad(min % 60)}`;
const icsLocal = (ms: number, offset: number) => new Date(ms + offset * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '');

/** Instants (to the minute) where the zone's offset changes between two instants: a daily scan, then halving. */
export function transitions(zone: string, fromMs: number, toMs: number): { at: number; from: number; to: number }[] {
  const out: { at: number; from: number; to: number }[] = [];
  let prev = offsetAt(fromMs, zone);
  for (let day = fromMs + DAY; day <= toMs + DAY; day += DAY) {
    const now = offsetAt(day, zone);
    if (now === prev) continue;
    let lo = day - DAY;
    let hi = day;
    while (hi - lo > MINUTE) {
      const mid = Math.floor((lo + hi) / 2 / MINUTE) * MINUTE;
      if (offsetAt(mid, zone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: now });
    prev = now;
  }
  return out;
}

/** A VTIMEZONE for the zone covering the years of the given instants (RFC 5545 3.6.5, one observance per change). */
export function vtimezone(zone: string, instants: readonly number[]): string {
  const years = instants.map((ms) => new Date(ms).getUTCFullYear());
  const from = Date.UTC(Math.min(...years), 0, 1);
  const to = Date.UTC(Math.max(...years) + 1, 0, 1);
  const first = offsetAt(from, zone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, 'BEGIN:STANDARD', `DTSTART:${icsLocal(from, first)}`, `TZOFFSETFROM:${icsOffset(first)}`, `TZOFFSETTO:${icsOffset(first)}`, 'END:STANDARD'];
  for (const t of transitions(zone, from, to)) {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${icsLocal(t.at, t.from)}`, `TZOFFSETFROM:${icsOffset(t.from)}`, `TZOFFSETTO:${icsOffset(t.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return `${lines.join('\r\n')}\r\n`;
}

/** A wall time in a zone shaped as the Temporal ZonedDateTime ical-generator accepts, so it writes DTSTART;TZID=zone:wall time. */
export function zonedStub(ms: number, zone: string) {
  const local = toZonedLocal(new Date(ms).toISOString(), zone);
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const text = `${local}:00[${zone}]`;
  const instant = { epochMilliseconds: ms, toJSON: () => new Date(ms).toISOString(), toString: () => new Date(ms).toISOString(), toZonedDateTimeISO: () => zoned };
  const plainDate = { year: y, month: mo, day: d, toJSON: () => local.slice(0, 10), toString: () => local.slice(0, 10) };
  const plain = { year: y, month: mo, day: d, hour: h, minute: mi, second: 0, toJSON: () => `${local}:00`, toString: () => `${local}:00`, toPlainDate: () => plainDate, toZonedDateTime: () => zoned };
  const zoned = {
    timeZoneId: zone, year: y, month: mo, day: d, hour: h, minute: mi, second: 0,
    toInstant: () => instant, toPlainDateTime: () => plain, withTimeZone: () => zoned, toJSON: () => text, toString: () => text,
  };
  return zoned;
}
