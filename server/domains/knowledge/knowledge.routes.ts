import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { entryDecision, entryInput, libraryEntry, librarySearchQuery, librarySearchResult, reviewList as reviewListSchema } from '../../../shared/knowledge';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { searchLibrary } from './knowledge.search';
import { decideEntry, getEntry, proposeEntry, reviewList } from './knowledge.service';

const tags = ['library'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

/** The best-practice library: search, entries, proposals and their review. */
export function libraryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/library', {
      schema: { tags, operationId: 'searchLibrary', summary: 'Search the library', description: 'Full-text search of published entries in Turkish and English (`lang`; both when absent) with stemming and accent folding, filtered by theme, country, entry kind (`type`) and authority type; each hit with a snippet as plain text and highlight ranges. Best matches first; newest first without words. Anyone may call it.', querystring: librarySearchQuery, response: { 200: librarySearchResult, 400: apiError } },
    }, async (req) => searchLibrary(ctx, req.query));

    app.get('/library/review', {
      schema: { tags, operationId: 'listLibraryReview', summary: 'Library proposals to review', description: 'Programme managers and admins: proposed entries waiting for a decision, oldest first. Officers: their own proposals with their status. Others are refused.', response: { 200: reviewListSchema, 401: apiError, 403: apiError } },
    }, async (req) => reviewList(ctx, req.user));

    app.get('/library/:id', {
      schema: { tags, operationId: 'getLibraryEntry', summary: 'A library entry', description: 'A published entry, for anyone; a proposed or rejected one only for its proposer, programme managers and admins (404 for others).', params: idParams, response: { 200: libraryEntry, 400: apiError, 404: apiError } },
    }, async (req) => getEntry(ctx, req.user, req.params.id));

    app.post('/library', {
      schema: { tags, operationId: 'proposeLibraryEntry', summary: 'Propose a library entry', description: 'A guide, case study or document in Turkish and/or English with themes, country, authority type, year and links to authorities, twinnings and projects (each must exist). It stays unpublished until a programme manager decides. Officers of an authority, programme managers and admins.', body: entryInput, response: { 201: libraryEntry, 400: apiError, 401: apiError, 403: apiError } },
    }, async (req, reply) => reply.status(201).send(await proposeEntry(ctx, requireUser(req), req.body)));

    app.post('/library/:id/decision', {
      schema: { tags, operationId: 'decideLibraryEntry', summary: 'Publish or reject a library entry', description: 'Publishes a proposed entry, or rejects it with a reason; audited. A decided entry answers 409 library_entry_decided. Programme managers and admins.', params: idParams, body: entryDecision, response: { 200: libraryEntry, ...errors, 409: apiError } },
    }, async (req) => decideEntry(ctx, req.user, req.params.id, req.body));
  };
}
