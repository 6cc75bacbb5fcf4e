import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminUser,
  adminUserList,
  adminUserQuery,
  auditList,
  auditQuery,
  officerDecisionBody,
  officerRequest,
  officerRequestBody,
  officerRequestList,
  officerRequestQuery,
  outboxList,
  outboxQuery,
  countryChangeBody,
  roleChangeBody,
  type SessionUser,
} from '../../../shared/accounts';
import { apiError } from '../../../shared/errors';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { changeCountry, changeRole, listAudit, listOutbox, listUsers } from './accounts.admin';
import { decideOfficerRequest, fileOfficerRequest, listOfficerRequests } from './accounts.officers';
import { canAdministerAccounts, canAskToBeOfficer } from './accounts.policy';

const tags = ['accounts'];
const adminTags = ['admin'];
const security = [{ session: [], csrf: [] }];
// A malformed id is the caller's mistake: 400 from the schema, never a database cast error.
const idParams = z.object({ id: z.uuid() });
const refused = { 401: apiError, 403: apiError };

function requireAdmin(req: FastifyRequest): SessionUser {
  const user = requireUser(req);
  if (!canAdministerAccounts(user)) throw forbidden('Only admins may do this');
  return user;
}

/** A user asks to act for an authority; admins read the queue and decide. */
export function officerRequestRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/officer-requests', {
      schema: {
        tags,
        summary: 'Ask to act for an authority as its officer; an admin decides',
        security,
        body: officerRequestBody,
        response: { 201: officerRequest, 400: apiError, ...refused, 404: apiError, 409: apiError },
      },
    }, async (req, reply) => {
      const user = requireUser(req);
      if (!canAskToBeOfficer(user)) throw forbidden();
      return reply.code(201).send(await fileOfficerRequest(ctx.db, ctx.directory, user.id, req.body));
    });

    app.get('/admin/officer-requests', {
      schema: { tags: adminTags, summary: 'Officer requests, newest first', security, querystring: officerRequestQuery, response: { 200: officerRequestList, 400: apiError, ...refused } },
    }, async (req) => {
      requireAdmin(req);
      return listOfficerRequests(ctx.db, ctx.directory, req.query);
    });

    app.post('/admin/officer-requests/:id/decision', {
      schema: {
        tags: adminTags,
        summary: 'Approve or reject a pending officer request',
        security,
        params: idParams,
        body: officerDecisionBody,
        response: { 200: officerRequest, 400: apiError, ...refused, 404: apiError, 409: apiError },
      },
    }, async (req) => {
      const admin = requireAdmin(req);
      return decideOfficerRequest(ctx.db, ctx.mail, ctx.directory, admin.id, req.params.id, req.body.decision);
    });
  };
}

/** The admin's user list and roles, the outbox and the audit log. */
export function adminRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/admin/users', {
      schema: { tags: adminTags, summary: 'Users by name/email fragment and role', security, querystring: adminUserQuery, response: { 200: adminUserList, 400: apiError, ...refused } },
    }, async (req) => {
      requireAdmin(req);
      return listUsers(ctx.db, req.query);
    });

    app.patch('/admin/users/:id/role', {
      schema: {
        tags: adminTags,
        summary: "Change a user's role (admins cannot drop their own admin role)",
        security,
        params: idParams,
        body: roleChangeBody,
        response: { 200: adminUser, 400: apiError, ...refused, 404: apiError, 409: apiError },
      },
    }, async (req) => {
      const admin = requireAdmin(req);
      return changeRole(ctx.db, admin.id, req.params.id, req.body.role);
    });

    app.patch('/admin/users/:id/country', {
      schema: {
        tags: adminTags,
        summary: "Record the country an assessor is tied to (a call may exclude assessors from the applicants' countries)",
        security,
        params: idParams,
        body: countryChangeBody,
        response: { 200: adminUser, 400: apiError, ...refused, 404: apiError },
      },
    }, async (req) => {
      const admin = requireAdmin(req);
      return changeCountry(ctx.db, admin.id, req.params.id, req.body.country);
    });

    app.get('/admin/outbox', {
      schema: { tags: adminTags, summary: 'Mails the platform sent (the dev outbox without SMTP)', security, querystring: outboxQuery, response: { 200: outboxList, 400: apiError, ...refused } },
    }, async (req) => {
      requireAdmin(req);
      return listOutbox(ctx.db, req.query);
    });

    app.get('/admin/audit', {
      schema: { tags: adminTags, summary: 'Audit entries, newest first', security, querystring: auditQuery, response: { 200: auditList, 400: apiError, ...refused } },
    }, async (req) => {
      requireAdmin(req);
      return listAudit(ctx.db, req.query);
    });
  };
}
