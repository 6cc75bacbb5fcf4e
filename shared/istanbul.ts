/**
 * Call instants (deadlines, openings) are shown and entered as Europe/Istanbul wall time with the
 * zone named, whatever the visitor's own clock says. Offsets come from the time-zone database
 * (Intl), so older instants with a different offset stay right. The one conversion for the web and
 * the server (and the browser tests).
 */

export const ISTANBUL = 'Europe/Istanbul';
const WALL = new Intl.DateTimeFormat('en-US', {
  timeZone: ISTANBUL, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Istanbul wall time of an instant (to the minute), held as UTC milliseconds of that wall time. */
function wallOf(ms: number): number {
  const p = Object.fromEntries(WALL.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as 'YYYY-MM-DDTHH:mm' Istanbul time for a datetime-local input ('' when unparsable). */
export function toIstanbulLocal(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(wallOf(Math.floor(ms / MINUTE) * MINUTE)).toISOString().slice(0, 16);
}

/** An Istanbul wall time 'YYYY-MM-DDTHH:mm' as an ISO instant with its offset, or null when invalid. */
export function fromIstanbulLocal(local: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Date.UTC rolls 31 April or 24:00 over: such input is refused, not reinterpreted.
  if (new Date(wall).toISOString().slice(0, 16) !== local.trim()) return null;
  // Two passes settle the offset next to a historical clock change.
  const guess = wall - (wallOf(wall) - wall);
  const ms = wall - (wallOf(guess) - guess);
  if (wallOf(ms) !== wall) return null; // a wall time skipped by a clock change
  const offset = (wall - ms) / MINUTE;
  const abs = Math.abs(offset);
  return `${local.trim()}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as Istanbul date and time in the locale ('15 January 2019, 17:00'); the caller names the zone. */
export function formatIstanbul(iso: string, locale: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const date = new Intl.DateTimeFormat(locale, { timeZone: ISTANBUL, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat(locale, { timeZone: ISTANBUL, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${date}, ${time}`;
}

/** A calendar date ('2019-04-01') in the locale, without any time-zone shift. */
export function formatDay(ymd: string, locale: string): string {
  const ms = Date.parse(`${ymd}T00:00:00Z`);
  return Number.isNaN(ms) ? ymd : new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(ms);
}

/** Whole days left until an instant, rounded up (a deadline later today is "1 day"); 0 once passed. */
export function daysLeft(iso: string, now: Date): number {
  const ms = Date.parse(iso) - now.getTime();
  return Number.isNaN(ms) || ms <= 0 ? 0 : Math.ceil(ms / DAY);
}
