import { bigint, boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { twinningActivities } from './twinnings.activities.schema';
import { twinnings } from './twinnings.schema';

/** A file of a twinning (protocol, letter of intent, report, photo of an activity); bytes live in the file store. */
export const twinningFiles = pgTable(
  'twinning_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    twinningId: uuid('twinning_id').notNull().references(() => twinnings.id, { onDelete: 'cascade' }),
    /** Set for photos of an activity. */
    activityId: uuid('activity_id').references(() => twinningActivities.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    storageKey: text('storage_key').notNull(),
    /** Public files appear on the twinning's public page; private ones only for its officers and admins. */
    public: boolean('public').notNull().default(false),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('twinning_files_twinning_idx').on(t.twinningId, t.uploadedAt)],
);
