import { and, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '../../../shared/accounts';
import { EVENT_KINDS, type Event, type MyRegistration } from '../../../shared/events';
import { LANGUAGES, THEMES } from '../../../shared/themes';
import { toZonedLocal } from '../../../shared/zoned';
import type { AppContext } from '../../platform/context';
import { parseJsonb } from '../../platform/jsonb';
import { canManage, type EventAccess } from './events.policy';
import { positionOf, seatsLeft, timingAt, type Entry } from './events.rules';
import { eventFeedback, eventRegistrations, events } from './events.schema';

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;

/** The programme itself organises events without an authority; its name is the platform's. */
export const PROGRAMME_ORGANISER = 'TwinBridge';

const themes = z.array(z.enum(THEMES));
const materials = z.array(z.object({ title: z.string(), url: z.string() }));

export function accessOf(row: EventRow): EventAccess {
  return { organiserId: row.organiserId, organiserAuthority: row.organiserAuthority };
}

/** The organising authority's name from the directory, or the programme's. */
export function organiserName(ctx: AppContext, row: Pick<EventRow, 'organiserAuthority'>): string {
  return row.organiserAuthority ? (ctx.directory.get(row.organiserAuthority)?.name ?? row.organiserAuthority) : PROGRAMME_ORGANISER;
}

export function entryOf(r: RegistrationRow): Entry {
  return { userId: r.userId, status: r.status as Entry['status'], waitingSince: r.waitingSince?.getTime() ?? null };
}

const NONE: MyRegistration = { status: 'none', position: null, attended: false, feedbackGiven: false, certificate: false };

/**
 * Events as the API shows them, in one query per table for the whole batch. Participants are counts;
 * the online link goes only to people with a seat and those who manage the event.
 */
export async function toEvents(ctx: AppContext, rows: readonly EventRow[], reader: SessionUser | null, now = new Date()): Promise<Event[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [counts, waiting, mine, given] = await Promise.all([
    ctx.db.select({ id: eventRegistrations.eventId, status: eventRegistrations.status, n: count() }).from(eventRegistrations).where(inArray(eventRegistrations.eventId, ids)).groupBy(eventRegistrations.eventId, eventRegistrations.status),
    reader ? ctx.db.select().from(eventRegistrations).where(and(inArray(eventRegistrations.eventId, ids), eq(eventRegistrations.status, 'waiting'))) : Promise.resolve([]),
    reader ? ctx.db.select().from(eventRegistrations).where(and(inArray(eventRegistrations.eventId, ids), eq(eventRegistrations.userId, reader.id))) : Promise.resolve([]),
    reader ? ctx.db.select({ id: eventFeedback.eventId }).from(eventFeedback).where(and(inArray(eventFeedback.eventId, ids), eq(eventFeedback.userId, reader.id))) : Promise.resolve([]),
  ]);
  const countOf = (id: string, status: string) => counts.find((c) => c.id === id && c.status === status)?.n ?? 0;
  const feedbackOn = new Set(given.map((g) => g.id));
  return rows.map((r) => {
    const own = mine.find((m) => m.eventId === r.id);
    const manages = canManage(reader, accessOf(r));
    const registered = countOf(r.id, 'registered');
    const me: MyRegistration = own
      ? {
          status: own.status as MyRegistration['status'],
          position: own.status === 'waiting' ? positionOf(waiting.filter((w) => w.eventId === r.id).map(entryOf), own.userId) : null,
          attended: own.attended,
          feedbackGiven: feedbackOn.has(r.id),
          certificate: own.attended && own.status === 'registered',
        }
      : NONE;
    const authority = r.authorityCode ? ctx.directory.get(r.authorityCode) : undefined;
    return {
      id: r.id,
      kind: z.enum(EVENT_KINDS).parse(r.kind),
      title: { tr: r.titleTr, en: r.titleEn },
      description: { tr: r.descriptionTr, en: r.descriptionEn },
      themes: parseJsonb(themes, r.themes, `event ${r.id} themes`),
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      startsLocal: toZonedLocal(r.startsAt.toISOString(), r.timeZone),
      endsLocal: toZonedLocal(r.endsAt.toISOString(), r.timeZone),
      timeZone: r.timeZone,
      registrationDeadline: r.registrationDeadline.toISOString(),
      timing: timingAt(now.getTime(), r.startsAt.getTime(), r.endsAt.getTime()),
      registrationOpen: now < r.registrationDeadline,
      place: r.placeMode === 'in_person'
        ? { mode: 'in_person' as const, authorityCode: r.authorityCode ?? '', authorityName: authority?.name ?? r.authorityCode ?? '', country: authority?.country ?? '', address: r.address ?? '', lat: authority?.lat ?? null, lon: authority?.lon ?? null }
        : { mode: 'online' as const },
      onlineLink: r.placeMode === 'online' && (manages || me.status === 'registered') ? r.onlineLink : null,
      capacity: r.capacity,
      registered,
      waiting: countOf(r.id, 'waiting'),
      seatsLeft: seatsLeft(r.capacity, registered),
      language: z.enum(LANGUAGES).parse(r.language),
      hours: r.hours,
      organiser: { name: organiserName(ctx, r), authorityCode: r.organiserAuthority },
      materials: parseJsonb(materials, r.materials, `event ${r.id} materials`),
      demo: r.demo,
      canManage: manages,
      me,
    };
  });
}
