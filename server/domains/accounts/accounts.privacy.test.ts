import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit.schema';
import { outbox } from '../../platform/mail.schema';
import { Agent, refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { userReferences } from './accounts.privacy';
import { officerLinks, users } from './accounts.schema';
import { signedIn, signedUp } from './accounts.testkit';

const world = withDemoPeople();
const PASSWORD = 'correct horse battery';

/** A fresh person with an officer request, mail settings and a reset mail: data in several tables. */
async function personWithData(email: string): Promise<{ agent: Agent; id: string }> {
  const { t } = world;
  const agent = await signedUp(t.app, email, 'Ayşe Gizlilik', PASSWORD);
  expect((await agent.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-06', position: 'Dış ilişkiler' })).statusCode).toBe(201);
  expect((await agent.request('PUT', '/api/auth/me/mail-preferences', { contact: false, twinning: true, grants: true, reminders: true, participation: true })).statusCode).toBeLessThan(300);
  await new Agent(t.app).request('POST', '/api/auth/password-reset/request', { email });
  const [row] = await t.ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return { agent, id: row!.id };
}

describe('personal data: the right of access', () => {
  it('finds every column that names a user in every table, and shows none of the secrets', () => {
    const refs = userReferences().map((r) => `${r.table}.${r.column}`);
    for (const known of ['audit_log.actor_id', 'officer_links.user_id', 'sessions.user_id', 'messages.author_id', 'comments.author_id', 'notifications.user_id']) {
      expect(refs).toContain(known);
    }
    const shown = userReferences().flatMap((r) => r.shown);
    expect(shown.filter((c) => /hash|token|csrf/.test(c))).toEqual([]);
  });

  it('gives the signed-in user everything about them as JSON, without secrets; refuses the signed-out', async () => {
    const { agent, id } = await personWithData('ayse.export@example.org');
    const res = await agent.request('GET', '/api/auth/me/data');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.json() as { account: { id: string; email: string; name: string }; records: Record<string, Record<string, unknown>[]>; mails: { subject: string }[] };
    expect(data.account).toMatchObject({ id, email: 'ayse.export@example.org', name: 'Ayşe Gizlilik' });
    expect(data.records['officer_links.user_id']).toEqual([expect.objectContaining({ authority_code: 'TR-BSB-06', status: 'pending' })]);
    expect(data.records['sessions.user_id']).toHaveLength(1);
    expect(data.records['audit_log.actor_id']!.map((r) => r.action)).toEqual(expect.arrayContaining(['user.signed_up', 'officer_request.filed']));
    expect(data.mails.length).toBeGreaterThan(0);
    expect(res.body).not.toMatch(/token_hash|password_hash|csrf_token|\$argon2/);

    expect((await world.anonymous.request('GET', '/api/auth/me/data')).statusCode).toBe(401);
  });
});

describe('personal data: closing one\'s account', () => {
  it('refuses a wrong password and changes nothing', async () => {
    const { agent, id } = await personWithData('ayse.keep@example.org');
    const res = await agent.request('POST', '/api/auth/me/delete', { password: 'not my password' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([expect.objectContaining({ path: 'password', code: 'wrong_password' })]);
    const [row] = await world.t.ctx.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ email: 'ayse.keep@example.org', deletedAt: null });
    expect((await agent.request('GET', '/api/auth/me')).json().user.id).toBe(id);
  });

  it('removes who the person was, keeps a pseudonymous id for the records, ends sessions, frees the address', async () => {
    const { t } = world;
    const email = 'ayse.gone@example.org';
    const { agent, id } = await personWithData(email);
    const other = await signedIn(t.app, email, PASSWORD);

    const res = await agent.request('POST', '/api/auth/me/delete', { password: PASSWORD });
    expect(res.statusCode).toBe(204);

    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, id));
    expect(row!.deletedAt).not.toBeNull();
    expect(row!.name).toBe(`#${id.slice(0, 8)}`);
    expect(row!.email).not.toContain('ayse');
    expect(await t.ctx.db.select().from(officerLinks).where(eq(officerLinks.userId, id))).toEqual([]);
    expect(await t.ctx.db.select().from(outbox).where(sql`lower(${outbox.to}) = ${email}`)).toEqual([]);
    const trail = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['user.signed_up', 'user.deleted']));
    expect(JSON.stringify(trail)).not.toMatch(/ayse|Ayşe|Gizlilik/i);

    // Every session ends, both the one that closed the account and another one.
    expect((await agent.request('GET', '/api/auth/me')).json().user).toBeNull();
    expect((await other.request('GET', '/api/auth/me')).json().user).toBeNull();
    expect((await new Agent(t.app).request('POST', '/api/auth/signin', { email, password: PASSWORD })).statusCode).toBe(401);
    // The address is free again for a new account.
    await signedUp(t.app, email, 'Ayşe Yeniden', PASSWORD);
  });

  it('keeps the last administrator, and refuses the signed-out and a request without the CSRF token', async () => {
    const { p, anonymous, t } = world;
    expect(refusal(await p.admin.request('POST', '/api/auth/me/delete', { password: 'twinbridge-demo' }))).toBe('409 last_admin');
    expect((await anonymous.request('POST', '/api/auth/me/delete', { password: 'x' })).statusCode).toBe(401);
    const noCsrf = await signedUp(t.app, 'ayse.csrf@example.org', 'Ayşe', PASSWORD);
    noCsrf.csrf = '';
    expect((await noCsrf.request('POST', '/api/auth/me/delete', { password: PASSWORD })).statusCode).toBe(403);
    // The CSRF check comes before the body is read: a forged request learns nothing from a validation error.
    expect((await noCsrf.request('POST', '/api/auth/me/delete', {})).statusCode).toBe(403);
  });
});
