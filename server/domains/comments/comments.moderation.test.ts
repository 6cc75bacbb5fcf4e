import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, refusal, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedUp } from '../accounts/accounts.testkit';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { commentReports } from './comments.schema';
import { consultationTarget, crowd, posted, seen } from './comments.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let anonymous: Agent;
let page: string;
let author: Agent;

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  anonymous = new Agent(t.app);
  page = await consultationTarget(p.manager);
  author = await signedUp(t.app, 'ada.author@example.org', 'Ada Author');
});
afterAll(() => t.close());

const report = (who: Agent, id: string, reason = 'Insults other residents') => who.request('POST', `/api/comments/${id}/reports`, { reason });
const decide = (who: Agent, id: string, action: string, reason = 'Checked against the house rules') => who.request('POST', `/api/moderation/comments/${id}/decision`, { action, reason });
const queue = async (who: Agent, state: string) => (await who.request('GET', `/api/moderation/comments?state=${state}`)).json().items as { comment: { id: string; status: string; body: string }; reports: { reason: string; at: string }[]; lastDecision: { action: string; reason: string; by: string } | null }[];

describe('reports', () => {
  it('hold a comment once 3 different users reported it: gone for a fourth user, still there for its author and a moderator', async () => {
    const c = await posted(author, page, 'Something rude');
    const [r1, r2, r3, fourth] = await crowd(t, 'hold', 4);
    expect((await report(r1!, c.id)).json()).toEqual({ held: false });
    expect((await report(r2!, c.id, 'Off topic')).json()).toEqual({ held: false });
    expect(await seen(fourth!, page, c.id)).toMatchObject({ status: 'shown' });
    const third = await report(r3!, c.id);
    expect([third.statusCode, third.json()]).toEqual([201, { held: true }]);
    expect(await seen(fourth!, page, c.id)).toBeUndefined();
    expect(await seen(anonymous, page, c.id)).toBeUndefined();
    expect(await seen(r1!, page, c.id)).toBeUndefined();
    expect(await seen(author, page, c.id)).toMatchObject({ status: 'held', body: 'Something rude', mine: true, editableUntil: null });
    expect(await seen(p.manager, page, c.id)).toMatchObject({ status: 'held', body: 'Something rude' });
    const held = (await queue(p.manager, 'held')).find((i) => i.comment.id === c.id);
    expect(held?.reports.map((r) => r.reason)).toEqual(['Insults other residents', 'Off topic', 'Insults other residents']);
    expect(JSON.stringify(held)).not.toContain('hold 1'); // reporters are never named
    expect(refusal(await report(fourth!, c.id))).toBe('404 not_found');
    expect(refusal(await report(p.admin, c.id))).toBe('409 comment_not_shown');
  });

  it('are taken once per user, refused on one’s own comment and to the signed-out', async () => {
    const c = await posted(author, page, 'Debatable');
    expect((await report(p.citizen, c.id)).statusCode).toBe(201);
    expect(refusal(await report(p.citizen, c.id))).toBe('409 comment_already_reported');
    expect(refusal(await report(author, c.id))).toBe('409 comment_own');
    expect(refusal(await report(anonymous, c.id))).toBe('401 unauthorized');
    expect(await seen(p.citizen, page, c.id)).toMatchObject({ reportedByMe: true, canReport: false });
  });

  it('posted twice at the same moment by one user give one row and one 409', async () => {
    const c = await posted(author, page, 'Raced');
    const [a, b] = await Promise.all([report(p.koln, c.id), report(p.koln, c.id)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect(await t.ctx.db.select().from(commentReports).where(eq(commentReports.commentId, c.id))).toHaveLength(1);
  });

  it('posted at the same moment by three users hold the comment', async () => {
    const c = await posted(author, page, 'Raced by three');
    const reporters = await crowd(t, 'race', 3);
    const answers = await Promise.all(reporters.map((r) => report(r, c.id)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    expect(answers.filter((a) => a.json().held)).toHaveLength(1);
    expect(await seen(p.manager, page, c.id)).toMatchObject({ status: 'held' });
  });
});

describe('the moderation queue and decisions', () => {
  it('are for admins and programme managers only', async () => {
    const c = await posted(author, page, 'Moderate me');
    for (const who of [p.istanbul, p.citizen, p.assessor]) {
      expect(refusal(await who.request('GET', '/api/moderation/comments?state=held'))).toBe('403 forbidden');
      expect(refusal(await decide(who, c.id, 'hide'))).toBe('403 forbidden');
    }
    expect(refusal(await anonymous.request('GET', '/api/moderation/comments'))).toBe('401 unauthorized');
    expect(refusal(await anonymous.request('POST', `/api/moderation/comments/${c.id}/decision`, { action: 'hide', reason: 'Because' }))).toBe('401 unauthorized');
    expect((await p.admin.request('GET', '/api/moderation/comments?state=hidden')).statusCode).toBe(200);
    expect(await seen(anonymous, page, c.id)).toMatchObject({ status: 'shown' });
  });

  it('lets a moderator restore a held comment: shown to all, reports dismissed, audited, its author told in the app and by mail', async () => {
    const c = await posted(author, page, 'Misunderstood');
    for (const r of await crowd(t, 'restore', 3)) await report(r, c.id);
    const res = await decide(p.manager, c.id, 'restore', 'Sharp but within the rules');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ comment: { id: c.id, status: 'shown' }, reports: [], lastDecision: { action: 'restore', reason: 'Sharp but within the rules', by: 'Demo Programme Manager' } });
    expect(await seen(anonymous, page, c.id)).toMatchObject({ status: 'shown', body: 'Misunderstood' });
    expect((await queue(p.manager, 'held')).map((i) => i.comment.id)).not.toContain(c.id);
    const bell = (await author.request('GET', '/api/notifications')).json().items as { kind: string; payload: Record<string, string> }[];
    expect(bell.map((n) => [n.kind, n.payload.link, n.payload.title])).toEqual([['comment_moderated', `/consultations/${page.split(':')[1]}`, 'Riverside park']]);
    const outbox = (await p.admin.request('GET', '/api/admin/outbox?limit=100')).json().items as { to: string; body: string }[];
    const mail = outbox.find((m) => m.to === 'ada.author@example.org');
    expect(mail?.body).toContain('"Riverside park"');
    expect(mail?.body).toContain('Sharp but within the rules');
    expect(mail?.body).toContain('because you wrote a comment on TwinBridge');
    const audit = (await p.admin.request('GET', `/api/admin/audit?entityType=comment&entityId=${c.id}&limit=50`)).json().items as { action: string; before: unknown; after: unknown }[];
    expect(audit.map((e) => [e.action, e.before, e.after])).toContainEqual(['comment.restore', { status: 'held' }, { status: 'shown', reason: 'Sharp but within the rules' }]);
    expect(audit.map((e) => e.action)).toContain('comment.held');
  });

  it('keeps a reported comment: its open reports no longer count, only new ones do', async () => {
    const c = await posted(author, page, 'Borderline');
    const [a, b, c3, d, e] = await crowd(t, 'keep', 5);
    await report(a!, c.id);
    await report(b!, c.id);
    expect((await queue(p.admin, 'reported')).find((i) => i.comment.id === c.id)?.reports).toHaveLength(2);
    expect((await decide(p.admin, c.id, 'keep')).json()).toMatchObject({ comment: { status: 'shown' }, reports: [], lastDecision: { action: 'keep' } });
    expect((await queue(p.admin, 'reported')).map((i) => i.comment.id)).not.toContain(c.id);
    expect(refusal(await report(a!, c.id))).toBe('409 comment_already_reported');
    expect((await report(c3!, c.id)).json()).toEqual({ held: false });
    expect((await report(d!, c.id)).json()).toEqual({ held: false });
    expect((await report(e!, c.id)).json()).toEqual({ held: true });
  });

  it('hides a shown comment from all but its author and moderators, lists it as hidden, and restores it', async () => {
    const c = await posted(author, page, 'Personal data of a neighbour');
    expect((await decide(p.admin, c.id, 'hide', 'Personal data')).statusCode).toBe(200);
    expect(await seen(p.citizen, page, c.id)).toBeUndefined();
    expect(await seen(author, page, c.id)).toMatchObject({ status: 'hidden' });
    expect(refusal(await author.request('DELETE', `/api/comments/${c.id}`))).toBe('409 comment_not_shown');
    expect(refusal(await p.citizen.request('POST', '/api/comments', { target: page, body: 'Reply', parentId: c.id }))).toBe('409 comment_not_shown');
    expect((await queue(p.manager, 'hidden')).find((i) => i.comment.id === c.id)?.lastDecision).toMatchObject({ action: 'hide', reason: 'Personal data', by: 'Demo Admin' });
    expect((await decide(p.manager, c.id, 'restore')).json().comment.status).toBe('shown');
  });

  it('refuses an action that does not fit the status (409) and bad input (400)', async () => {
    const c = await posted(author, page, 'Plain');
    expect(refusal(await decide(p.manager, c.id, 'keep'))).toBe('409 comment_moderation_state');
    expect(refusal(await decide(p.manager, c.id, 'restore'))).toBe('409 comment_moderation_state');
    const bad = await p.manager.request('POST', `/api/moderation/comments/${c.id}/decision`, { action: 'burn', reason: '' });
    expect([bad.statusCode, (bad.json().fields as { path: string }[]).map((f) => f.path).sort()]).toEqual([400, ['action', 'reason']]);
    expect((await p.manager.request('GET', '/api/moderation/comments?state=everything')).statusCode).toBe(400);
    expect(refusal(await decide(p.manager, '00000000-0000-4000-8000-000000000009', 'hide'))).toBe('404 not_found');
    expect(await seen(anonymous, page, c.id)).toMatchObject({ status: 'shown' });
  });
});
