import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { outbox } from './mail.schema';
import { testApp, type TestApp } from '../test/harness';
import { openDatabase } from './db';
import { createMailer, type Mail, type Mailer } from './mail';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
/** Mailers made here, stopped after each test: a sweep left running would deliver the next test's mail (or fail on a closed database, as the test files share a process). */
const made: Mailer[] = [];
const mailerOn: typeof createMailer = (...args) => {
  const mailer = createMailer(...args);
  made.push(mailer);
  return mailer;
};
afterEach(async () => {
  await Promise.all(made.splice(0).map((mailer) => mailer.stop()));
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.ctx.db.delete(outbox);
});

/** A nodemailer transport that keeps what it is given; `fail` makes it refuse like a down SMTP server. */
function memoryTransport(fail = false) {
  const delivered: { to: string; subject: string }[] = [];
  const transport = nodemailer.createTransport({
    name: 'memory',
    version: '1',
    send(mail, done) {
      if (fail) return done(new Error('connection refused'), undefined as never);
      delivered.push({ to: String(mail.data.to), subject: String(mail.data.subject) });
      done(null, { envelope: mail.message.getEnvelope(), messageId: 'x' } as never);
    },
  });
  return { transport, delivered };
}
const mail = (n: number): Mail => ({ to: `officer${n}@example.org`, subject: `Note ${n}`, body: 'Hello' });
const settle = () => new Promise((r) => setTimeout(r, 100));

describe('the mailer', () => {
  it('puts several mails in the outbox at once, ids in order, and writes nothing for none', async () => {
    const { transport, delivered } = memoryTransport();
    const mailer = mailerOn(t.ctx.db, transport, 'TwinBridge <no-reply@example.org>');
    expect(await mailer.sendMany(t.ctx.db, [])).toEqual([]);
    const ids = await t.ctx.db.transaction(async (tx) => mailer.sendMany(tx, [mail(1), mail(2), mail(3)]));
    const rows = await t.ctx.db.select().from(outbox);
    expect(ids.map((id) => rows.find((r) => r.id === id)?.to)).toEqual(['officer1@example.org', 'officer2@example.org', 'officer3@example.org']);
    await mailer.flush();
    expect(delivered.map((d) => d.subject).sort()).toEqual(['Note 1', 'Note 2', 'Note 3']);
  });

  it('mails nobody for a change that rolls back, and delivers a committed one once', async () => {
    const { transport, delivered } = memoryTransport();
    const mailer = mailerOn(t.ctx.db, transport, 'TwinBridge <no-reply@example.org>');
    await expect(t.ctx.db.transaction(async (tx) => {
      await mailer.send(tx, mail(1));
      throw new Error('the change fails after its mail was written');
    })).rejects.toThrow('the change fails');
    await t.ctx.db.transaction(async (tx) => mailer.send(tx, mail(2)));
    await mailer.flush();
    await settle();
    expect(delivered).toEqual([{ to: 'officer2@example.org', subject: 'Note 2' }]);
    const rows = await t.ctx.db.select().from(outbox);
    expect(rows.map((r) => [r.to, r.sentAt !== null, r.error])).toEqual([['officer2@example.org', true, null]]);
    expect(await mailer.flush()).toBe(0);
  });

  it('never sends one mail twice when rounds overlap', async () => {
    const { transport, delivered } = memoryTransport();
    const mailer = mailerOn(t.ctx.db, transport, 'x@example.org');
    for (let n = 1; n <= 25; n++) await mailer.send(t.ctx.db, mail(n));
    await Promise.all([mailer.flush(), mailer.flush(), mailerOn(t.ctx.db, transport, 'x@example.org').flush()]);
    await settle();
    expect(delivered.map((d) => d.to).sort()).toEqual(Array.from({ length: 25 }, (_, i) => `officer${i + 1}@example.org`).sort());
  });

  it('records a failed delivery and keeps the mail in the outbox', async () => {
    const { transport } = memoryTransport(true);
    const mailer = mailerOn(t.ctx.db, transport, 'x@example.org');
    await mailer.send(t.ctx.db, mail(1));
    await mailer.flush();
    await settle();
    const [row] = await t.ctx.db.select().from(outbox);
    expect([row!.sentAt, row!.error]).toEqual([null, 'Error: connection refused']);
  });

  it('only keeps mails in the outbox without SMTP, and tells the sender which row holds its mail', async () => {
    const mailer = mailerOn(t.ctx.db, undefined, 'x@example.org');
    const id = await mailer.send(t.ctx.db, mail(1));
    expect(await mailer.flush()).toBe(0);
    expect((await t.ctx.db.select().from(outbox)).map((r) => [r.id, r.sentAt])).toEqual([[id, null]]);
  });

  it('logs a background round that fails as a whole instead of swallowing it', async () => {
    // The mail is written with the caller's handle; the round after it runs on a database that is gone.
    const gone = await openDatabase({});
    await gone.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const mailer = mailerOn(gone.db, memoryTransport().transport, 'x@example.org');
      await mailer.send(t.ctx.db, mail(1));
      await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(1));
      expect(logged.mock.calls[0]![0]).toBe('TwinBridge: a mail delivery round failed; its mails wait for the next round:');
      expect(logged.mock.calls[0]![1]).toBeInstanceOf(Error);
      expect((await t.ctx.db.select().from(outbox)).map((r) => [r.to, r.sentAt])).toEqual([['officer1@example.org', null]]);
    } finally {
      logged.mockRestore();
    }
  });

  it('stops its sweep when told, so a process that closed its database (the primary of several) logs no failed rounds', async () => {
    const gone = await openDatabase({});
    await gone.close();
    const failures: unknown[] = [];
    vi.useFakeTimers();
    try {
      const sweeping = mailerOn(gone.db, memoryTransport().transport, 'x@example.org', (err) => failures.push(err));
      await vi.advanceTimersByTimeAsync(30_000);
      expect(failures).toHaveLength(1); // the sweep ran on the closed database
      await sweeping.stop();
      await vi.advanceTimersByTimeAsync(120_000);
      expect(failures).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
