import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { twinningFile, twinningFileUpload } from '../../../shared/twinnings';
import { twinningFileList, twinningFilePatch } from '../../../shared/twinnings.api';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { contentDisposition } from '../../platform/uploads';
import { changeFile, listFiles, readFile, uploadFile } from './twinnings.files.service';

const tags = ['twinnings'];
const idParams = z.object({ id: z.uuid() });
const fileParams = idParams.extend({ fileId: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
// Browsers may show these inline; anything else downloads, so an uploaded file never runs as a page.
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** Documents and photos of a twinning: private to its officers and admins unless marked public. */
export function filesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/twinnings/:id/files', {
      config: { access: 'public' },
      schema: { tags, operationId: 'listTwinningFiles', summary: 'Twinning files', description: 'Files of a twinning: public ones for everyone, private ones also for its officers and admins.', params: idParams, response: { 200: twinningFileList, ...errors } },
    }, async (req) => listFiles(ctx, req.user ?? null, req.params.id));

    app.post('/twinnings/:id/files', {
      config: { access: 'user' },
      bodyLimit: 8 * 1024 * 1024,
      schema: { tags, operationId: 'uploadTwinningFile', summary: 'Upload a twinning file', description: 'Uploads a protocol, letter, report or activity photo (PDF, images, office documents; 5 MB). Officers of either side only.', params: idParams, body: twinningFileUpload, response: { 201: twinningFile, ...errors } },
    }, async (req, reply) => reply.status(201).send(await uploadFile(ctx, requireUser(req), req.params.id, req.body)));

    app.get('/twinnings/:id/files/:fileId', {
      config: { access: 'public' },
      schema: { tags, operationId: 'downloadTwinningFile', summary: 'Download a twinning file', description: "The file's bytes with its content type. Anyone for a public file; a private one for the twinning's officers and admins only.", params: fileParams },
    }, async (req, reply) => {
      const file = await readFile(ctx, req.user ?? null, req.params.id, req.params.fileId);
      const disposition = INLINE.has(file.contentType) ? 'inline' : 'attachment';
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(disposition, file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', file.public ? 'public, max-age=300' : 'private, no-store')
        .send(file.bytes);
    });

    app.patch('/twinnings/:id/files/:fileId', {
      config: { access: 'user' },
      schema: { tags, operationId: 'setTwinningFileVisibility', summary: 'Make a file public or private', description: 'Changes whether a twinning file is public. Officers of either side and admins only.', params: fileParams, body: twinningFilePatch, response: { 200: twinningFile, ...errors } },
    }, async (req) => (await changeFile(ctx, requireUser(req), req.params.id, req.params.fileId, req.body))!);

    app.delete('/twinnings/:id/files/:fileId', {
      config: { access: 'user' },
      schema: { tags, operationId: 'deleteTwinningFile', summary: 'Remove a twinning file', description: 'Removes a file from a twinning. Officers of either side and admins only.', params: fileParams, response: { 204: z.null(), ...errors } },
    }, async (req, reply) => {
      await changeFile(ctx, requireUser(req), req.params.id, req.params.fileId, 'delete');
      return reply.status(204).send(null);
    });
  };
}
