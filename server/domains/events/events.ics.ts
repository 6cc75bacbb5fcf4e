import ical, { ICalEventStatus } from 'ical-generator';
import type { AppContext } from '../../platform/context';
import { organiserName, type EventRow } from './events.view';
import { vtimezone, zonedStub } from './events.zones';

const pick = (tr: string, en: string, lang: 'tr' | 'en') => (lang === 'tr' ? tr || en : en || tr);

/**
 * An iCalendar file of events, each in its own time zone with a VTIMEZONE for it. Online links are
 * never in it (the file is public); the event page has them for registered participants.
 */
export function calendarOf(ctx: AppContext, rows: readonly EventRow[], lang: 'tr' | 'en', name: string): string {
  const instants = rows.flatMap((r) => [r.startsAt.getTime(), r.endsAt.getTime()]);
  const cal = ical({
    name,
    prodId: { company: 'TwinBridge', product: 'Events', language: lang.toUpperCase() },
    timezone: { name: rows[0]?.timeZone ?? 'Europe/Istanbul', generator: (zone) => (instants.length ? vtimezone(zone, instants) : null) },
  });
  for (const r of rows) {
    const place = r.placeMode === 'in_person' && r.authorityCode ? ctx.directory.get(r.authorityCode) : undefined;
    const url = `${ctx.config.publicUrl}/events/${r.id}`;
    cal.createEvent({
      id: `event-${r.id}@twinbridge`,
      start: zonedStub(r.startsAt.getTime(), r.timeZone),
      end: zonedStub(r.endsAt.getTime(), r.timeZone),
      timezone: r.timeZone,
      stamp: r.updatedAt,
      lastModified: r.updatedAt,
      summary: pick(r.titleTr, r.titleEn, lang),
      description: `${pick(r.descriptionTr, r.descriptionEn, lang)}\n\n${url}`,
      url,
      status: ICalEventStatus.CONFIRMED,
      location: r.placeMode === 'in_person'
        ? { title: [r.address, place?.name].filter(Boolean).join(', '), ...(place?.lat != null && place.lon != null ? { geo: { lat: place.lat, lon: place.lon } } : {}) }
        : lang === 'tr' ? 'Çevrimiçi' : 'Online',
      categories: [{ name: r.kind }],
      x: [{ key: 'X-TWINBRIDGE-ORGANISER', value: organiserName(ctx, r) }],
    });
  }
  return cal.toString();
}
