import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp, type TestApp, refusal } from '../../test/harness';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './accounts.demo';
import { signedIn, signedUp } from './accounts.testkit';

let t: TestApp;
let admin: Agent;
let others: { role: string; agent: Agent }[];
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  admin = await signedIn(t.app, 'admin@twinbridge.demo');
  const nonAdmins = DEMO_ACCOUNTS.filter((a) => a.role !== 'admin');
  others = await Promise.all(nonAdmins.map(async (a) => ({ role: a.role, agent: await signedIn(t.app, a.email) })));
});
afterAll(async () => t.close());

const someId = randomUUID();
const ADMIN_ROUTES: [method: 'GET' | 'POST' | 'PATCH', url: string, body?: object][] = [
  ['GET', '/api/admin/officer-requests'],
  ['POST', `/api/admin/officer-requests/${someId}/decision`, { decision: 'approved' }],
  ['GET', '/api/admin/users'],
  ['PATCH', `/api/admin/users/${someId}/role`, { role: 'admin' }],
  ['PATCH', `/api/admin/users/${someId}/country`, { country: 'DE' }],
  ['GET', '/api/admin/outbox'],
  ['GET', '/api/admin/audit'],
];

async function userId(email: string): Promise<string> {
  const res = await admin.request('GET', `/api/admin/users?q=${encodeURIComponent(email)}`);
  const id = res.json().items[0]?.id as string | undefined;
  if (!id) throw new Error(`no user ${email}`);
  return id;
}

describe('admin routes refuse everyone but admins', () => {
  it.each(ADMIN_ROUTES)('%s %s is 401 for anonymous callers', async (method, url, body) => {
    expect((await new Agent(t.app).request(method, url, body)).statusCode).toBe(401);
  });
  it.each(ADMIN_ROUTES)('%s %s is 403 for every other role', async (method, url, body) => {
    expect(others.map((o) => o.role)).toEqual(['programme_manager', 'assessor', 'assessor', 'assessor', 'officer', 'officer', 'public']);
    for (const { role, agent } of others) expect((await agent.request(method, url, body)).statusCode, role).toBe(403);
  });
});

describe('GET /api/admin/users', () => {
  it('finds users by a fragment of name or email, case-insensitively', async () => {
    const res = await admin.request('GET', '/api/admin/users?q=ISTANBUL');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ email: 'istanbul@twinbridge.demo', role: 'officer', officerRequest: { authorityCode: 'TR-BSB-34', status: 'approved' } })]);
    expect((await admin.request('GET', '/api/admin/users?q=Becker')).json().items[0].email).toBe('koln@twinbridge.demo');
  });
  it('treats LIKE wildcards in q literally', async () => {
    expect((await admin.request('GET', '/api/admin/users?q=%25')).json().total).toBe(0);
    expect((await admin.request('GET', '/api/admin/users?q=_')).json().total).toBe(0);
  });
  it('filters by role and pages with a total', async () => {
    const officers = (await admin.request('GET', '/api/admin/users?role=officer')).json();
    expect(officers.items.map((u: { email: string }) => u.email).sort()).toEqual(['istanbul@twinbridge.demo', 'koln@twinbridge.demo']);
    const page1 = (await admin.request('GET', '/api/admin/users?limit=2&offset=0')).json();
    const page2 = (await admin.request('GET', '/api/admin/users?limit=2&offset=2')).json();
    expect(page1.total).toBeGreaterThanOrEqual(DEMO_ACCOUNTS.length);
    expect(page1.items).toHaveLength(2);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
  });
  it('rejects bad query values with 400 and the field', async () => {
    for (const [url, field] of [
      ['/api/admin/users?role=king', 'role'],
      ['/api/admin/users?limit=0', 'limit'],
      ['/api/admin/users?offset=-1', 'offset'],
    ] as const) {
      const res = await admin.request('GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().fields[0].path, url).toBe(field);
    }
  });
});

