import { sql, type SQL } from 'drizzle-orm';
import { customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/*
 * Accent folding of the indexed words, in SQL both PGlite and PostgreSQL have (translate is core;
 * the unaccent extension is not in PGlite's default build). The stemmed lexemes are folded after
 * stemming, so the Snowball stemmers still see the Turkish letters they need. Keep it equal to
 * FOLD_FROM/FOLD_TO in knowledge.search.ts, which folds the query the same way.
 */
export const FOLD_FROM = 'çğıöşüâîûÇĞİIÖŞÜÂÎÛäëïÄËÏßéèêàáóòúùñÉÈÊÀÁÓÒÚÙÑ';
export const FOLD_TO = 'cgiosuaiucgiiosuaiuaeiaeiseeeaaoouuneeeaaoouun';

/**
 * One language's search vector: Snowball stems and the surface words (the Turkish stemmer takes
 * one suffix at a time, so `belediye` stems to `beledi` while `belediyeler` stems to `belediye`;
 * keeping both forms lets either reach the other). Title weighs A, summary B, body C.
 */
function vector(config: 'turkish' | 'english', title: string, summary: string, body: string): SQL {
  const part = (col: string, w: string) =>
    `setweight(to_tsvector('${config}', coalesce(${col}, '')) || to_tsvector('simple', coalesce(${col}, '')), '${w}')`;
  return sql.raw(`translate((${part(title, 'A')} || ${part(summary, 'B')} || ${part(body, 'C')})::text, '${FOLD_FROM}', '${FOLD_TO}')::tsvector`);
}

/**
 * A library entry: a guide, case study or document in tr/en. Proposed by an officer (or a manager),
 * published or rejected by a programme manager or admin; seeded entries describe an external
 * publication by title, publisher and link only (`source`), never its text.
 */
export const libraryEntries = pgTable(
  'library_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** guide | case_study | document (ENTRY_KINDS) */
    kind: text('kind').notNull(),
    /** proposed | published | rejected (ENTRY_STATUSES) */
    status: text('status').notNull().default('proposed'),
    titleTr: text('title_tr').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    summaryTr: text('summary_tr').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
    bodyTr: text('body_tr').notNull().default(''),
    bodyEn: text('body_en').notNull().default(''),
    themes: jsonb('themes').$type<string[]>().notNull().default([]),
    country: text('country'),
    authorityType: text('authority_type'),
    year: integer('year'),
    authorityCodes: jsonb('authority_codes').$type<string[]>().notNull().default([]),
    twinningIds: jsonb('twinning_ids').$type<string[]>().notNull().default([]),
    projectIds: jsonb('project_ids').$type<string[]>().notNull().default([]),
    /** An external publication a seeded entry describes: { publisher, url, licence }. */
    source: jsonb('source').$type<{ publisher: string; url: string; licence: string }>(),
    /** Attachments (PDF, PNG, JPEG): { id, filename, contentType, size, storageKey }; bytes live in the file store. */
    files: jsonb('files').$type<{ id: string; filename: string; contentType: string; size: number; storageKey: string }[]>().notNull().default([]),
    /** A stable key of a seeded entry, so seeding runs once. */
    seedKey: text('seed_key').unique(),
    proposedBy: uuid('proposed_by'),
    decidedBy: uuid('decided_by'),
    decisionReason: text('decision_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    searchTr: tsvector('search_tr').generatedAlwaysAs(vector('turkish', 'title_tr', 'summary_tr', 'body_tr')),
    searchEn: tsvector('search_en').generatedAlwaysAs(vector('english', 'title_en', 'summary_en', 'body_en')),
  },
  (t) => [
    index('library_entries_search_tr_idx').using('gin', t.searchTr),
    index('library_entries_search_en_idx').using('gin', t.searchEn),
    index('library_entries_status_idx').on(t.status, t.publishedAt),
  ],
);
