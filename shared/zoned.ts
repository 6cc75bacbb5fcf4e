/**
 * Wall time in any IANA time zone (events are entered and shown in the event's own zone, whatever the
 * reader's clock says). Offsets come from the time-zone database (Intl), like shared/istanbul.ts does
 * for Istanbul alone.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE = 60_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** True when the runtime knows the zone ('Europe/Istanbul', 'UTC'). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    formats.set(zone, f);
  }
  return f;
}

/** The zone's wall time of an instant (to the minute), held as UTC milliseconds of that wall time. */
function wallOf(ms: number, zone: string): number {
  const p = Object.fromEntries(format(zone).formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
}

/** An instant as 'YYYY-MM-DDTHH:mm' wall time in the zone ('' when unparsable). */
export function toZonedLocal(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(wallOf(Math.floor(ms / MINUTE) * MINUTE, zone)).toISOString().slice(0, 16);
}

/** A wall time 'YYYY-MM-DDTHH:mm' in the zone as a UTC instant (ISO, 'Z'), or null when invalid or skipped by a clock change. */
export function fromZonedLocal(local: string, zone: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m || !isTimeZone(zone)) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).toISOString().slice(0, 16) !== local.trim()) return null; // 31 April, 24:00
  const guess = wall - (wallOf(wall, zone) - wall);
  const ms = wall - (wallOf(guess, zone) - guess);
  if (wallOf(ms, zone) !== wall) return null;
  return new Date(ms).toISOString();
}
