import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox } from '../../platform/mail.schema';
import { Agent, refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { signedIn, signedUp } from './accounts.testkit';

const w = withDemoPeople();
const PASSWORD = 'correct horse battery';

/** A fresh officer of `code`: signed up, asked, approved by the demo admin. */
async function newOfficer(email: string, name: string, code: string): Promise<{ agent: Agent; id: string }> {
  const agent = await signedUp(w.t.app, email, name, PASSWORD);
  const { id: requestId } = (await agent.request('POST', '/api/officer-requests', { authorityCode: code })).json();
  expect((await w.p.admin.request('POST', `/api/admin/officer-requests/${requestId}/decision`, { decision: 'approved' })).statusCode).toBe(200);
  const me = (await agent.request('GET', '/api/auth/me')).json().user;
  expect(me).toMatchObject({ role: 'officer', authorityCode: code });
  return { agent, id: me.id };
}

/** What the person still reaches of the authority: its approaches, conversations and notices, and its profile. */
async function reach(agent: Agent, code: string) {
  const eois = await agent.request('GET', '/api/expressions-of-interest');
  const convs = await agent.request('GET', '/api/conversations');
  const notes = await agent.request('GET', '/api/notifications');
  return {
    eois: eois.statusCode === 200 ? eois.json().items.length : eois.statusCode,
    conversations: convs.statusCode === 200 ? convs.json().items.length : convs.statusCode,
    notifications: notes.statusCode === 200 ? notes.json().items.length : notes.statusCode,
    editProfile: (await agent.request('PATCH', `/api/authorities/${code}`, { descriptionEn: 'Still mine?' })).statusCode,
  };
}

const listedOfficers = async (code: string) => ((await w.p.citizen.request('GET', `/api/authorities/${code}`)).json().officers as { name: string }[]).map((o) => o.name);
const mailsTo = async (email: string) => (await w.t.ctx.db.select().from(outbox).where(eq(outbox.to, email))).length;

/** An approach from Köln to `code` (its officers get a notice and a mail); returns its id. */
async function approach(code: string): Promise<string> {
  const res = await w.p.koln.request('POST', '/api/expressions-of-interest', { toCode: code, message: 'We would like to talk about youth exchanges.' });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}
const withdraw = async (id: string) => expect((await w.p.koln.request('POST', `/api/expressions-of-interest/${id}/withdraw`)).statusCode).toBe(200);

describe('a changed role applies at once to every route, list and mail', () => {
  it('an officer made a public user no longer reads the authority, is not listed and gets no new mail', async () => {
    const o = await newOfficer('izmir.officer@example.org', 'Zeynep Kaya', 'TR-BSB-35');
    const eoi = await approach('TR-BSB-35');
    expect(await reach(o.agent, 'TR-BSB-35')).toEqual({ eois: 1, conversations: 0, notifications: 1, editProfile: 200 });
    expect(await listedOfficers('TR-BSB-35')).toContain('Zeynep Kaya');

    expect((await w.p.admin.request('PATCH', `/api/admin/users/${o.id}/role`, { role: 'public' })).statusCode).toBe(200);
    // The change signed the person out; signed in again they are a public user.
    expect((await o.agent.request('GET', '/api/auth/me')).json().user).toBeNull();
    const again = await signedIn(w.t.app, 'izmir.officer@example.org', PASSWORD);
    expect((await again.request('GET', '/api/auth/me')).json().user).toMatchObject({ role: 'public', authorityCode: null });
    expect(await reach(again, 'TR-BSB-35')).toEqual({ eois: 0, conversations: 0, notifications: 0, editProfile: 403 });
    expect(await listedOfficers('TR-BSB-35')).not.toContain('Zeynep Kaya');
    const before = await mailsTo('izmir.officer@example.org');
    await withdraw(eoi);
    expect(await mailsTo('izmir.officer@example.org')).toBe(before);

    // Made an officer again, the person acts for the authority again through the link kept.
    expect((await w.p.admin.request('PATCH', `/api/admin/users/${o.id}/role`, { role: 'officer' })).statusCode).toBe(200);
    expect((await reach(await signedIn(w.t.app, 'izmir.officer@example.org', PASSWORD), 'TR-BSB-35')).eois).toBe(1);
  });

  it('an assessor whose officer request was approved does not act for the authority', async () => {
    const assessor = await signedIn(w.t.app, 'assessor3@twinbridge.demo');
    const { id } = (await assessor.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-16' })).json();
    expect((await w.p.admin.request('POST', `/api/admin/officer-requests/${id}/decision`, { decision: 'approved' })).statusCode).toBe(200);
    await withdraw(await approach('TR-BSB-16'));
    expect((await assessor.request('GET', '/api/auth/me')).json().user).toMatchObject({ role: 'assessor', authorityCode: null });
    expect(await reach(assessor, 'TR-BSB-16')).toEqual({ eois: 0, conversations: 0, notifications: 0, editProfile: 403 });
    expect(await listedOfficers('TR-BSB-16')).not.toContain('Mehmet Demir');
  });
});

describe('an officer link revoked', () => {
  it('by an admin: the officer becomes a public user at once, audited, and may ask again', async () => {
    const o = await newOfficer('antalya.officer@example.org', 'Can Öztürk', 'TR-BSB-07');
    await approach('TR-BSB-07');
    const res = await w.p.admin.request('DELETE', `/api/admin/users/${o.id}/officer-link`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'public', officerRequest: null });
    expect(await reach(o.agent, 'TR-BSB-07')).toEqual({ eois: 0, conversations: 0, notifications: 0, editProfile: 403 });
    expect(await listedOfficers('TR-BSB-07')).not.toContain('Can Öztürk');
    const audit = (await w.p.admin.request('GET', `/api/admin/audit?entityType=user&entityId=${o.id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'user.role_changed', before: { role: 'officer' }, after: { role: 'public' } });
    expect((await o.agent.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-07' })).statusCode).toBe(201);
    expect((await w.p.admin.request('DELETE', `/api/admin/users/${o.id}/officer-link`)).statusCode).toBe(200);
    expect((await w.p.admin.request('DELETE', `/api/admin/users/${o.id}/officer-link`)).statusCode).toBe(404);
  });

  it('by the person themself', async () => {
    const o = await newOfficer('bursa.officer@example.org', 'Ali Şahin', 'TR-BSB-16');
    const res = await o.agent.request('DELETE', '/api/officer-requests/mine');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'public', authorityCode: null, officerRequest: null });
    expect((await reach(o.agent, 'TR-BSB-16')).editProfile).toBe(403);
    expect(await listedOfficers('TR-BSB-16')).not.toContain('Ali Şahin');
    expect((await o.agent.request('DELETE', '/api/officer-requests/mine')).statusCode).toBe(404);
  });

  it('is refused to anyone else', async () => {
    const me = (await w.p.koln.request('GET', '/api/auth/me')).json().user;
    expect((await w.p.istanbul.request('DELETE', `/api/admin/users/${me.id}/officer-link`)).statusCode).toBe(403);
    expect((await w.p.manager.request('DELETE', `/api/admin/users/${me.id}/officer-link`)).statusCode).toBe(403);
    expect((await w.anonymous.request('DELETE', `/api/admin/users/${me.id}/officer-link`)).statusCode).toBe(401);
    expect((await w.anonymous.request('DELETE', '/api/officer-requests/mine')).statusCode).toBe(401);
    expect((await w.p.koln.request('GET', '/api/auth/me')).json().user.authorityCode).toBe('DE_05315000');
  });
});

describe('an account disabled by an admin', () => {
  it('ends its sessions, cannot sign in, gets no mail, is not listed; enabled again it can', async () => {
    const o = await newOfficer('konya.officer@example.org', 'Elif Arslan', 'TR-BSB-42');
    const res = await w.p.admin.request('PATCH', `/api/admin/users/${o.id}/disabled`, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().disabled).toBe(true);
    expect(await reach(o.agent, 'TR-BSB-42')).toEqual({ eois: 401, conversations: 401, notifications: 401, editProfile: 401 });
    const signIn = await new Agent(w.t.app).request('POST', '/api/auth/signin', { email: 'konya.officer@example.org', password: PASSWORD });
    expect(signIn.statusCode).toBe(401);
    expect(await listedOfficers('TR-BSB-42')).not.toContain('Elif Arslan');
    await withdraw(await approach('TR-BSB-42'));
    expect(await mailsTo('konya.officer@example.org')).toBe(1); // the approval of the request, before
    const audit = (await w.p.admin.request('GET', `/api/admin/audit?entityType=user&entityId=${o.id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'user.disabled', actorName: 'Demo Admin' });

    expect((await w.p.admin.request('PATCH', `/api/admin/users/${o.id}/disabled`, { disabled: false })).json().disabled).toBe(false);
    expect((await o.agent.request('GET', '/api/auth/me')).json().user).toBeNull(); // the old session stays ended
    const again = await signedIn(w.t.app, 'konya.officer@example.org', PASSWORD);
    expect((await reach(again, 'TR-BSB-42')).eois).toBe(1);
    expect(await listedOfficers('TR-BSB-42')).toContain('Elif Arslan');
  });

  it('is refused for the admin themself, for non-admins, and for bad input', async () => {
    const adminId = (await w.p.admin.request('GET', '/api/auth/me')).json().user.id;
    const citizenId = (await w.p.citizen.request('GET', '/api/auth/me')).json().user.id;
    expect(refusal(await w.p.admin.request('PATCH', `/api/admin/users/${adminId}/disabled`, { disabled: true }))).toBe('409 own_account_disabled');
    expect((await w.p.manager.request('PATCH', `/api/admin/users/${citizenId}/disabled`, { disabled: true })).statusCode).toBe(403);
    expect((await w.anonymous.request('PATCH', `/api/admin/users/${citizenId}/disabled`, { disabled: true })).statusCode).toBe(401);
    const bad = await w.p.admin.request('PATCH', `/api/admin/users/${citizenId}/disabled`, { disabled: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].path).toBe('disabled');
    expect((await w.p.citizen.request('GET', '/api/auth/me')).json().user).not.toBeNull();
  });
});

describe('a role changed by an admin', () => {
  it('signs the person out everywhere, so no session carries the old role', async () => {
    const { agent, id } = await newOfficer('roles.everywhere@example.org', 'Rol Değişen', 'TR-BSB-35');
    const other = await signedIn(w.t.app, 'roles.everywhere@example.org', PASSWORD);
    expect((await w.p.admin.request('PATCH', `/api/admin/users/${id}/role`, { role: 'public' })).statusCode).toBe(200);
    expect((await agent.request('GET', '/api/auth/me')).json().user).toBeNull();
    expect((await other.request('GET', '/api/auth/me')).json().user).toBeNull();
    const again = await signedIn(w.t.app, 'roles.everywhere@example.org', PASSWORD);
    const me = await again.request('GET', '/api/auth/me');
    expect(me.json().user).toMatchObject({ role: 'public', authorityCode: null });
  });
});
