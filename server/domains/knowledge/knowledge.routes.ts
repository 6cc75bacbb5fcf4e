import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { entryDecision, entryInput, libraryEntry, libraryFile, libraryFileUpload, librarySearchQuery, librarySearchResult, reviewList as reviewListSchema } from '../../../shared/knowledge';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { contentDisposition } from '../../platform/uploads';
import { attachFile, readAttachment } from './knowledge.files';
import { searchLibrary } from './knowledge.search';
import { decideEntry, getEntry, proposeEntry, reviewList } from './knowledge.service';

const tags = ['library'];
const idParams = z.object({ id: z.uuid() });
const fileParams = idParams.extend({ fileId: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

/** The best-practice library: search, entries, proposals and their review. */
export function libraryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/library', {
      config: { access: 'public' },
      schema: { tags, operationId: 'searchLibrary', summary: 'Search the library', description: 'Full-text search of published entries in Turkish and English (`lang`; both when absent) with stemming and accent folding, filtered by theme, country, entry kind (`type`) and authority type; each hit with a snippet as plain text and highlight ranges. Best matches first; newest first without words. Anyone may call it.', querystring: librarySearchQuery, response: { 200: librarySearchResult, 400: apiError } },
    }, async (req) => searchLibrary(ctx, req.query));

    app.get('/library/review', {
      config: { access: { roles: ['admin', 'programme_manager', 'officer'] } },
      schema: { tags, operationId: 'listLibraryReview', summary: 'Library proposals to review', description: 'Programme managers and admins: proposed entries waiting for a decision, oldest first. Officers: their own proposals with their status. Others are refused.', response: { 200: reviewListSchema, 401: apiError, 403: apiError } },
    }, async (req) => reviewList(ctx, req.user));

    app.get('/library/:id', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getLibraryEntry', summary: 'A library entry', description: 'A published entry, for anyone; a proposed or rejected one only for its proposer, programme managers and admins (404 for others).', params: idParams, response: { 200: libraryEntry, 400: apiError, 404: apiError } },
    }, async (req) => getEntry(ctx, req.user, req.params.id));

    app.post('/library', {
      config: { access: 'user' },
      schema: { tags, operationId: 'proposeLibraryEntry', summary: 'Propose a library entry', description: 'A guide, case study or document in Turkish and/or English with themes, country, authority type, year and links to authorities, twinnings and projects (each must exist). It stays unpublished until a programme manager decides. Officers of an authority, programme managers and admins.', body: entryInput, response: { 201: libraryEntry, 400: apiError, 401: apiError, 403: apiError } },
    }, async (req, reply) => reply.status(201).send(await proposeEntry(ctx, requireUser(req), req.body)));

    app.post('/library/:id/decision', {
      config: { access: { roles: ['admin', 'programme_manager'] } },
      schema: { tags, operationId: 'decideLibraryEntry', summary: 'Publish or reject a library entry', description: 'Publishes a proposed entry, or rejects it with a reason; audited. A decided entry answers 409 library_entry_decided. Programme managers and admins.', params: idParams, body: entryDecision, response: { 200: libraryEntry, ...errors, 409: apiError } },
    }, async (req) => decideEntry(ctx, req.user, req.params.id, req.body));

    app.post('/library/:id/files', {
      config: { access: 'user' },
      bodyLimit: 8 * 1024 * 1024,
      schema: { tags, operationId: 'attachLibraryFile', summary: 'Attach a file to a library entry', description: 'A PDF, PNG or JPEG file (5 MB, base64), at most 5 per entry (409 library_files_full); audited. The proposer while the entry waits for review, programme managers and admins at any time.', params: idParams, body: libraryFileUpload, response: { 201: libraryFile, ...errors, 409: apiError } },
    }, async (req, reply) => reply.status(201).send(await attachFile(ctx, requireUser(req), req.params.id, req.body)));

    app.get('/library/:id/files/:fileId', {
      config: { access: 'public' },
      schema: { tags, operationId: 'downloadLibraryFile', summary: 'Download a library file', description: "An attachment's bytes with its content type, for anyone who may read the entry.", params: fileParams },
    }, async (req, reply) => {
      const file = await readAttachment(ctx, req.user, req.params.id, req.params.fileId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition('inline', file.filename))
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    });
  };
}
