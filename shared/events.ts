import { z } from 'zod';
import { bilingual } from './participation';
import { LANGUAGES, THEMES } from './themes';
import { fromZonedLocal, isTimeZone } from './zoned';

/*
 * Trainings and events (issue 14): programme managers (and officers, for their own authority) publish
 * events; signed-in users register, beyond capacity onto a waiting list that moves up when someone
 * cancels; the organiser marks attendance; attendees get a certificate and give feedback.
 * The API contract both sides read.
 */

export const EVENT_KINDS = ['training', 'webinar', 'study_visit', 'info_day', 'conference'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
/** Where the reader stands: none (never registered), registered (has a seat), waiting (on the list), cancelled. */
export const REGISTRATION_STATUSES = ['none', 'registered', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
/** Decided by the server's clock: before the start, between start and end, after the end. */
export const EVENT_TIMINGS = ['upcoming', 'ongoing', 'past'] as const;
export const FEEDBACK_TEXT_MAX = 2000;
export const CAPACITY_MAX = 10_000;

/** 'YYYY-MM-DDTHH:mm', a wall time in the event's own time zone (as a datetime-local input gives it). */
const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'must be YYYY-MM-DDTHH:mm' });
const material = z.object({ title: z.string().trim().min(1).max(200), url: z.url({ protocol: /^https?$/ }).max(1000) });
export type Material = z.infer<typeof material>;

/** In person at an authority (shown on the map at its place), or online (the link goes to registered participants only). */
export const placeInput = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('in_person'), authorityCode: z.string().min(2).max(40), address: z.string().trim().min(1).max(300) }),
  z.object({ mode: z.literal('online'), link: z.url({ protocol: /^https?$/ }).max(1000) }),
]);
export type PlaceInput = z.infer<typeof placeInput>;

/**
 * POST /api/events (programme managers and admins; officers for their own authority) and
 * PUT /api/events/{id} (its organiser and programme staff). `startsAt`, `endsAt` and
 * `registrationDeadline` are wall times in `timeZone`; the deadline defaults to the start.
 * `organiserAuthorityCode` is the authority that organises it (an officer's own; null: the programme).
 */
export const eventInput = z
  .object({
    kind: z.enum(EVENT_KINDS),
    title: bilingual,
    description: bilingual,
    themes: z.array(z.enum(THEMES)).max(THEMES.length).default([]),
    startsAt: localTime,
    endsAt: localTime,
    timeZone: z.string().min(1).max(64).refine(isTimeZone, { message: 'is not a known IANA time zone', params: { code: 'time_zone_unknown' } }),
    registrationDeadline: localTime.nullable().default(null),
    place: placeInput,
    capacity: z.number().int().min(1).max(CAPACITY_MAX),
    language: z.enum(LANGUAGES),
    /** Hours of learning the certificate states (half hours allowed). */
    hours: z.number().min(0.5).max(500).multipleOf(0.5),
    organiserAuthorityCode: z.string().min(2).max(40).nullable().default(null),
    materials: z.array(material).max(20).default([]),
  })
  .superRefine((e, ctx) => {
    const starts = fromZonedLocal(e.startsAt, e.timeZone);
    const ends = fromZonedLocal(e.endsAt, e.timeZone);
    if (!starts) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'is not a time in this time zone', params: { code: 'time_invalid' } });
    if (!ends) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'is not a time in this time zone', params: { code: 'time_invalid' } });
    if (starts && ends && Date.parse(ends) <= Date.parse(starts)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after the start', params: { code: 'ends_before_starts' } });
    if (e.registrationDeadline !== null) {
      const deadline = fromZonedLocal(e.registrationDeadline, e.timeZone);
      if (!deadline) ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'is not a time in this time zone', params: { code: 'time_invalid' } });
      else if (ends && Date.parse(deadline) > Date.parse(ends)) ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'must not be after the end', params: { code: 'deadline_after_end' } });
    }
  });
export type EventInput = z.output<typeof eventInput>;

/** Where the event is, as readers see it; an online event's link is in `onlineLink`, for those allowed. */
export const place = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('in_person'),
    authorityCode: z.string(),
    authorityName: z.string(),
    country: z.string(),
    address: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  }),
  z.object({ mode: z.literal('online') }),
]);

/** The reader's own registration. `position` is 1-based on the waiting list (null unless waiting). */
export const myRegistration = z.object({
  status: z.enum(REGISTRATION_STATUSES),
  position: z.number().int().nullable(),
  attended: z.boolean(),
  feedbackGiven: z.boolean(),
  /** The reader may download a certificate (they attended). */
  certificate: z.boolean(),
});
export type MyRegistration = z.infer<typeof myRegistration>;

