import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { twinnings } from './twinnings.schema';

/** Something done within a twinning: a visit, an exchange, an event, a joint project. */
export const twinningActivities = pgTable(
  'twinning_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    twinningId: uuid('twinning_id').notNull().references(() => twinnings.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    themes: jsonb('themes').$type<string[]>().notNull().default([]),
    /** Participants by group (officials, staff, citizens, youth, civil_society, business). */
    participants: jsonb('participants').$type<Record<string, number>>().notNull().default({}),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionTr: text('description_tr').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('twinning_activities_twinning_idx').on(t.twinningId, t.startsOn)],
);
