import { z } from 'zod';
import { THEMES } from './themes';

/*
 * News posts by programme managers and admins (issue 14): tr/en title, summary and body, themes, an
 * optional cover image (a path on this site), draft or published. The API contract both sides read.
 */

export const NEWS_TITLE_MAX = 200;
export const NEWS_SUMMARY_MAX = 500;
export const NEWS_BODY_MAX = 20_000;
export const NEWS_PAGE_MAX = 50;
export const NEWS_STATUSES = ['draft', 'published'] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

/** A cover image on this site only (a path such as /og-image.png), so a post never loads a third party. */
const coverImage = z
  .string()
  .trim()
  .max(300)
  .regex(/^\/(?!\/)[A-Za-z0-9._~/%-]+\.(png|jpe?g|webp|gif|svg)$/i, { message: 'must be an image path on this site, e.g. /og-image.png' });

/** POST /api/news (a draft) and PUT /api/news/{id}: both languages are required, themes optional. */
export const newsInput = z.object({
  titleTr: z.string().trim().min(3).max(NEWS_TITLE_MAX),
  titleEn: z.string().trim().min(3).max(NEWS_TITLE_MAX),
  summaryTr: z.string().trim().min(3).max(NEWS_SUMMARY_MAX),
  summaryEn: z.string().trim().min(3).max(NEWS_SUMMARY_MAX),
  bodyTr: z.string().trim().min(1).max(NEWS_BODY_MAX),
  bodyEn: z.string().trim().min(1).max(NEWS_BODY_MAX),
  themes: z.array(z.enum(THEMES)).max(THEMES.length).default([]),
  coverImage: coverImage.nullable().default(null),
});
export type NewsInput = z.output<typeof newsInput>;

/** GET /api/news: published posts newest first; `status=draft` lists drafts (managers and admins only). */
export const newsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(NEWS_PAGE_MAX).default(10),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  status: z.enum(NEWS_STATUSES).default('published'),
});

export const newsPost = z.object({
  id: z.string(),
  titleTr: z.string(),
  titleEn: z.string(),
  summaryTr: z.string(),
  summaryEn: z.string(),
  bodyTr: z.string(),
  bodyEn: z.string(),
  themes: z.array(z.string()),
  coverImage: z.string().nullable(),
  status: z.enum(NEWS_STATUSES),
  /** Seeded for the demo (shown with a Demo badge). */
  demo: z.boolean(),
  authorName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  /** The reader may edit and publish it (programme managers and admins). */
  canEdit: z.boolean(),
});
export type NewsPost = z.infer<typeof newsPost>;
export const newsList = z.object({ items: z.array(newsPost), total: z.number().int() });
export type NewsList = z.infer<typeof newsList>;

/** GET /api/feed.atom?lang= */
export const feedQuery = z.object({ lang: z.enum(['tr', 'en']).default('en') });

export { newsPath } from './news.paths';

/** PUT /api/news/{id}/cover: a PNG or JPEG (base64, at most 5 MB) that becomes the post's cover. */
export const NEWS_COVER_TYPES = ['image/png', 'image/jpeg'] as const;
export const newsCoverUpload = z.object({
  filename: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, 'a file name, not a path'),
  contentType: z.enum(NEWS_COVER_TYPES),
  dataBase64: z.base64().max(7_000_000, 'file too large'),
});
export type NewsCoverUpload = z.infer<typeof newsCoverUpload>;

/** Where an uploaded cover is served: a path on this site (so the coverImage rule accepts it) naming its stored bytes. */
export const coverPath = (postId: string, key: string, contentType: (typeof NEWS_COVER_TYPES)[number]) =>
  `/api/news/${postId}/cover/${key}.${contentType === 'image/png' ? 'png' : 'jpg'}`;

