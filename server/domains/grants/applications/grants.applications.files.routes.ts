import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../../shared/errors';
import { applicationFile, applicationFileList, applicationFileUpload } from '../../../../shared/grants.applications';
import { requireUser } from '../../../platform/auth';
import type { AppContext } from '../../../platform/context';
import { contentDisposition } from '../../../platform/uploads';
import { deleteApplicationFile, listApplicationFiles, readApplicationFile, uploadApplicationFile } from './grants.applications.files';

const tags = ['grant applications'];
const idParams = z.object({ id: z.uuid() });
const fileParams = idParams.extend({ fileId: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
// Browsers may show these inline; anything else downloads, so an uploaded file never runs as a page.
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** Files attached to an application: the lead's officers attach and remove them while a draft. */
export function applicationFilesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/applications/:id/files', {
      config: { access: 'user' },
      schema: { tags, operationId: 'listApplicationFiles', summary: 'Application files', description: "An application's files. Its readers, and its assessors after they declared no conflict of interest.", params: idParams, response: { 200: applicationFileList, ...errors } },
    }, async (req) => listApplicationFiles(ctx, requireUser(req), req.params.id));

    app.post('/applications/:id/files', {
      config: { access: 'user' },
      bodyLimit: 8 * 1024 * 1024,
      schema: { tags, operationId: 'uploadApplicationFile', summary: 'Attach a file', description: 'Attaches a file to a draft (PDF, images, office documents; 5 MB). Officers of the lead authority only.', params: idParams, body: applicationFileUpload, response: { 201: applicationFile, ...errors } },
    }, async (req, reply) => reply.status(201).send(await uploadApplicationFile(ctx, requireUser(req), req.params.id, req.body)));

    app.get('/applications/:id/files/:fileId', {
      config: { access: 'user' },
      schema: { tags, operationId: 'downloadApplicationFile', summary: 'Download an application file', description: 'The bytes of an attached file with its content type. The same readers as the list.', params: fileParams },
    }, async (req, reply) => {
      const file = await readApplicationFile(ctx, requireUser(req), req.params.id, req.params.fileId);
      const disposition = INLINE.has(file.contentType) ? 'inline' : 'attachment';
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(disposition, file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    });

    app.delete('/applications/:id/files/:fileId', {
      config: { access: 'user' },
      schema: { tags, operationId: 'deleteApplicationFile', summary: 'Remove an application file', description: 'Removes a file from a draft. Officers of the lead authority only.', params: fileParams, response: { 204: z.null(), ...errors } },
    }, async (req, reply) => {
      await deleteApplicationFile(ctx, requireUser(req), req.params.id, req.params.fileId);
      return reply.status(204).send(null);
    });
  };
}
