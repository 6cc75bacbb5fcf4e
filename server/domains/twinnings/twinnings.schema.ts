import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A twinning between two sides. A side is an authority of the directory (`*_code`) or an external
 * partner kept by name and country. `match_*` says how a loaded side was tied to the directory.
 */
export const twinnings = pgTable(
  'twinnings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    aCode: text('a_code'),
    aName: text('a_name').notNull(),
    aCountry: text('a_country'),
    aCountryName: text('a_country_name'),
    aMatch: text('a_match'),
    bCode: text('b_code'),
    bName: text('b_name').notNull(),
    bCountry: text('b_country'),
    bCountryName: text('b_country_name'),
    bMatch: text('b_match'),
    status: text('status').notNull(),
    /** A binding step awaiting the other side: its target and the sides that approved it. */
    pendingTarget: text('pending_target'),
    pendingApprovals: jsonb('pending_approvals').$type<('a' | 'b')[]>().notNull().default([]),
    sinceYear: integer('since_year'),
    source: text('source').notNull(),
    sources: jsonb('sources').$type<string[]>().notNull().default([]),
    /** The expression of interest this twinning grew from, when made on the platform. */
    eoiId: uuid('eoi_id'),
    /** When the officers were last reminded that the twinning risks going dormant. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('twinnings_a_idx').on(t.aCode), index('twinnings_b_idx').on(t.bCode), index('twinnings_status_idx').on(t.status)],
);
