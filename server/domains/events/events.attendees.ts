import { and, desc, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { CertificateVerification, FeedbackInput, FeedbackSummary } from '../../../shared/events';
import type { AppContext } from '../../platform/context';
import { conflict, forbidden, notFound, refused } from '../../platform/errors';
import { userCards } from '../accounts/accounts.users';
import { certificatePdf } from './events.certificate.pdf';
import { canManage } from './events.policy';
import { feedbackFigures, feedbackRefusal } from './events.rules';
import { eventFeedback, eventRegistrations, events } from './events.schema';
import { eventRow, refuse } from './events.rows';
import { accessOf, organiserName, type EventRow, type RegistrationRow } from './events.view';

/** The caller's registration if they attended (a seat and marked present), else the refusal. */
async function attendance(ctx: AppContext, user: SessionUser, id: string): Promise<{ row: EventRow; reg: RegistrationRow }> {
  const row = await eventRow(ctx, ctx.db, id);
  const [reg] = await ctx.db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.userId, user.id)));
  if (!reg || reg.status !== 'registered' || !reg.attended) throw forbidden('Only people marked as attended');
  return { row, reg };
}

/** An attendee's feedback, once, after the end. */
export async function giveFeedback(ctx: AppContext, user: SessionUser, id: string, input: FeedbackInput): Promise<void> {
  const { row } = await attendance(ctx, user, id);
  const [given] = await ctx.db.select({ id: eventFeedback.id }).from(eventFeedback).where(and(eq(eventFeedback.eventId, id), eq(eventFeedback.userId, user.id)));
  const refusal = feedbackRefusal(Date.now(), row.endsAt.getTime(), given !== undefined);
  if (refusal) throw refused(refusal);
  // The unique index decides a double submit that slipped past the check.
  const inserted = await ctx.db.insert(eventFeedback).values({ eventId: id, userId: user.id, rating: input.rating, text: input.text }).onConflictDoNothing().returning({ id: eventFeedback.id });
  if (!inserted.length) throw conflict('event_feedback_given', 'You have already given feedback on this event');
}

/** Averages and texts, without names, newest first (the organiser and programme staff). */
export async function feedbackOf(ctx: AppContext, user: SessionUser, id: string): Promise<FeedbackSummary> {
  const row = await eventRow(ctx, ctx.db, id);
  if (!canManage(user, accessOf(row))) throw refuse(user, 'Only the organiser and programme managers read feedback');
  const rows = await ctx.db.select({ rating: eventFeedback.rating, text: eventFeedback.text }).from(eventFeedback).where(eq(eventFeedback.eventId, id)).orderBy(desc(eventFeedback.createdAt), desc(eventFeedback.id));
  return { ...feedbackFigures(rows.map((r) => r.rating)), texts: rows.map((r) => r.text).filter((t) => t.length > 0) };
}

/** The event's dates in its own zone and the reader's language ('10 December 2026' or '10–11 December 2026'). */
export function eventDates(row: Pick<EventRow, 'startsAt' | 'endsAt' | 'timeZone'>, lang: 'tr' | 'en'): string {
  const f = new Intl.DateTimeFormat(lang === 'tr' ? 'tr-TR' : 'en-GB', { timeZone: row.timeZone, day: 'numeric', month: 'long', year: 'numeric' });
  return f.formatRange(row.startsAt, row.endsAt);
}

/** The attendee's certificate as a PDF in their language. */
export async function certificate(ctx: AppContext, user: SessionUser, id: string, lang: 'tr' | 'en'): Promise<{ filename: string; body: Buffer }> {
  const { row, reg } = await attendance(ctx, user, id);
  const code = reg.certificateCode ?? '';
  const name = (await userCards(ctx.db, [user.id])).get(user.id)?.name ?? user.name;
  const pdf = await certificatePdf({
    lang, name, title: lang === 'tr' ? row.titleTr || row.titleEn : row.titleEn || row.titleTr, date: eventDates(row, lang), hours: row.hours,
    organiser: organiserName(ctx, row), code, verifyUrl: `${ctx.config.publicUrl}/verify/${code}`,
  });
  return { filename: `certificate-${code}.pdf`, body: Buffer.from(pdf) };
}

/** Public check of a certificate code: valid while the attendance stands; unknown codes are a 404. */
export async function verifyCertificate(ctx: AppContext, code: string): Promise<CertificateVerification> {
  const [found] = await ctx.db.select({ reg: eventRegistrations, event: events }).from(eventRegistrations).innerJoin(events, eq(events.id, eventRegistrations.eventId)).where(eq(eventRegistrations.certificateCode, code));
  if (!found || (found.event.demo && !ctx.config.demo)) throw notFound('No certificate has this code');
  const { reg, event } = found;
  return {
    code, valid: reg.attended && reg.status === 'registered', name: (await userCards(ctx.db, [reg.userId])).get(reg.userId)?.name ?? '',
    eventId: event.id, eventTitle: { tr: event.titleTr, en: event.titleEn }, startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone, hours: event.hours, organiser: organiserName(ctx, event),
  };
}
