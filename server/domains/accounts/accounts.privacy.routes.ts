import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { deleteAccountBody, personalData } from '../../../shared/privacy';
import { endSession, requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { deleteAccount, exportPersonalData } from './accounts.privacy';

const tags = ['accounts'];
const security = [{ session: [], csrf: [] }];

/** The data subject's rights in self-service: a copy of one's data, and closing one's account. */
export function privacyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/auth/me/data', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'exportMyData',
        summary: 'Download your data',
        description: "Everything the platform holds about the signed-in user as JSON (GDPR Art. 15 and 20, KVKK Art. 11): the account, every record that names them, and the mails sent to them. Signed-in users only.",
        response: { 200: personalData, 401: apiError },
      },
    }, async (req, reply) => {
      const data = await exportPersonalData(ctx.db, requireUser(req).id);
      return reply.header('content-disposition', 'attachment; filename="twinbridge-my-data.json"').send(data);
    });

    app.post('/auth/me/delete', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'deleteMyAccount',
        summary: 'Close your account',
        description: 'Closes the signed-in account after checking its password: name, email, sessions, officer link, notifications and mails are removed; grant records keep a pseudonym. The last administrator cannot. Signed-in users only.',
        security,
        body: deleteAccountBody,
        response: { 204: z.null().describe('No body'), 400: apiError, 401: apiError, 403: apiError, 409: apiError },
      },
    }, async (req, reply) => {
      await deleteAccount(ctx.db, requireUser(req).id, req.body.password);
      await endSession(ctx.sessions, req, reply);
      return reply.code(204).send(null);
    });
  };
}
