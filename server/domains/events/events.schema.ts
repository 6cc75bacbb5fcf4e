import { boolean, doublePrecision, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A training or event. Times are instants; `timeZone` is the zone its wall times were entered in and
 * are shown and exported (.ics) in. In person: `authorityCode` + `address`; online: `onlineLink`.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** training | webinar | study_visit | info_day | conference (EVENT_KINDS) */
    kind: text('kind').notNull(),
    titleTr: text('title_tr').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    descriptionTr: text('description_tr').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    themes: jsonb('themes').$type<string[]>().notNull().default([]),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    registrationDeadline: timestamp('registration_deadline', { withTimezone: true }).notNull(),
    /** in_person | online */
    placeMode: text('place_mode').notNull(),
    authorityCode: text('authority_code'),
    address: text('address'),
    onlineLink: text('online_link'),
    capacity: integer('capacity').notNull(),
    language: text('language').notNull(),
    hours: doublePrecision('hours').notNull(),
    organiserId: uuid('organiser_id').notNull(),
    /** The authority that organises it (an officer's own), null for the programme itself. */
    organiserAuthority: text('organiser_authority'),
    materials: jsonb('materials').$type<{ title: string; url: string }[]>().notNull().default([]),
    /** Seeded for the demo (demo mode only) and marked as such. */
    demo: boolean('demo').notNull().default(false),
    /** Claimed by the reminder job (UPDATE … WHERE reminded_at IS NULL), so one process alone sends the day-before mail. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [index('events_starts_idx').on(t.startsAt)],
);

/**
 * One person's registration: registered (a seat), waiting (ordered by `waitingSince`) or cancelled.
 * Changed only with the event row locked, so seats never exceed the capacity.
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    /** registered | waiting | cancelled */
    status: text('status').notNull(),
    /** When they joined the waiting list (the list's order); null for one who got a seat at once. */
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    attended: boolean('attended').notNull().default(false),
    /** The certificate's verification code, made when attendance is first marked; kept if withdrawn (then it verifies as invalid). */
    certificateCode: text('certificate_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex('event_registrations_person_idx').on(t.eventId, t.userId),
    uniqueIndex('event_registrations_certificate_idx').on(t.certificateCode),
  ],
);

/** An attendee's feedback, once per event; the organiser reads it without names. */
export const eventFeedback = pgTable(
  'event_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    rating: smallint('rating').notNull(),
    text: text('text').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('event_feedback_person_idx').on(t.eventId, t.userId)],
);
