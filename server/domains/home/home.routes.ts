import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../shared/errors';
import { homeView } from '../../../shared/home';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { homeOf } from './home.service';

/** The signed-in user's home ("My TwinBridge"). */
export function homeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/me/home', {
      config: { access: 'user' },
      schema: {
        tags: ['home'],
        operationId: 'getMyHome',
        summary: 'Your home',
        description: 'What waits for the signed-in user, per role: approvals, approaches, conversations, applications, assessments, calls, officer requests. Signed-in users only.',
        security: [{ session: [] }],
        response: { 200: homeView, 401: apiError },
      },
    }, async (req) => homeOf(ctx, requireUser(req)));
  };
}
