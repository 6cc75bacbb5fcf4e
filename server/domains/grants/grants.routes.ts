import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { announceGrantWrites } from './grants.answers';
import { applicationsRoutes } from './applications/grants.applications.routes';
import { awardsRoutes } from './awards/grants.awards.routes';
import { evaluationRoutes } from './evaluation/grants.evaluation.routes';
import { committeeRoutes } from './evaluation/grants.committee.routes';
import { exportsRoutes } from './grants.exports.routes';
import { programmesRoutes } from './calls/grants.programmes.routes';

/** The grant scheme: programmes and calls, applications, evaluation, awards, contracts and payments. */
export function grantsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    announceGrantWrites(app, ctx);
    for (const part of [programmesRoutes, applicationsRoutes, evaluationRoutes, awardsRoutes, exportsRoutes, committeeRoutes]) await app.register(part(ctx));
  };
}