/** An event as lists and its page show it. Times are UTC instants; `startsLocal`/`endsLocal` are wall times in `timeZone`. */
export const event = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: z.object({ tr: z.string(), en: z.string() }),
  description: z.object({ tr: z.string(), en: z.string() }),
  themes: z.array(z.enum(THEMES)),
  startsAt: z.string(),
  endsAt: z.string(),
  startsLocal: z.string(),
  endsLocal: z.string(),
  timeZone: z.string(),
  registrationDeadline: z.string(),
  timing: z.enum(EVENT_TIMINGS),
  /** Registration (and cancellation) is still possible: before the deadline. */
  registrationOpen: z.boolean(),
  place,
  /** Only for registered participants and those who manage the event; null otherwise or in person. */
  onlineLink: z.string().nullable(),
  capacity: z.number().int(),
  registered: z.number().int(),
  waiting: z.number().int(),
  seatsLeft: z.number().int(),
  language: z.enum(LANGUAGES),
  hours: z.number(),
  organiser: z.object({ name: z.string(), authorityCode: z.string().nullable() }),
  materials: z.array(material),
  demo: z.boolean(),
  /** The reader may edit it, list participants and mark attendance (its organiser and programme staff). */
  canManage: z.boolean(),
  me: myRegistration,
});
export type Event = z.infer<typeof event>;
export const eventList = z.object({ items: z.array(event), total: z.number().int() });

/**
 * GET /api/events: `from`/`to` are days (YYYY-MM-DD, UTC) the event overlaps; `month` (YYYY-MM) is a
 * shortcut for that month; `country` is the place's country (ISO alpha-2; online events have none).
 * Ordered by start; upcoming first when no range is given is the caller's choice through `from`.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be YYYY-MM-DD' });
export const eventQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be YYYY-MM' }).optional(),
  theme: z.enum(THEMES).optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/).transform((c) => c.toUpperCase()).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type EventQuery = z.output<typeof eventQuery>;

/** POST /api/events/{id}/registration: a seat, or a place on the waiting list when full. */
export const registrationResult = z.object({
  status: z.enum(['registered', 'waiting']),
  position: z.number().int().nullable(),
  seatsLeft: z.number().int(),
});
export type RegistrationResult = z.infer<typeof registrationResult>;
/** DELETE /api/events/{id}/registration: cancelled; `promoted` says whether a waiting person took the seat. */
export const cancellationResult = z.object({ status: z.literal('cancelled'), promoted: z.boolean() });

/** GET /api/events/{id}/participants (the organiser and programme staff). */
export const participant = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.enum(['registered', 'waiting', 'cancelled']),
  position: z.number().int().nullable(),
  attended: z.boolean(),
  registeredAt: z.string(),
});
export type Participant = z.infer<typeof participant>;
export const participantList = z.object({ items: z.array(participant) });

/** PUT /api/events/{id}/attendance: marks registered participants as attended or not (once the event has started). */
export const attendanceInput = z.object({
  marks: z.array(z.object({ userId: z.string().min(1).max(80), attended: z.boolean() })).min(1).max(CAPACITY_MAX),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

/** POST /api/events/{id}/feedback: attendees only, once, after the event has ended. */
export const feedbackInput = z.object({
  rating: z.number().int().min(1).max(5),
  text: z.string().trim().max(FEEDBACK_TEXT_MAX).default(''),
});
export type FeedbackInput = z.output<typeof feedbackInput>;
/** GET /api/events/{id}/feedback (the organiser and programme staff): no names, texts in random-free stable order (newest first). */
export const feedbackSummary = z.object({
  count: z.number().int(),
  average: z.number().nullable(),
  /** How many gave 1, 2, 3, 4 and 5 (index 0 is rating 1). */
  distribution: z.array(z.number().int()).length(5),
  texts: z.array(z.string()),
});
export type FeedbackSummary = z.infer<typeof feedbackSummary>;

/** GET /api/events/{id}/certificate?lang=tr|en: the attendee's PDF. */
export const certificateQuery = z.object({ lang: z.enum(['tr', 'en']).default('en') });
/**
 * GET /api/certificates/{code}: public verification. `valid` is false when the organiser has since
 * withdrawn the attendance; an unknown code is a 404.
 */
export const certificateVerification = z.object({
  code: z.string(),
  valid: z.boolean(),
  name: z.string(),
  eventId: z.string(),
  eventTitle: z.object({ tr: z.string(), en: z.string() }),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  hours: z.number(),
  organiser: z.string(),
});
export type CertificateVerification = z.infer<typeof certificateVerification>;
