import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, sessionList } from '../../../shared/accounts';
import { apiError } from '../../../shared/errors';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { changePassword } from './accounts.reset';
import { endAllSessions, endOwnSession, listSessions } from './accounts.sessions';

const tags = ['accounts'];
const security = [{ session: [], csrf: [] }];
const empty = z.null().describe('No body');

/** The signed-in user's own sessions (list, sign out one, sign out everywhere else) and password change. */
export function ownSessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/auth/me/sessions', {
      config: { access: 'user' },
      schema: { tags, operationId: 'listMySessions', summary: 'Your sessions', description: 'The signed-in user\'s live sessions: started, last used, browser, address, and which is this one. Signed-in users only.', response: { 200: sessionList, 401: apiError } },
    }, async (req) => ({ items: await listSessions(ctx.db, requireUser(req).id, req.sessionId, ctx.config.auth) }));

    app.delete('/auth/me/sessions/:id', {
      config: { access: 'user' },
      schema: { tags, operationId: 'endMySession', summary: 'Sign out a session', description: 'Signs out one of the signed-in user\'s sessions (404 for one that is not theirs). Signed-in users only.', security, params: z.object({ id: z.uuid() }), response: { 204: empty, 400: apiError, 401: apiError, 403: apiError, 404: apiError } },
    }, async (req, reply) => {
      await endOwnSession(ctx.db, requireUser(req).id, req.params.id);
      return reply.code(204).send(null);
    });

    app.post('/auth/me/sessions/end-others', {
      config: { access: 'user' },
      schema: { tags, operationId: 'endMyOtherSessions', summary: 'Sign out everywhere else', description: 'Signs out every session of the signed-in user but this one. Signed-in users only.', security, response: { 200: z.object({ ended: z.number().int() }), 401: apiError, 403: apiError } },
    }, async (req) => ({ ended: await endAllSessions(ctx.db, requireUser(req).id, req.sessionId ?? undefined) }));

    app.post('/auth/me/password', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'changeMyPassword',
        summary: 'Change your password',
        description: 'Changes the signed-in user\'s password after checking the current one; every other session of the user ends. A weak new password gives 400 with a field code. Signed-in users only.',
        security,
        body: changePasswordBody,
        response: { 204: empty, 400: apiError, 401: apiError, 403: apiError },
      },
    }, async (req, reply) => {
      await changePassword(ctx.db, requireUser(req).id, req.sessionId, req.body);
      return reply.code(204).send(null);
    });
  };
}
