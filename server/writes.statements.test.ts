import fs from 'node:fs';
import path from 'node:path';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './domains/accounts/accounts.schema';
import { applications } from './domains/grants/grants.schema';
import { noticeMail } from './domains/matching/matching.mails';
import { conversations, messages, notifications } from './domains/matching/matching.schema';
import { auditLog } from './platform/audit.schema';
import { outbox } from './platform/mail.schema';
import { testApp, type TestApp } from './test/harness';
import { countTrips } from './test/trips';
import { writeScenario, type WriteScenario } from './test/trips.scenario';

// The signed-in writes of the load mix (issue 16) in few statements: under load each round trip waits
// a turn of the busy event loop. What they write, and that a failure writes nothing, is the same as
// when each row took its own statement in a transaction.

let t: TestApp;
let s: WriteScenario;
beforeAll(async () => {
  t = await testApp();
  s = await writeScenario(t);
});
afterAll(async () => t.close());

const db = () => t.ctx.db;
const userId = async (email: string) => (await db().select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const audits = async (action: string, entityId: string) =>
  (await db().select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId))))[0]!.n;

/** The outbox holds the mail noticeMail writes to this officer about a message from `from` to `to`. */
async function expectMail(email: string, from: string, to: string, message: string): Promise<void> {
  const [person] = await db().select().from(users).where(eq(users.email, email));
  const expected = noticeMail({
    to: email,
    locale: person!.locale === 'en' ? 'en' : 'tr',
    recipientName: person!.name,
    authorityName: t.ctx.directory.get(to)!.name,
    kind: 'message_received',
    payload: { title: t.ctx.directory.get(from)!.name, link: `/partners/conversations/${s.conversation}` },
    message,
    publicUrl: t.ctx.config.publicUrl,
  });
  const mails = await db().select({ to: outbox.to, subject: outbox.subject, body: outbox.body }).from(outbox).where(eq(outbox.to, email));
  expect(mails).toContainEqual(expected);
}

describe('a message', () => {
  it('takes at most three statements: the session, the conversation’s sides (once per process), the write', async () => {
    const { res, trips } = await s.message();
    expect(res.statusCode).toBe(201);
    expect(trips).toBeLessThanOrEqual(3);
    // The sides of a conversation never change: the next message needs only the session and the write.
    const next = await s.message('And another.');
    expect(next.res.statusCode).toBe(201);
    expect(next.trips).toBeLessThanOrEqual(2);
  });

  it('writes the message, its audit entry, the other side’s notice and mail, and settles the writer’s side', async () => {
    const subject = `conversation:${s.conversation}`;
    const [koln, istanbul] = [await userId('koln@twinbridge.demo'), await userId('istanbul@twinbridge.demo')];
    expect((await s.koln.request('POST', `/api/conversations/${s.conversation}/messages`, { body: 'Spring suits us.' })).statusCode).toBe(201);
    const unread = await db().select().from(notifications).where(and(eq(notifications.userId, istanbul), eq(notifications.subject, subject)));
    expect(unread.some((n) => n.readAt === null)).toBe(true);

    const { res } = await s.message('Then we come in April.');
    const id: string = res.json().id;
    const [m] = await db().select().from(messages).where(eq(messages.id, id));
    expect(m).toMatchObject({ conversationId: s.conversation, authorId: istanbul, authorCode: 'TR-BSB-34', body: 'Then we come in April.' });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'message.posted'), sql`${auditLog.after}->>'messageId' = ${id}`));
    expect(entry).toMatchObject({ actorId: istanbul, entityType: 'conversation', entityId: s.conversation, before: null, after: { messageId: id, attachments: 0 } });
    const [notice] = await db().select().from(notifications).where(eq(notifications.userId, koln)).orderBy(sql`${notifications.createdAt} desc`).limit(1);
    expect(notice).toMatchObject({ kind: 'message_received', subject, authorityCode: 'DE_05315000', readAt: null, payload: { link: `/partners/conversations/${s.conversation}` } });
    // Each side's officer is mailed in their own language and name, word for word as noticeMail writes it.
    await expectMail('koln@twinbridge.demo', 'TR-BSB-34', 'DE_05315000', 'Then we come in April.');
    await expectMail('istanbul@twinbridge.demo', 'DE_05315000', 'TR-BSB-34', 'Spring suits us.');
    // Replying settled İstanbul's notices about the conversation; the conversation moved up.
    const after = await db().select().from(notifications).where(and(eq(notifications.userId, istanbul), eq(notifications.subject, subject)));
    expect(after.every((n) => n.readAt !== null)).toBe(true);
    const [c] = await db().select().from(conversations).where(eq(conversations.id, s.conversation));
    expect(c!.lastMessageAt.getTime()).toBeGreaterThanOrEqual(m!.createdAt.getTime() - 1000);
  });

  it('that fails writes nothing: no message, file, audit entry, notice or mail, and the conversation stays as it was', async () => {
    const before = async () => ({
      messages: (await db().select({ n: count() }).from(messages))[0]!.n,
      audits: (await db().select({ n: count() }).from(auditLog))[0]!.n,
      notices: await db().select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).orderBy(notifications.id),
      mails: (await db().select({ n: count() }).from(outbox))[0]!.n,
      conversation: (await db().select().from(conversations).where(eq(conversations.id, s.conversation)))[0],
    });
    // Köln writes, so İstanbul has an unread notice a reply would settle.
    await s.koln.request('POST', `/api/conversations/${s.conversation}/messages`, { body: 'One more thing.' });
    const was = await before();
    const uploads = path.join(t.ctx.config.dataDir, 'uploads');
    const files = () => (fs.existsSync(uploads) ? fs.readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length : 0);
    const filesWere = files();
    // The mails are the write's last part but one: a failing outbox fails the whole statement.
    await db().execute(sql.raw(`create function tb_refuse() returns trigger language plpgsql as $$ begin raise exception 'outbox refused'; end $$`));
    await db().execute(sql.raw('create trigger tb_refuse before insert on outbox for each row execute function tb_refuse()'));
    try {
      const pdf = Buffer.from('%PDF-1.4\n% a tiny test file\n').toString('base64');
      const res = await s.istanbul.request('POST', `/api/conversations/${s.conversation}/messages`, { body: 'Lost?', attachments: [{ filename: 'plan.pdf', contentType: 'application/pdf', dataBase64: pdf }] });
      expect(res.statusCode).toBe(500);
    } finally {
      await db().execute(sql.raw('drop trigger tb_refuse on outbox'));
      await db().execute(sql.raw('drop function tb_refuse()'));
    }
    expect(await before()).toEqual(was);
    expect(files()).toBe(filesWere);
  });
});

