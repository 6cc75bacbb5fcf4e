import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per reference dataset loaded; written in the same transaction as the data, so never half-true. */
export const referenceLoads = pgTable('reference_loads', {
  dataset: text('dataset').primaryKey(),
  rows: integer('rows').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
