import { z } from 'zod';
import { AUTHORITY_TYPES } from './authorities';
import { COUNTRIES } from './countries';
import { THEMES } from './themes';

/*
 * The best-practice library (issue 14): guides, case studies and documents in Turkish and English,
 * linked to the projects, twinnings and authorities they come from, with full-text search. The API
 * contract both sides read.
 */

export const ENTRY_KINDS = ['guide', 'case_study', 'document'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
/** proposed: an officer wrote it, only they and managers read it · published: public · rejected: back to its author with a reason. */
export const ENTRY_STATUSES = ['proposed', 'published', 'rejected'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const SEARCH_LANGS = ['tr', 'en'] as const;
export type SearchLang = (typeof SEARCH_LANGS)[number];
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 1000;
export const BODY_MAX = 20000;
/** Words of a search query that count; more are ignored (a query is a few words, not a text). */
export const QUERY_WORDS_MAX = 8;
export const PAGE_MAX = 50;

const text = (max: number) => z.string().trim().max(max).default('');
const uuidList = z.array(z.uuid()).max(20).default([]);

/** POST /api/library (officers propose; managers and admins may publish at once by deciding next). */
export const entryInput = z
  .object({
    kind: z.enum(ENTRY_KINDS),
    titleTr: text(TITLE_MAX),
    titleEn: text(TITLE_MAX),
    summaryTr: text(SUMMARY_MAX),
    summaryEn: text(SUMMARY_MAX),
    bodyTr: text(BODY_MAX),
    bodyEn: text(BODY_MAX),
    themes: z.array(z.enum(THEMES)).max(THEMES.length).default([]),
    country: z.enum(COUNTRIES).nullable().optional(),
    authorityType: z.enum(AUTHORITY_TYPES).nullable().optional(),
    year: z.number().int().min(1950).max(2100).nullable().default(null),
    authorityCodes: z.array(z.string().min(3).max(40)).max(20).default([]),
    twinningIds: uuidList,
    projectIds: uuidList,
  })
  .superRefine((e, ctx) => {
    if (!e.titleTr && !e.titleEn) ctx.addIssue({ code: 'custom', path: ['titleTr'], message: 'needs a Turkish or English title', params: { code: 'text_required' } });
    if (!e.summaryTr && !e.summaryEn) ctx.addIssue({ code: 'custom', path: ['summaryTr'], message: 'needs a Turkish or English summary', params: { code: 'text_required' } });
  });
export type EntryInput = z.output<typeof entryInput>;

/** POST /api/library/{id}/decision (programme managers and admins). */
export const entryDecision = z
  .object({ action: z.enum(['publish', 'reject']), reason: z.string().trim().max(500).default('') })
  .refine((d) => d.action === 'publish' || d.reason.length >= 3, { path: ['reason'], message: 'a rejection needs a reason', params: { code: 'reason_required' } });

/** GET /api/library: `type` is the entry kind; `lang` picks the language searched (both when absent). */
export const librarySearchQuery = z.object({
  q: z.string().trim().max(200).default(''),
  lang: z.enum(SEARCH_LANGS).optional(),
  theme: z.enum(THEMES).optional(),
  country: z.enum(COUNTRIES).optional(),
  type: z.enum(ENTRY_KINDS).optional(),
  authorityType: z.enum(AUTHORITY_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type LibrarySearchQuery = z.output<typeof librarySearchQuery>;

/** A snippet as plain text and the [start, end) character ranges to highlight: no markup to escape. */
export const snippet = z.object({ text: z.string(), highlights: z.array(z.tuple([z.number().int(), z.number().int()])) });
export type Snippet = z.infer<typeof snippet>;

/** Attachments: PDF documents and PNG/JPEG images only, at most this many per entry. */
export const LIBRARY_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const LIBRARY_FILES_MAX = 5;
/** POST /api/library/{id}/files (the proposer before review, or a reviewer). */
export const libraryFileUpload = z.object({
  filename: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, 'a file name, not a path'),
  contentType: z.string().max(120),
  dataBase64: z.base64().max(7_000_000, 'file too large'),
});
export type LibraryFileUpload = z.infer<typeof libraryFileUpload>;
export const libraryFile = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int() });
export type LibraryFile = z.infer<typeof libraryFile>;

/** An external publication a seeded entry describes (title, publisher and link only, never its text). */
export const entrySource = z.object({ publisher: z.string(), url: z.string(), licence: z.string() });

export const libraryHit = z.object({
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  /** In the language searched (or the other when it is missing). */
  title: z.string(),
  lang: z.enum(SEARCH_LANGS),
  snippet,
  themes: z.array(z.string()),
  country: z.string().nullable(),
  year: z.number().int().nullable(),
  source: entrySource.nullable(),
});
export type LibraryHit = z.infer<typeof libraryHit>;
export const librarySearchResult = z.object({ items: z.array(libraryHit), total: z.number().int() });
export type LibrarySearchResult = z.infer<typeof librarySearchResult>;

export const libraryEntry = z.object({
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  status: z.enum(ENTRY_STATUSES),
  titleTr: z.string(),
  titleEn: z.string(),
  summaryTr: z.string(),
  summaryEn: z.string(),
  bodyTr: z.string(),
  bodyEn: z.string(),
  themes: z.array(z.string()),
  country: z.string().nullable(),
  authorityType: z.string().nullable(),
  year: z.number().int().nullable(),
  authorityCodes: z.array(z.string()),
  twinningIds: z.array(z.string()),
  projectIds: z.array(z.string()),
  source: entrySource.nullable(),
  files: z.array(libraryFile),
  decisionReason: z.string().nullable(),
  /** The reader proposed it. */
  mine: z.boolean(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type LibraryEntry = z.infer<typeof libraryEntry>;

/** GET /api/library/review: what waits for a decision (managers), or the reader's own proposals (officers). */
export const reviewItem = z.object({ id: z.string(), kind: z.enum(ENTRY_KINDS), status: z.enum(ENTRY_STATUSES), titleTr: z.string(), titleEn: z.string(), createdAt: z.string() });
export const reviewList = z.object({ items: z.array(reviewItem) });
export type ReviewItem = z.infer<typeof reviewItem>;
