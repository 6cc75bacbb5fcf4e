import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { Event, EventInput, EventQuery } from '../../../shared/events';
import { fromZonedLocal } from '../../../shared/zoned';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { badRequest, forbidden, refused } from '../../platform/errors';
import { canManage, canPublish } from './events.policy';
import { capacityRefusal } from './events.rules';
import { events, eventRegistrations } from './events.schema';
import { promoteWaiting } from './events.seats';
import { eventRow, refuse } from './events.rows';
import { accessOf, toEvents } from './events.view';

const DAY = 86_400_000;

/** The event's days as instants: `from`..`to` (UTC days, inclusive) or a month. */
function range(q: EventQuery): { from: Date | null; to: Date | null } {
  if (q.month) {
    const [y, m] = q.month.split('-').map(Number) as [number, number];
    return { from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m, 1)) };
  }
  return { from: q.from ? new Date(`${q.from}T00:00:00Z`) : null, to: q.to ? new Date(Date.parse(`${q.to}T00:00:00Z`) + DAY) : null };
}

/** Public events by date range, theme, kind and the place's country, in order of start. */
export async function listEvents(ctx: AppContext, user: SessionUser | null, q: EventQuery): Promise<{ items: Event[]; total: number }> {
  const where: SQL[] = [];
  if (!ctx.config.demo) where.push(eq(events.demo, false));
  const { from, to } = range(q);
  if (from) where.push(gte(events.endsAt, from));
  if (to) where.push(lt(events.startsAt, to));
  if (q.kind) where.push(eq(events.kind, q.kind));
  if (q.theme) where.push(sql`${events.themes} @> ${JSON.stringify([q.theme])}::jsonb`);
  let rows = await ctx.db.select().from(events).where(and(...where)).orderBy(asc(events.startsAt), asc(events.id));
  // The country is the directory's, not a column: few events, so it is filtered here.
  if (q.country) rows = rows.filter((r) => r.authorityCode !== null && ctx.directory.get(r.authorityCode)?.country === q.country);
  return { items: await toEvents(ctx, rows.slice(q.offset, q.offset + q.limit), user), total: rows.length };
}

export async function getEvent(ctx: AppContext, user: SessionUser | null, id: string, db: Db = ctx.db): Promise<Event> {
  const [e] = await toEvents({ ...ctx, db }, [await eventRow(ctx, db, id)], user);
  return e!;
}

/** The event's title as a notice names it (English first); a 404 where the event is not shown (unknown, or demo with demo mode off). */
export async function eventTitle(ctx: AppContext, id: string): Promise<string> {
  const row = await eventRow(ctx, ctx.db, id);
  return row.titleEn || row.titleTr;
}

/** The row's columns from the input; unknown authority codes are a 400 naming the field. */
function columnsOf(ctx: AppContext, input: EventInput) {
  const unknown: { path: string; message: string; code: string }[] = [];
  if (input.place.mode === 'in_person' && !ctx.directory.get(input.place.authorityCode)) unknown.push({ path: 'place.authorityCode', message: `no authority has the code ${input.place.authorityCode}`, code: 'authority_unknown' });
  if (input.organiserAuthorityCode && !ctx.directory.get(input.organiserAuthorityCode)) unknown.push({ path: 'organiserAuthorityCode', message: `no authority has the code ${input.organiserAuthorityCode}`, code: 'authority_unknown' });
  if (unknown.length) throw badRequest('Invalid body', unknown);
  // The contract checked these wall times exist in the zone.
  const startsAt = new Date(fromZonedLocal(input.startsAt, input.timeZone)!);
  return {
    kind: input.kind, titleTr: input.title.tr, titleEn: input.title.en, descriptionTr: input.description.tr, descriptionEn: input.description.en,
    themes: [...new Set(input.themes)], startsAt, endsAt: new Date(fromZonedLocal(input.endsAt, input.timeZone)!), timeZone: input.timeZone,
    registrationDeadline: input.registrationDeadline ? new Date(fromZonedLocal(input.registrationDeadline, input.timeZone)!) : startsAt,
    placeMode: input.place.mode,
    authorityCode: input.place.mode === 'in_person' ? input.place.authorityCode : null,
    address: input.place.mode === 'in_person' ? input.place.address : null,
    onlineLink: input.place.mode === 'online' ? input.place.link : null,
    capacity: input.capacity, language: input.language, hours: input.hours, materials: input.materials,
  };
}

/** An officer's event is their authority's unless they name it; staff's is the programme's unless they name one. */
function organiserOf(user: SessionUser, input: EventInput): string | null {
  return input.organiserAuthorityCode ?? (user.role === 'officer' ? user.authorityCode : null);
}

export async function createEvent(ctx: AppContext, user: SessionUser, input: EventInput): Promise<Event> {
  const organiser = organiserOf(user, input);
  if (!canPublish(user, organiser)) throw forbidden('Programme managers publish events; an officer only for their own authority');
  const values = columnsOf(ctx, input);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(events).values({ ...values, organiserId: user.id, organiserAuthority: organiser }).returning({ id: events.id });
    await audit(tx, { actorId: user.id, action: 'event.created', entityType: 'event', entityId: row!.id, after: input });
    return row!.id;
  });
  return getEvent(ctx, user, id);
}

/** Replace an event's details; the capacity keeps every seat given, and a raise moves waiting people up. */
export async function updateEvent(ctx: AppContext, user: SessionUser, id: string, input: EventInput): Promise<Event> {
  const values = columnsOf(ctx, input);
  await ctx.db.transaction(async (tx) => {
    const row = await eventRow(ctx, tx, id, true);
    if (!canManage(user, accessOf(row))) throw refuse(user, 'Only the organiser and programme managers change an event');
    const organiser = input.organiserAuthorityCode ?? row.organiserAuthority;
    if (!canPublish(user, organiser)) throw forbidden('An officer keeps the event with their own authority');
    const taken = await tx.select({ id: eventRegistrations.id }).from(eventRegistrations).where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.status, 'registered')));
    const refusal = capacityRefusal(input.capacity, taken.length);
    if (refusal) throw refused(refusal);
    await tx.update(events).set({ ...values, organiserAuthority: organiser, remindedAt: values.startsAt.getTime() === row.startsAt.getTime() ? row.remindedAt : null }).where(eq(events.id, id));
    await promoteWaiting(tx, ctx, { ...row, capacity: input.capacity });
    await audit(tx, { actorId: user.id, action: 'event.updated', entityType: 'event', entityId: id, after: input });
  });
  return getEvent(ctx, user, id);
}
