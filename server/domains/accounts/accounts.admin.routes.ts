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
  disabledChangeBody,
  roleChangeBody,
  sessionUser,
  type SessionUser,
} from '../../../shared/accounts';
import { apiError } from '../../../shared/errors';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { adminUserById, changeCountry, changeRole, listAudit, listOutbox, listUsers, setDisabled } from './accounts.admin';
import { decideOfficerRequest, fileOfficerRequest, listOfficerRequests } from './accounts.officers';
import { revokeOfficerLink } from './accounts.officers.revoke';
import { loadSessionUser } from './accounts.service';
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
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'createOfficerRequest',
        summary: 'Ask to be an officer',
        description: 'Asks to act for an authority as its officer; an admin approves or rejects the request. Signed-in users who are not yet officers may call it.',
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
      config: { access: { roles: ['admin'] } },
      schema: { tags: adminTags, operationId: 'listOfficerRequests', summary: 'Officer requests', description: 'Officer requests, newest first, filtered by status. Admins only.', security, querystring: officerRequestQuery, response: { 200: officerRequestList, 400: apiError, ...refused } },
    }, async (req) => {
      requireAdmin(req);
      return listOfficerRequests(ctx.db, ctx.directory, req.query);
    });

    app.post('/admin/officer-requests/:id/decision', {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: adminTags,
        operationId: 'decideOfficerRequest',
        summary: 'Decide an officer request',
        description: 'Approves or rejects a pending officer request; on approval the user becomes an officer of the authority. Admins only.',
        security,
        params: idParams,
        body: officerDecisionBody,
        response: { 200: officerRequest, 400: apiError, ...refused, 404: apiError, 409: apiError },
      },
    }, async (req) => {
      const admin = requireAdmin(req);
      return decideOfficerRequest(ctx.db, ctx.mail, ctx.directory, admin.id, req.params.id, req.body.decision);
    });

    app.delete('/officer-requests/mine', {
      config: { access: 'user' },
      schema: {
        tags,
        operationId: 'endOwnOfficerLink',
        summary: 'Stop acting for an authority',
        description: "Ends the caller's officer link (or withdraws a pending request); an officer becomes a public user at once. Signed-in users with a link only.",
        security,
        response: { 200: sessionUser, ...refused, 404: apiError },
      },
    }, async (req) => {
      const user = requireUser(req);
      await revokeOfficerLink(ctx.db, user.id, user.id);
      return loadSessionUser(ctx.db, user.id);
    });
  };
}

/** The admin's user list and roles, the outbox and the audit log. */
export function adminRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/admin/users', {
      config: { access: { roles: ['admin'] } },
      schema: { tags: adminTags, operationId: 'listUsers', summary: 'Users', description: 'Users found by a name or email fragment and by role. Admins only.', security, querystring: adminUserQuery, response: { 200: adminUserList, 400: apiError, ...refused } },
    }, async (req) => {
      requireAdmin(req);
      return listUsers(ctx.db, req.query);
    });

    app.patch('/admin/users/:id/role', {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: adminTags,
        operationId: 'setUserRole',
        summary: "Change a user's role",
        description: "Changes a user's role; admins cannot drop their own admin role. Admins only.",
        security,
        params: idParams,
        body: roleChangeBody,
        response: { 200: adminUser, 400: apiError, ...refused, 404: apiError, 409: apiError },
      },
    }, async (req) => {
      const admin = requireAdmin(req);
      return changeRole(ctx.db, admin.id, req.params.id, req.body.role);
    });

    app.delete('/admin/users/:id/officer-link', {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: adminTags,
        operationId: 'revokeOfficerLink',
        summary: "Revoke a user's officer link",
        description: 'Ends the officer link of a user (approved or pending); an officer becomes a public user at once. Admins only.',
        security,
        params: idParams,
        response: { 200: adminUser, 400: apiError, ...refused, 404: apiError },
      },
    }, async (req) => {
      const admin = requireAdmin(req);
      await revokeOfficerLink(ctx.db, admin.id, req.params.id);
      return adminUserById(ctx.db, req.params.id);
    });

    app.patch('/admin/users/:id/disabled', {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: adminTags,
        operationId: 'setUserDisabled',
        summary: 'Disable or enable an account',
        description: 'A disabled account cannot sign in, its sessions end at once, it receives no mail and is not listed as an officer; admins cannot disable themselves. Admins only.',
        security,
        params: idParams,
        body: disabledChangeBody,
        response: { 200: adminUser, 400: apiError, ...refused, 404: apiError, 409: apiError },
      },
    }, async (req) => {
      const admin = requireAdmin(req);
      return setDisabled(ctx.db, admin.id, req.params.id, req.body.disabled);
    });

    app.patch('/admin/users/:id/country', {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: adminTags,
        operationId: 'setAssessorCountry',
        summary: "Set an assessor's country",
        description: "Records the country an assessor is tied to, so a call can exclude assessors from the applicants' countries. Admins only.",
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
      config: { access: { roles: ['admin'] } },
      schema: { tags: adminTags, operationId: 'listOutbox', summary: 'Mail outbox', description: 'Mails the platform sent or queued (the development outbox when no SMTP server is set). Admins only.', security, querystring: outboxQuery, response: { 200: outboxList, 400: apiError, ...refused } },
    }, async (req) => {
      requireAdmin(req);
      return listOutbox(ctx.db, req.query);
    });

    app.get('/admin/audit', {
      config: { access: { roles: ['admin'] } },
      schema: { tags: adminTags, operationId: 'listAuditEntries', summary: 'Audit log', description: 'Audit entries of state changes, newest first. Admins only.', security, querystring: auditQuery, response: { 200: auditList, 400: apiError, ...refused } },
    }, async (req) => {
      requireAdmin(req);
      return listAudit(ctx.db, req.query);
    });
  };
}
