import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/accounts';
import { withDemoPeople } from '../test/people.testkit';
import { authPlugin, gateRefusal } from './auth';
import type { AppContext } from './context';

// The coarse gate of every route (config.access), answered before the body is parsed or validated.

const user = (role: SessionUser['role']): SessionUser => ({
  id: 'u',
  email: 'u@example.org',
  name: 'U',
  role,
  locale: 'en',
  authorityCode: null,
  officerRequest: null,
});

describe('gateRefusal', () => {
  it('lets anyone through a public route, any user through a user route, only the named roles through a roles route', () => {
    expect(gateRefusal('public', null)).toBeNull();
    expect(gateRefusal('user', null)).toBe(401);
    expect(gateRefusal('user', user('public'))).toBeNull();
    const managers = { roles: ['programme_manager', 'admin'] as const };
    expect(gateRefusal(managers, null)).toBe(401);
    expect(gateRefusal(managers, user('officer'))).toBe(403);
    expect(gateRefusal(managers, user('admin'))).toBeNull();
  });
});

describe('the gate in the app', () => {
  const world = withDemoPeople();

  it('answers 401 to a signed-out caller and 403 to a wrong role before it looks at the body', async () => {
    const { anonymous, p } = world;
    // Before the gate ran in onRequest, both were a 400 for the malformed body.
    expect((await anonymous.request('POST', '/api/programmes', { code: 42 })).statusCode).toBe(401);
    expect((await p.citizen.request('POST', '/api/programmes', { code: 42 })).statusCode).toBe(403);
    expect((await p.manager.request('POST', '/api/programmes', { code: 42 })).statusCode).toBe(400);
    // A malformed id in the path is no different: the refusal comes first.
    expect((await anonymous.request('GET', '/api/applications/not-a-uuid')).statusCode).toBe(401);
    expect((await p.citizen.request('GET', '/api/admin/users?limit=nope')).statusCode).toBe(403);
  });

  it('refuses to build an app with a documented route that declares no gate', async () => {
    const app = Fastify();
    await app.register(cookie);
    await app.register(authPlugin, { ctx: {} as AppContext });
    expect(() => app.get('/x', { schema: { operationId: 'undeclared' } }, async () => 'x')).toThrow(
      'Route undeclared (GET /x) declares no config.access',
    );
    app.get('/y', { config: { access: 'public' }, schema: { operationId: 'declared' } }, async () => 'y');
    expect((await app.inject({ method: 'GET', url: '/y' })).body).toBe('y');
    await app.close();
  });
});