describe('a draft edit', () => {
  const url = () => `/api/applications/${s.draft}`;

  it('takes three statements: the session, the application with what its answer shows, the write', async () => {
    const { res, trips } = await s.draftEdit('Three statements.');
    expect(res.statusCode).toBe(200);
    expect(res.json().content.summaryEn).toBe('Three statements.');
    expect(trips).toBeLessThanOrEqual(3);
  });

  it('writes one audit entry per save, and refuses a stale copy as before', async () => {
    const audited = await audits('application.updated', s.draft);
    const saved = await s.istanbul.request('PATCH', url(), { content: { titleEn: 'Recycling together' } });
    expect(saved.json().content).toMatchObject({ titleEn: 'Recycling together', summaryEn: 'Three statements.' });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'application.updated'), eq(auditLog.entityId, s.draft))).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(entry).toMatchObject({ entityType: 'application', before: null, after: { fields: ['titleEn'] } });
    expect(await audits('application.updated', s.draft)).toBe(audited + 1);
    const stale = await s.istanbul.request('PATCH', url(), { content: { titleEn: 'Old copy' }, expectedUpdatedAt: '2020-01-01T00:00:00.000Z' });
    expect(stale.json()).toMatchObject({ reason: 'changed_meanwhile' });
    expect(await s.koln.request('PATCH', url(), { content: { titleEn: 'Not yours' } }).then((r) => r.statusCode)).toBe(404);
    expect(await audits('application.updated', s.draft)).toBe(audited + 1);
  });

  it('changed between its read and its write, saves under the lock instead: once, with one audit entry', async () => {
    const audited = await audits('application.updated', s.draft);
    // Someone else's change lands after the read (statement 2) and before the write (statement 3).
    const meanwhile = () => db().update(applications).set({ content: sql`${applications.content} || '{"titleTr":"Birlikte geri dönüşüm"}'::jsonb`, updatedAt: new Date() }).where(eq(applications.id, s.draft));
    const { result: res, trips } = await countTrips(db(), () => s.istanbul.request('PATCH', url(), { content: { summaryTr: 'Kilitli yol.' } }), { statement: 3, run: meanwhile });
    expect(res.statusCode).toBe(200);
    expect(res.json().content).toMatchObject({ summaryTr: 'Kilitli yol.', titleTr: 'Birlikte geri dönüşüm', titleEn: 'Recycling together' });
    expect(trips).toBeGreaterThan(3); // the guarded write found the row changed, and the locked path ran
    expect(await audits('application.updated', s.draft)).toBe(audited + 1);
  });

  it('two saves at once both land, each audited', async () => {
    const audited = await audits('application.updated', s.draft);
    const [a, b] = await Promise.all([
      s.istanbul.request('PATCH', url(), { content: { objectives: ['Share the sorting plant’s figures'] } }),
      s.istanbul.request('PATCH', url(), { content: { durationMonths: 18 } }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const now = (await s.istanbul.request('GET', url())).json();
    expect(now.content).toMatchObject({ objectives: ['Share the sorting plant’s figures'], durationMonths: 18 });
    expect(await audits('application.updated', s.draft)).toBe(audited + 2);
  });
});
