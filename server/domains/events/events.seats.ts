import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { AttendanceInput, Participant, RegistrationResult } from '../../../shared/events';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { refused } from '../../platform/errors';
import { userCards } from '../accounts/accounts.users';
import { notifyPeople } from '../matching/matching.notify';
import { canManage } from './events.policy';
import { admission, attendanceRefusal, cancellationRefusal, positionOf, promotions, registrationRefusal, seatsLeft } from './events.rules';
import { eventRegistrations } from './events.schema';
import { eventRow, refuse } from './events.rows';
import { accessOf, entryOf, type EventRow } from './events.view';

/*
 * Seats change only inside a transaction that holds the event row locked (SELECT … FOR UPDATE): two
 * people asking for the last seat at once are served one after the other, so one gets it and the
 * other waits, and a cancellation's promotion cannot race a new registration.
 */

async function entries(db: Db, eventId: string) {
  return (await db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, eventId), ne(eventRegistrations.status, 'cancelled')))).map(entryOf);
}

/** Give free seats to the first waiting people and tell each of them; the caller holds the event lock. */
export async function promoteWaiting(tx: Db, ctx: AppContext, row: EventRow): Promise<string[]> {
  const up = promotions(row.capacity, await entries(tx, row.id));
  if (!up.length) return up;
  await tx.update(eventRegistrations).set({ status: 'registered', waitingSince: null }).where(and(eq(eventRegistrations.eventId, row.id), inArray(eventRegistrations.userId, up)));
  await notifyPeople(tx, ctx, up, 'event_promoted', { title: row.titleEn || row.titleTr, link: `/events/${row.id}` }, { subject: `event:${row.id}` });
  return up;
}

/** Register the user: a seat while one is free, else the waiting list; again after a cancellation. */
export async function register(ctx: AppContext, user: SessionUser, id: string): Promise<RegistrationResult> {
  return ctx.db.transaction(async (tx) => {
    const row = await eventRow(ctx, tx, id, true);
    const [own] = await tx.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.userId, user.id)));
    const refusal = registrationRefusal(Date.now(), row.registrationDeadline.getTime(), (own?.status as 'registered' | 'waiting' | 'cancelled' | undefined) ?? null);
    if (refusal) throw refused(refusal);
    const before = await entries(tx, id);
    const taken = before.filter((e) => e.status === 'registered').length;
    const status = admission(row.capacity, taken);
    const values = { status, waitingSince: status === 'waiting' ? new Date() : null, attended: false };
    if (own) await tx.update(eventRegistrations).set(values).where(eq(eventRegistrations.id, own.id));
    else await tx.insert(eventRegistrations).values({ eventId: id, userId: user.id, ...values });
    await audit(tx, { actorId: user.id, action: `event.${status}`, entityType: 'event', entityId: id });
    const after = await entries(tx, id);
    return { status, position: positionOf(after, user.id), seatsLeft: seatsLeft(row.capacity, taken + (status === 'registered' ? 1 : 0)) };
  });
}

/** Cancel one's seat or waiting place until the deadline; a seat given back goes to the first waiting person. */
export async function cancel(ctx: AppContext, user: SessionUser, id: string): Promise<{ status: 'cancelled'; promoted: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const row = await eventRow(ctx, tx, id, true);
    const [own] = await tx.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.userId, user.id)));
    const refusal = cancellationRefusal(Date.now(), row.registrationDeadline.getTime(), (own?.status as 'registered' | 'waiting' | 'cancelled' | undefined) ?? null);
    if (refusal || !own) throw refused(refusal!);
    await tx.update(eventRegistrations).set({ status: 'cancelled', waitingSince: null, attended: false }).where(eq(eventRegistrations.id, own.id));
    const up = await promoteWaiting(tx, ctx, row);
    await audit(tx, { actorId: user.id, action: 'event.cancelled', entityType: 'event', entityId: id, after: { promoted: up.length } });
    return { status: 'cancelled' as const, promoted: up.length > 0 };
  });
}

/** Everyone who registered, with their standing (the organiser and programme staff). */
export async function participants(ctx: AppContext, user: SessionUser, id: string, db: Db = ctx.db): Promise<{ items: Participant[] }> {
  const row = await eventRow(ctx, db, id);
  if (!canManage(user, accessOf(row))) throw refuse(user, 'Only the organiser and programme managers see participants');
  const rows = await db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, id)).orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
  const cards = await userCards(db, rows.map((r) => r.userId));
  const list = rows.map(entryOf);
  return {
    items: rows.map((r) => ({
      userId: r.userId, name: cards.get(r.userId)?.name ?? '', email: cards.get(r.userId)?.email ?? '', status: r.status as Participant['status'],
      position: positionOf(list, r.userId), attended: r.attended, registeredAt: r.createdAt.toISOString(),
    })),
  };
}

/** A verification code that is hard to guess and easy to type: 'TB-' and 12 characters of an unambiguous alphabet. */
export function newCertificateCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(12);
  return `TB-${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

/** Mark seat holders as attended or not, once the event has started; a first attendance gets its certificate code. */
export async function markAttendance(ctx: AppContext, user: SessionUser, id: string, input: AttendanceInput): Promise<{ items: Participant[] }> {
  await ctx.db.transaction(async (tx) => {
    const row = await eventRow(ctx, tx, id, true);
    if (!canManage(user, accessOf(row))) throw refuse(user, 'Only the organiser and programme managers mark attendance');
    const ids = [...new Set(input.marks.map((m) => m.userId))];
    const found = await tx.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, id), inArray(eventRegistrations.userId, ids)));
    const statuses = ids.map((u) => (found.find((f) => f.userId === u)?.status as 'registered' | 'waiting' | 'cancelled' | undefined) ?? null);
    const refusal = attendanceRefusal(Date.now(), row.startsAt.getTime(), statuses);
    if (refusal) throw refused(refusal);
    for (const m of input.marks) {
      const reg = found.find((f) => f.userId === m.userId)!;
      await tx.update(eventRegistrations).set({ attended: m.attended, certificateCode: reg.certificateCode ?? (m.attended ? newCertificateCode() : null) }).where(eq(eventRegistrations.id, reg.id));
    }
    await audit(tx, { actorId: user.id, action: 'event.attendance', entityType: 'event', entityId: id, after: input });
  });
  return participants(ctx, user, id);
}