describe('PATCH /api/admin/users/:id/role', () => {
  it("changes a user's role, audited, and the user's rights follow", async () => {
    const user = await signedUp(t.app, 'future.assessor@example.org');
    const id = await userId('future.assessor@example.org');
    const res = await admin.request('PATCH', `/api/admin/users/${id}/role`, { role: 'assessor' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, role: 'assessor' });
    // The change signed the user out everywhere; signed in again, the new role holds.
    expect((await user.request('GET', '/api/auth/me')).json().user).toBeNull();
    expect((await (await signedIn(t.app, 'future.assessor@example.org', 'correct horse battery')).request('GET', '/api/auth/me')).json().user.role).toBe('assessor');
    const audit = (await admin.request('GET', `/api/admin/audit?entityType=user&entityId=${id}`)).json();
    expect(audit.items.find((a: { action: string }) => a.action === 'user.role_changed')).toMatchObject({ action: 'user.role_changed', actorName: 'Demo Admin', before: { role: 'public' }, after: { role: 'assessor' } });
  });
  it('refuses an admin removing their own admin role with 409', async () => {
    const id = await userId('admin@twinbridge.demo');
    const res = await admin.request('PATCH', `/api/admin/users/${id}/role`, { role: 'public' });
    expect(refusal(res)).toBe('409 own_admin_role');
    expect((await admin.request('GET', '/api/auth/me')).json().user.role).toBe('admin');
  });
  it('is 404 for an unknown user, 400 for a malformed id or role', async () => {
    expect((await admin.request('PATCH', `/api/admin/users/${randomUUID()}/role`, { role: 'public' })).statusCode).toBe(404);
    const malformed = await admin.request('PATCH', '/api/admin/users/42/role', { role: 'public' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().fields[0].path).toBe('id');
    expect((await admin.request('PATCH', `/api/admin/users/${randomUUID()}/role`, { role: 'king' })).statusCode).toBe(400);
  });
  it('needs the CSRF token', async () => {
    const id = await userId('citizen@twinbridge.demo');
    const forger = new Agent(t.app);
    forger.cookie = admin.cookie;
    expect((await forger.request('PATCH', `/api/admin/users/${id}/role`, { role: 'admin' })).statusCode).toBe(403);
  });
});

describe('GET /api/admin/outbox', () => {
  it('shows the mails the platform sent, newest first', async () => {
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: 'citizen@twinbridge.demo' } });
    const res = await admin.request('GET', '/api/admin/outbox?limit=1');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThanOrEqual(1);
    expect(res.json().items[0]).toMatchObject({ to: 'citizen@twinbridge.demo', subject: 'TwinBridge şifrenizi sıfırlayın', sentAt: null, error: null });
  });
});

describe('GET /api/admin/audit', () => {
  it('lists entries newest first and filters by entity', async () => {
    const all = (await admin.request('GET', '/api/admin/audit?limit=200')).json();
    const times = all.items.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    const users = (await admin.request('GET', '/api/admin/audit?entityType=user&limit=200')).json();
    expect(users.total).toBeGreaterThan(0);
    expect(users.items.every((e: { entityType: string }) => e.entityType === 'user')).toBe(true);
  });
});

describe('OpenAPI', () => {
  it('describes the accounts routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/auth/signup', '/api/auth/signin', '/api/auth/me', '/api/auth/password-reset/confirm', '/api/officer-requests', '/api/admin/users/{id}/role', '/api/admin/audit']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/auth/signin'].post.responses['429']).toBeDefined();
  });
});

describe('PATCH /api/admin/users/:id/country', () => {
  it("records an assessor's country (EL read as GR), audited, and clears it", async () => {
    const id = await userId('assessor3@twinbridge.demo');
    const res = await admin.request('PATCH', `/api/admin/users/${id}/country`, { country: 'el' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, country: 'GR' });
    expect((await admin.request('GET', '/api/admin/users?q=assessor3')).json().items[0].country).toBe('GR');
    expect((await admin.request('PATCH', `/api/admin/users/${id}/country`, { country: null })).json().country).toBeNull();
    const audit = (await admin.request('GET', `/api/admin/audit?entityType=user&entityId=${id}`)).json();
    const changes = audit.items.filter((e: { action: string }) => e.action === 'user.country_changed');
    expect(changes.map((e: { before: { country: string | null }; after: { country: string | null } }) => `${e.before.country}→${e.after.country}`)).toEqual(['GR→null', 'null→GR']);
  });
  it('refuses a code that is not two letters with 400 and the field, changing nothing', async () => {
    const id = await userId('assessor2@twinbridge.demo');
    const before = (await admin.request('GET', '/api/admin/users?q=assessor2')).json().items[0].country;
    for (const country of ['Germany', 'D', '12', '']) {
      const res = await admin.request('PATCH', `/api/admin/users/${id}/country`, { country });
      expect(res.statusCode, country).toBe(400);
      expect(res.json().fields[0].path).toBe('country');
    }
    expect((await admin.request('GET', '/api/admin/users?q=assessor2')).json().items[0].country).toBe(before);
    expect((await admin.request('PATCH', `/api/admin/users/${randomUUID()}/country`, { country: 'DE' })).statusCode).toBe(404);
  });
});
