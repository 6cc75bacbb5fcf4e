import { boolean, doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A table with a column of each kind the bulk writers handle (bulkInsert, bulkCopy tests). */
export const things = pgTable('things', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  label: text('label'),
  count: integer('count'),
  share: doublePrecision('share'),
  tags: jsonb('tags').$type<string[]>().notNull().default([]),
  seenAt: timestamp('seen_at', { withTimezone: true }),
  kept: boolean('kept').notNull().default(true),
});

/** The same table in SQL, for a test database without the migrations. */
export const CREATE_THINGS = `create table things (id uuid primary key default gen_random_uuid(), code text not null unique, label text, count integer,
      share double precision, tags jsonb not null default '[]', seen_at timestamptz, kept boolean not null default true)`;
