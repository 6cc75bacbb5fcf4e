import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { feedQuery, newsCoverUpload, newsInput, newsList, newsPost, newsQuery } from '../../../shared/news';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { readNewsCover, setNewsCover } from './news.cover';
import { atomFeed } from './news.feed';
import { createNews, getNews, listNews, publishNews, updateNews } from './news.service';

const tags = ['news'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
/** How many posts the feed carries: the newest, as feed readers only need what changed lately. */
const FEED_SIZE = 20;
/** The feed's `updated` before any post exists: a fixed date, so an empty feed does not change on every fetch. */
const EMPTY_FEED_UPDATED = '2026-01-01T00:00:00.000Z';

/** News posts (read by anyone, written by programme managers and admins) and the Atom feed per language. */
export function newsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/news', {
      config: { access: 'public' },
      schema: { tags, operationId: 'listNews', summary: 'News posts', description: 'Published news posts, newest first, with paging (limit ≤ 50, offset). status=draft lists drafts, most recently changed first: programme managers and admins only. Anyone may read published posts.', querystring: newsQuery, response: { 200: newsList, 400: apiError, 403: apiError } },
    }, async (req) => listNews(ctx, req.user ?? null, req.query));

    app.get('/news/:id', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getNews', summary: 'News post', description: 'One news post in both languages. Anyone may read a published post; a draft only programme managers and admins (404 for others).', params: idParams, response: { 200: newsPost, 400: apiError, 404: apiError } },
    }, async (req) => getNews(ctx, req.user ?? null, req.params.id));

    app.post('/news', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'createNews', summary: 'Write a news post', description: 'Creates a draft news post with title, summary and body in Turkish and English, themes and an optional cover image on this site. Programme managers and admins only.', body: newsInput, response: { 201: newsPost, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createNews(ctx, requireUser(req), req.body)));

    app.put('/news/:id', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'updateNews', summary: 'Edit a news post', description: 'Replaces the text, themes and cover image of a draft or published post (audited). Programme managers and admins only.', params: idParams, body: newsInput, response: { 200: newsPost, ...errors } },
    }, async (req) => updateNews(ctx, requireUser(req), req.params.id, req.body));

    app.post('/news/:id/publish', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'publishNews', summary: 'Publish a news post', description: 'Publishes a draft now: it appears on the news page, the home page and the feed; 409 news_already_published for a published post. Programme managers and admins only.', params: idParams, response: { 200: newsPost, ...errors, 409: apiError } },
    }, async (req) => publishNews(ctx, requireUser(req), req.params.id));

    app.put('/news/:id/cover', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      bodyLimit: 8 * 1024 * 1024,
      schema: { tags, operationId: 'setNewsCover', summary: 'Upload a cover image', description: "A PNG or JPEG (5 MB, base64) becomes the post's cover; the old uploaded cover is deleted (audited). Programme managers and admins only.", params: idParams, body: newsCoverUpload, response: { 200: newsPost, ...errors } },
    }, async (req) => setNewsCover(ctx, requireUser(req), req.params.id, req.body));

    app.get('/news/:id/cover/:file', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getNewsCover', summary: 'Cover image', description: "The post's current uploaded cover. Anyone may read a published post's cover; a draft's only programme managers and admins.", params: z.object({ id: z.uuid(), file: z.string().max(60) }), produces: ['image/png', 'image/jpeg'] },
    }, async (req, reply) => {
      const cover = await readNewsCover(ctx, req.user ?? null, req.params.id, req.params.file);
      // The path names the bytes (a new upload gets a new path), so a long cache is safe.
      return reply.type(cover.contentType).header('cache-control', 'public, max-age=86400').send(cover.bytes);
    });

    app.get('/feed.atom', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getNewsFeed', summary: 'Atom feed of news', description: 'The 20 newest published posts as an Atom 1.0 feed (RFC 4287) in Turkish or English (lang), each entry linking to its page. Anyone may call it.', querystring: feedQuery, produces: ['application/atom+xml'] },
    }, async (req, reply) => {
      const { items } = await listNews(ctx, null, { limit: FEED_SIZE, offset: 0, status: 'published' });
      const xml = atomFeed({ lang: req.query.lang, baseUrl: ctx.config.publicUrl, posts: items, emptyUpdated: EMPTY_FEED_UPDATED });
      return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(xml);
    });
  };
}
