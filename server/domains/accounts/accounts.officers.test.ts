import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp, type TestApp, refusal } from '../../test/harness';
import { seedDemoAccounts } from './accounts.demo';
import { outbox } from '../../platform/mail.schema';
import { signedIn, signedUp } from './accounts.testkit';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  admin = await signedIn(t.app, 'admin@twinbridge.demo');
});
afterAll(async () => t.close());

const decide = (id: string, decision: string, agent = admin) => agent.request('POST', `/api/admin/officer-requests/${id}/decision`, { decision });

describe('an officer request approved by an admin', () => {
  let officer: Agent;
  let requestId = '';

  it('is filed by a signed-in user as pending', async () => {
    officer = await signedUp(t.app, 'ankara@example.org', 'Mehmet Demir');
    const res = await officer.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-06', position: 'Dış İlişkiler' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ authorityCode: 'TR-BSB-06', authorityName: 'Ankara Büyükşehir Belediyesi', status: 'pending', position: 'Dış İlişkiler' });
    requestId = res.json().id;
    const me = (await officer.request('GET', '/api/auth/me')).json().user;
    expect(me).toMatchObject({ role: 'public', authorityCode: null, officerRequest: { authorityCode: 'TR-BSB-06', status: 'pending' } });
  });

  it('cannot be filed twice while pending', async () => {
    const res = await officer.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-34' });
    expect(refusal(res)).toBe('409 officer_request_pending');
  });

  it('leaves the user unable to edit the profile before approval', async () => {
    expect((await officer.request('PATCH', '/api/authorities/TR-BSB-06', { descriptionEn: 'Too early' })).statusCode).toBe(403);
  });

  it('appears in the admin queue with user and authority', async () => {
    const res = await admin.request('GET', '/api/admin/officer-requests?status=pending');
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((i: { id: string }) => i.id === requestId);
    expect(item).toMatchObject({ userName: 'Mehmet Demir', userEmail: 'ankara@example.org', authorityCode: 'TR-BSB-06', authorityName: 'Ankara Büyükşehir Belediyesi', status: 'pending' });
    expect(res.json().items.every((i: { status: string }) => i.status === 'pending')).toBe(true);
  });

  it('once approved makes the user an officer of that authority, audited and mailed', async () => {
    const res = await decide(requestId, 'approved');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
    const me = (await officer.request('GET', '/api/auth/me')).json().user;
    expect(me).toMatchObject({ role: 'officer', authorityCode: 'TR-BSB-06' });
    const audit = (await admin.request('GET', `/api/admin/audit?entityType=officer_request&entityId=${requestId}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'officer_request.approved', actorName: 'Demo Admin', after: { status: 'approved' } });
    const roleAudit = (await admin.request('GET', `/api/admin/audit?entityType=user&entityId=${me.id}`)).json();
    expect(roleAudit.items[0]).toMatchObject({ action: 'user.role_changed', before: { role: 'public' }, after: { role: 'officer' } });
    const [mail] = await t.ctx.db.select().from(outbox).where(eq(outbox.to, 'ankara@example.org')).orderBy(desc(outbox.createdAt));
    expect(mail?.subject).toMatch(/approved/);
  });

  it('lets the officer edit their own authority, recorded in the audit log and shown to the public at once', async () => {
    const anon = new Agent(t.app);
    const publicView = async () => (await anon.request('GET', '/api/authorities/TR-BSB-06')).json();
    expect((await publicView()).descriptionEn).not.toMatch(/^Capital/); // read, and kept for signed-out readers
    const res = await officer.request('PATCH', '/api/authorities/TR-BSB-06', { descriptionEn: 'Capital of Türkiye, looking for partners in smart cities.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().descriptionEn).toBe('Capital of Türkiye, looking for partners in smart cities.');
    expect((await publicView()).descriptionEn).toBe('Capital of Türkiye, looking for partners in smart cities.');
    expect((await publicView()).officers).toBeUndefined();
    const audit = (await admin.request('GET', '/api/admin/audit?entityType=authority&entityId=TR-BSB-06')).json();
    expect(audit.items[0]).toMatchObject({ action: 'authority.profile_updated', actorName: 'Mehmet Demir', after: { descriptionEn: expect.stringMatching(/^Capital/) } });
  });

  it("refuses the officer on another authority's profile", async () => {
    expect((await officer.request('PATCH', '/api/authorities/TR-BSB-34', { descriptionEn: 'Not mine' })).statusCode).toBe(403);
  });

  it('cannot be decided again, nor replaced while approved', async () => {
    expect(refusal(await decide(requestId, 'rejected'))).toBe('409 officer_request_decided');
    expect(refusal(await officer.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-34' }))).toBe('409 officer_already_linked');
  });
});

describe('a rejected officer request', () => {
  it('keeps the user public and may be replaced by a new one', async () => {
    const user = await signedUp(t.app, 'hopeful@example.org');
    const first = (await user.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-34' })).json();
    const res = await decide(first.id, 'rejected');
    expect(res.json().status).toBe('rejected');
    expect((await user.request('GET', '/api/auth/me')).json().user).toMatchObject({ role: 'public', authorityCode: null, officerRequest: { status: 'rejected' } });
    expect((await user.request('PATCH', '/api/authorities/TR-BSB-34', { descriptionEn: 'x' })).statusCode).toBe(403);
    const again = await user.request('POST', '/api/officer-requests', { authorityCode: 'DE_05315000', position: 'Volunteer' });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ authorityCode: 'DE_05315000', status: 'pending', decidedAt: null });
  });
});

describe('officer request refusals', () => {
  it('is 401 for anonymous callers, 404 for an unknown authority, 400 for bad input', async () => {
    const anon = new Agent(t.app);
    expect((await anon.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-06' })).statusCode).toBe(401);
    expect((await anon.request('PATCH', '/api/authorities/TR-BSB-06', { descriptionEn: 'x' })).statusCode).toBe(401);
    const user = await signedUp(t.app, 'wrongcode@example.org');
    expect((await user.request('POST', '/api/officer-requests', { authorityCode: 'XX_00000' })).statusCode).toBe(404);
    const bad = await user.request('POST', '/api/officer-requests', { authorityCode: 'TR' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].path).toBe('authorityCode');
  });

  it('gives 404 for an unknown request id, 400 for a malformed one or decision', async () => {
    expect((await decide(randomUUID(), 'approved')).statusCode).toBe(404);
    const malformed = await decide('not-a-uuid', 'approved');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().fields[0].path).toBe('id');
    expect((await decide(randomUUID(), 'maybe')).statusCode).toBe(400);
  });

  it('only lets admins decide', async () => {
    const user = await signedUp(t.app, 'sneaky@example.org');
    const { id } = (await user.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-06' })).json();
    const manager = await signedIn(t.app, 'manager@twinbridge.demo');
    expect((await decide(id, 'approved', user)).statusCode).toBe(403);
    expect((await decide(id, 'approved', manager)).statusCode).toBe(403);
    expect((await decide(id, 'approved', new Agent(t.app))).statusCode).toBe(401);
    expect((await user.request('GET', '/api/auth/me')).json().user.role).toBe('public');
  });
});
