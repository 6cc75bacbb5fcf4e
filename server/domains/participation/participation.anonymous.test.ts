import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, refusal, testApp, type TestApp } from '../../test/harness';
import { auditLog } from '../../platform/audit.schema';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { answerAnonymously, confirm, mailedLink, mailsTo } from './participation.anonymous.testkit';
import { consultationConfirmations, consultationResponses } from './participation.schema';
import { answerBody, opened } from './participation.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let c: Awaited<ReturnType<typeof opened>>;
let body: ReturnType<typeof answerBody>;

/** A citizen's full response to consultation `o` (its own statements). */
const bodyFor = (o: typeof c) => answerBody(o.questions.map((q) => q.id), o.statements.map((s) => s.id), 'citizen', 'TR', 2);

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  c = await opened(p.manager);
  body = bodyFor(c);
});
afterAll(() => t.close());

const respondents = async (id = c.id) => (await new Agent(t.app).request('GET', `/api/consultations/${id}`)).json().respondents as number;

describe('an anonymous answer confirmed by a one-time link', () => {
  it('mails a working link, records the response once it is opened, and counts it in the results', async () => {
    const res = await answerAnonymously(t, c.id, 'ayse.anon@example.org', body);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ message: expect.any(String), expiresInHours: 48 });
    expect(await respondents()).toBe(0);
    const [mail] = await mailsTo(t, 'ayse.anon@example.org');
    expect(mail!.subject).toContain('Riverside park');
    expect(mail!.body).toContain('We do not keep your address');
    const link = await mailedLink(t, 'ayse.anon@example.org');
    expect(link.path).toMatch(new RegExp(`^/consultations/${c.id}/confirm\\?token=`));

    const done = await confirm(t, link.id, link.token);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ recorded: true, respondents: 1 });
    expect(await respondents()).toBe(1);
    const results = (await new Agent(t.app).request('GET', `/api/consultations/${c.id}/results`)).json();
    expect(results.respondents).toBe(1);
    expect(results.groups).toMatchObject([{ group: 'citizen', side: 'TR', respondents: 1 }]);
    expect(results.questions[0].options.map((o: { raw: number }) => o.raw)).toEqual([0, 0, 1]);
  });

  it('keeps the address nowhere: not on the response, not in the results, the audit log, the link or the outbox', async () => {
    const [row] = await t.ctx.db.select().from(consultationResponses).where(eq(consultationResponses.consultationId, c.id));
    expect(row!.userId).toBeNull();
    expect(row!.emailHash).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify([
      row,
      (await new Agent(t.app).request('GET', `/api/consultations/${c.id}/results`)).json(),
      await t.ctx.db.select().from(auditLog),
      await t.ctx.db.select().from(consultationConfirmations),
    ]).toLowerCase();
    expect(everything).not.toContain('ayse.anon');
    expect(await mailsTo(t, 'ayse.anon@example.org')).toEqual([]);
    const [settled] = await t.ctx.db.select().from(consultationConfirmations).where(eq(consultationConfirmations.consultationId, c.id));
    expect(settled).toMatchObject({ settled: 'confirmation_used', emailHash: null, response: null, mailId: null });
  });

  it('holds either an account or an address hash on every response (a check in the database)', async () => {
    const neither = t.ctx.db.insert(consultationResponses).values({ consultationId: c.id, group: 'citizen', side: 'TR' });
    await expect(neither).rejects.toThrow();
    const both = t.ctx.db.insert(consultationResponses).values({ consultationId: c.id, userId: '00000000-0000-4000-8000-000000000001', emailHash: 'ab', group: 'citizen', side: 'TR' });
    await expect(both).rejects.toThrow();
  });

  it('works once: the same link again is a 409 confirmation_used and records nothing', async () => {
    const second = await answerAnonymously(t, c.id, 'once@example.org', body);
    expect(second.statusCode).toBe(202);
    const link = await mailedLink(t, 'once@example.org');
    expect((await confirm(t, c.id, link.token)).statusCode).toBe(200);
    expect(refusal(await confirm(t, c.id, link.token))).toBe('409 confirmation_used');
    expect(await respondents()).toBe(2);
  });

  it('takes one response per address, whatever its case or +tag, and says the same to every request', async () => {
    const first = await answerAnonymously(t, c.id, 'mert.anon@example.org', body);
    const waiting = await mailedLink(t, 'mert.anon@example.org');
    const again = await answerAnonymously(t, c.id, 'Mert.Anon@Example.ORG', body);
    expect(again.json()).toEqual(first.json());
    const upper = await mailedLink(t, 'Mert.Anon@Example.ORG');
    expect((await confirm(t, c.id, upper.token)).statusCode).toBe(200);
    // The other link of the same mailbox can record nothing now: it is settled and its mail deleted.
    expect(await mailsTo(t, 'mert.anon@example.org')).toEqual([]);
    expect(refusal(await confirm(t, c.id, waiting.token))).toBe('409 already_responded');

    const later = await answerAnonymously(t, c.id, 'mert.anon+park@example.org', body);
    expect(later.statusCode).toBe(202);
    expect(later.json()).toEqual(first.json());
    expect(refusal(await confirm(t, c.id, (await mailedLink(t, 'mert.anon+park@example.org')).token))).toBe('409 already_responded');
    expect(await respondents()).toBe(3);
  });

  it('gives one 200 and one 409 to two links of one address confirmed at the same moment', async () => {
    const other = await opened(p.manager);
    await answerAnonymously(t, other.id, 'both@example.org', bodyFor(other));
    const a = await mailedLink(t, 'both@example.org');
    await answerAnonymously(t, other.id, 'BOTH@example.org', bodyFor(other));
    const b = await mailedLink(t, 'BOTH@example.org');
    const both = await Promise.all([confirm(t, other.id, a.token), confirm(t, other.id, b.token)]);
    expect(both.map(refusal).sort()).toEqual(['200 ', '409 already_responded']);
    expect(await respondents(other.id)).toBe(1);
  });

  it('mails at most three waiting links to one address, yet answers every request alike', async () => {
    const other = await opened(p.manager);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await answerAnonymously(t, other.id, 'many@example.org', bodyFor(other))).json());
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await mailsTo(t, 'many@example.org')).toHaveLength(3);
  });

  it('writes the mail in the language of the form', async () => {
    await answerAnonymously(t, c.id, 'turkce@example.org', body, 'tr');
    const [mail] = await mailsTo(t, 'turkce@example.org');
    expect(mail!.subject).toContain('Nehir kıyısı parkı');
    expect(mail!.body).toContain('E-posta adresinizi saklamıyoruz');
  });
});
