/*
 * The month calendar's arithmetic, pure: months as 'YYYY-MM', days as 'YYYY-MM-DD'. An event sits on
 * the days it spans in its own time zone (the dates its organiser announced), whatever the reader's clock.
 */

/** One week of the grid, Monday first; null for the days of the neighbouring months. */
export type Week = (string | null)[];

const pad = (n: number) => String(n).padStart(2, '0');

/** The month of a day ('2026-12-06' → '2026-12'). */
export const monthOf = (day: string): string => day.slice(0, 7);

/** This month, by the reader's clock. */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;
}

/** The month `delta` months away ('2026-12', 1 → '2027-01'). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The weeks of a month, Monday to Sunday, padded with null before the 1st and after the last day. */
export function monthGrid(month: string): Week[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`)];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Every day from `first` to `last` inclusive (both 'YYYY-MM-DD'). */
function daysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end && out.length < 400; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** Events by the days of `month` they span in their own zone; each day's events keep the given order. */
export function eventsByDay<E extends { startsLocal: string; endsLocal: string }>(events: readonly E[], month: string): Map<string, E[]> {
  const out = new Map<string, E[]>();
  for (const e of events) {
    // An event ending at midnight does not take up the next day.
    const endDay = e.endsLocal.endsWith('T00:00') && e.endsLocal.slice(0, 10) > e.startsLocal.slice(0, 10)
      ? new Date(Date.parse(`${e.endsLocal.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
      : e.endsLocal.slice(0, 10);
    for (const day of daysBetween(e.startsLocal.slice(0, 10), endDay)) {
      if (monthOf(day) !== month) continue;
      const list = out.get(day) ?? [];
      list.push(e);
      out.set(day, list);
    }
  }
  return out;
}

/** The weekday names Monday to Sunday in a locale, long and short. */
export function weekdayNames(locale: string): { long: string; short: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.UTC(2024, 0, 1 + i));
    return {
      long: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(d),
      short: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(d),
    };
  });
}

/** A month's name with its year ('December 2026', 'Aralık 2026'). */
export function monthLabel(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T12:00:00Z`));
}

/** A day in words ('Sunday 6 December 2026'). */
export function dayLabel(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
