import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Agent, refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { outbox } from '../../platform/mail.schema';
import { signedUp } from '../accounts/accounts.testkit';
import { settleExpiredConfirmations } from './participation.anonymous';
import { answerAnonymously, confirm, mailedLink, mailsTo } from './participation.anonymous.testkit';
import { consultationConfirmations } from './participation.schema';
import { answerBody, moveDates, opened } from './participation.testkit';

const world = withDemoPeople();

const bodyFor = (o: Awaited<ReturnType<typeof opened>>) => answerBody(o.questions.map((q) => q.id), o.statements.map((s) => s.id), 'youth', 'EU');
const stored = async () => ({ mails: (await world.t.ctx.db.select().from(outbox)).length, links: (await world.t.ctx.db.select().from(consultationConfirmations)).length });

describe('who may answer without an account', () => {
  it('refuses signed-in and invited consultations (403) and mails nothing', async () => {
    const before = await stored();
    for (const audience of ['signed_in', 'invited'] as const) {
      const o = await opened(world.p.manager, { audience, invitedAuthorities: audience === 'invited' ? ['DE_05315000'] : [] });
      expect(refusal(await answerAnonymously(world.t, o.id, 'nope@example.org', bodyFor(o)))).toBe('403 forbidden');
    }
    expect(await stored()).toEqual(before);
  });

  it('answers 404 for a consultation that does not exist', async () => {
    expect(refusal(await answerAnonymously(world.t, '00000000-0000-4000-8000-000000000000', 'x@example.org', { group: 'citizen', side: 'TR' }))).toBe('404 not_found');
  });
});

describe('bad input', () => {
  it('answers a bad address or a response that does not fit with a 400 naming the field, and stores nothing', async () => {
    const o = await opened(world.p.manager);
    const before = await stored();
    const bad = await answerAnonymously(world.t, o.id, 'not-an-address', bodyFor(o));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toEqual(['email']);
    const outOfScale = await answerAnonymously(world.t, o.id, 'fine@example.org', { ...bodyFor(o), answers: [{ questionId: 'q3', value: 9 }] });
    expect(outOfScale.json().fields.map((f: { path: string }) => f.path)).toEqual(['answers.0.value']);
    const missing = await answerAnonymously(world.t, o.id, 'fine@example.org', { ...bodyFor(o), answers: [] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.length).toBeGreaterThan(0);
    expect(await stored()).toEqual(before);
  });

  it('answers a link that was never mailed with a 400 on the token', async () => {
    const o = await opened(world.p.manager);
    const res = await confirm(world.t, o.id, 'x'.repeat(43));
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ path: 'token', message: expect.any(String) }]);
  });

  it('does not take a link of one consultation on another', async () => {
    const [a, b] = [await opened(world.p.manager), await opened(world.p.manager)];
    await answerAnonymously(world.t, a.id, 'cross@example.org', bodyFor(a));
    expect((await confirm(world.t, b.id, (await mailedLink(world.t, 'cross@example.org')).token)).statusCode).toBe(400);
  });
});

describe('open, closed and expired', () => {
  it('takes no world.anonymous answer before the opening or after the close (409)', async () => {
    const o = await opened(world.p.manager);
    await moveDates(world.t, o.id, 'upcoming');
    expect(refusal(await answerAnonymously(world.t, o.id, 'early@example.org', bodyFor(o)))).toBe('409 consultation_not_open');
    await moveDates(world.t, o.id, 'closed');
    const closed = await answerAnonymously(world.t, o.id, 'late@example.org', bodyFor(o));
    expect(refusal(closed)).toBe('409 consultation_closed');
    expect(closed.json().params.at).toEqual(expect.any(String));
    expect(await mailsTo(world.t, 'late@example.org')).toEqual([]);
  });

  it('records nothing from a link opened after the close, and deletes its mail', async () => {
    const o = await opened(world.p.manager);
    await answerAnonymously(world.t, o.id, 'slow@example.org', bodyFor(o));
    const link = await mailedLink(world.t, 'slow@example.org');
    await moveDates(world.t, o.id, 'closed');
    expect(refusal(await confirm(world.t, o.id, link.token))).toBe('409 consultation_closed');
    expect(refusal(await confirm(world.t, o.id, link.token))).toBe('409 consultation_closed');
    expect(await mailsTo(world.t, 'slow@example.org')).toEqual([]);
    expect((await new Agent(world.t.app).request('GET', `/api/consultations/${o.id}`)).json().respondents).toBe(0);
  });

  it('refuses an expired link with 409 confirmation_expired', async () => {
    const o = await opened(world.p.manager);
    await answerAnonymously(world.t, o.id, 'expired@example.org', bodyFor(o));
    const link = await mailedLink(world.t, 'expired@example.org');
    await world.t.ctx.db.update(consultationConfirmations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(consultationConfirmations.consultationId, o.id));
    expect(refusal(await confirm(world.t, o.id, link.token))).toBe('409 confirmation_expired');
    expect(await mailsTo(world.t, 'expired@example.org')).toEqual([]);
  });

  it('settles expired links on its own round: the pending response and the mail with the address go', async () => {
    const o = await opened(world.p.manager);
    await answerAnonymously(world.t, o.id, 'forgotten@example.org', bodyFor(o));
    const link = await mailedLink(world.t, 'forgotten@example.org');
    const later = new Date(Date.now() + 49 * 3_600_000);
    expect(await settleExpiredConfirmations(world.t.ctx, later)).toBeGreaterThanOrEqual(1);
    expect(await mailsTo(world.t, 'forgotten@example.org')).toEqual([]);
    const [row] = await world.t.ctx.db.select().from(consultationConfirmations).where(eq(consultationConfirmations.consultationId, o.id));
    expect(row).toMatchObject({ settled: 'confirmation_expired', emailHash: null, response: null });
    expect(refusal(await confirm(world.t, o.id, link.token))).toBe('409 confirmation_expired');
    // Thirty days on, the settled link itself is forgotten.
    await settleExpiredConfirmations(world.t.ctx, new Date(later.getTime() + 31 * 86_400_000));
    expect(await world.t.ctx.db.select().from(consultationConfirmations).where(eq(consultationConfirmations.consultationId, o.id))).toEqual([]);
  });
});

describe('the decision', () => {
  it('is mailed to account holders only: an world.anonymous respondent has no address on record', async () => {
    const o = await opened(world.p.manager);
    const selin = await signedUp(world.t.app, 'selin.account@example.org', 'Selin Account');
    expect((await selin.request('POST', `/api/consultations/${o.id}/responses`, bodyFor(o))).statusCode).toBe(201);
    await answerAnonymously(world.t, o.id, 'anon.decision@example.org', bodyFor(o));
    expect((await confirm(world.t, o.id, (await mailedLink(world.t, 'anon.decision@example.org')).token)).statusCode).toBe(200);
    await moveDates(world.t, o.id, 'closed');
    const published = await world.p.manager.request('POST', `/api/consultations/${o.id}/decision`, { text: { en: 'We keep the trees', tr: 'Ağaçları koruyoruz' } });
    expect(published.statusCode).toBe(200);
    expect(published.json().respondents).toBe(2);
    expect((await mailsTo(world.t, 'selin.account@example.org')).map((m) => m.subject)).toEqual([expect.stringContaining('decision')]);
    expect(await mailsTo(world.t, 'anon.decision@example.org')).toEqual([]);
  });
});
